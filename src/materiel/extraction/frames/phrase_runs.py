"""Phrases that follow a frame's words in one run but that the parser hung on a word of the run that is not the
frame's: a value phrase ("a contract worth 90 million crowns with firm F for two A boats": "with F" on "worth",
"for two A boats" on F), a broken list ("agreed to sell 400 A rifles, 30 B guns and 12 C launchers to X": "to X"
on "agreed"), an item's own phrases ("12 C launchers from reserve stocks to X": "to X" on "from").

A run starts after the noun phrase of a verb frame's last item or of a noun frame's noun (its modifiers and value
phrase, less the phrases and clauses hung on it; a value phrase or a bracket after it, "worth 90 million crowns",
"(OPV)", is skipped, so is a firm suffix the parser read as a preposition, "Karvell Marine AS") and goes on while a preposition follows, up to four phrases; a
comma, a verb or any other word ends it. A phrase of the run hung on the frame's trigger or on a word outside the
run (a verb above the trigger, its object) is one the frame's own reading saw or may see; one hung on a word inside
the run (a verb frame's last item included), or on a verb that governs the trigger, whose preposition the frame's class reads as a party role it has not
filled gives that role its parties, unless the word it hangs on is a transfer noun of its own ("ordered A in a
joint purchase with Y": Y is the purchase's partner); a noun frame with no item takes the items of a phrase its class reads as the
item's. A frame with no item whose item preposition holds a value word takes that word's subject as its item
("with four A boats worth $90 million", the boats parsed as the subject of "worth")."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from materiel import lexicon
from materiel.extraction.frames.framebase import FinderState, Frame
from materiel.extraction.mentions.counts import CURRENCY_NOUNS

MAX_PHRASES = 4  # prepositional phrases of one run
PARTY_ROLES = ("supplier", "recipient")
VALUE_WORDS = lexicon.word_set("items", "value_modifiers")
BARE_SUFFIXES = lexicon.word_set("abbreviations", "bare_suffixes")
SET_OFF = (",", "-", "–", "—")  # marks that open and close a phrase set off inside a run
MAX_SET_OFF = 16  # tokens of one such phrase
HUNG = ("prep", "relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "xcomp")  # dependents that are no part of the phrase


def np_end(t: Token) -> int:
    """The index after t's own phrase: t and its right-hand dependents, less the phrases and clauses hung on them."""
    return max([t.i + 1, *(np_end(c) for c in t.rights if c.dep_ not in HUNG)])


def _skip(doc: Doc, k: int, set_off: bool = False) -> int:
    """The index after a value phrase ("worth 90 million crowns") or a bracket ("(OPV)", "($40m)") at k, or after a
    phrase set off by dashes or commas after t, with no clause of its own ("four A boats - the first of their kind -",
    "four A boats, each armed with a gun,"), when a preposition follows it; else k."""
    if k < len(doc) and doc[k].lower_ in VALUE_WORDS:
        j = np_end(doc[k])
        while j < len(doc) and (doc[j].like_num or doc[j].tag_ == "$" or doc[j].ent_type_ == "MONEY" or
                                doc[j].lower_ in CURRENCY_NOUNS or doc[j - 1].like_num and doc[j - 1].head.i == j):
            j += 1  # "worth 900 million crowns" with the amount parsed apart from "worth"
        return _skip(doc, j)
    if k < len(doc) and doc[k].text == "(":
        close = next((j for j in range(k + 1, min(len(doc), k + 8)) if doc[j].text == ")"), None)
        return close + 1 if close is not None else k
    if set_off and k < len(doc) and doc[k].text in SET_OFF:
        close = next((j for j in range(k + 2, min(len(doc), k + MAX_SET_OFF)) if doc[j].text == doc[k].text), None)
        if close is not None and close + 1 < len(doc) and doc[close + 1].dep_ == "prep" and _aside(doc, k, close):
            return close + 1
    return k


def _aside(doc: Doc, k: int, close: int) -> bool:
    """Whether the words between k and close are one phrase with no clause of its own (no subject but a
    distributive determiner: "each armed with a gun")."""
    roots = [doc[j] for j in range(k + 1, close) if not k < doc[j].head.i < close]
    return len(roots) == 1 and roots[0].pos_ != "AUX" and \
        not any(d.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") and d.tag_ != "DT" for d in doc[k + 1: close])


def _bare_suffix(t: Token) -> bool:
    """A firm suffix with no full stop after a capitalised name, read by the parser as a word of its own."""
    return t.i > 0 and t.lower_ in BARE_SUFFIXES and t.text[:1].isupper() and t.doc[t.i - 1].text[:1].isupper() and \
        not any(c.dep_ == "pobj" for c in t.children)


def run_after(t: Token) -> list[Token]:
    """The prepositions of the run of phrases after t's own phrase (and a value phrase or bracket), in order."""
    doc, out = t.doc, list[Token]()
    k = _skip(doc, _skip(doc, np_end(t)), set_off=True)
    while k < len(doc) and len(out) < MAX_PHRASES and doc[k].dep_ == "prep" and doc[k].sent.start == t.sent.start:
        if _bare_suffix(doc[k]):
            k += 1  # "with Karvell Marine AS for two boats": the suffix read as a preposition is the name's
            continue
        out.append(doc[k])
        obj = next((c for c in doc[k].children if c.dep_ == "pobj"), None)
        if obj is None:
            break
        k = _skip(doc, np_end(obj))
    return out


def _governors(f: Frame) -> set[int]:
    """The verbs (and their objects) above the trigger that a broken list's phrase may hang on."""
    out: set[int] = set()
    t = f.trigger
    while t.head is not t and t.dep_ in ("xcomp", "acl", "ccomp", "dobj"):
        t = t.head
        out.add(t.i)
    return out


def _start(f: Frame) -> Token | None:
    if f.trigger.pos_ in ("NOUN", "PROPN"):
        return f.trigger
    return max(f.items, key=lambda m: m.head.i).head if f.items and f.trigger.pos_ in ("VERB", "AUX") else None


def read_runs(finder: FinderState, frames: list[Frame]) -> None:
    """Fill each frame's unfilled roles from the phrases of the run after its last item (or its noun)."""
    for f in frames:
        start = _start(f)
        if start is None:
            continue
        spec = finder.classes[f.cls]
        preps = spec.get("noun_preps", spec.get("preps", {})) if start is f.trigger else spec.get("preps", {})
        hosts = _governors(f) if start is not f.trigger else set()
        for p in run_after(start):
            role = preps.get(p.lower_)
            inside = start.i <= p.head.i < p.i and p.head.i != f.trigger.i and \
                p.head.lemma_.lower() not in finder.nouns  # not "in a joint purchase with Y": the purchase's own
            if role is None or not (inside or p.head.i in hosts):
                continue
            objs = [c for c in p.children if c.dep_ == "pobj"]
            if role in PARTY_ROLES and not f.roles[role]:
                f.add(role, [a for c in objs for a in finder.res.resolve_all(c)])
            elif role == "item" and not f.items and start is f.trigger:
                f.items.extend(m for c in objs for m in finder.items.items(c))


def value_clause_items(finder: FinderState, frames: list[Frame]) -> None:
    """A frame with no item takes the item the parser made the subject of a value word after its item
    preposition: "will supply X with four A boats worth $90 million" read as "with (four A boats) worth ..."."""
    for f in frames:
        if f.items:
            continue
        preps = finder.classes[f.cls].get("preps", {})
        for p in (c for c in f.trigger.children if c.dep_ == "prep" and preps.get(c.lower_) == "item"):
            for w in (c for c in p.children if c.dep_ == "pcomp" and c.lower_ in VALUE_WORDS):
                f.items.extend(m for s in w.children if s.dep_ == "nsubj" for m in finder.items.items(s))
