"""A relative "of which" the parser hangs on the verb before it: in "X ordered 40 A-9 radars from Y, of which 25
had been delivered" the small English model often makes "delivered" a conjunct or an adverbial clause of
"ordered" instead of a relative clause on "radars". The spaCy component ``materiel_which_wholes`` (after the
materiel recognizer) mends it: the clause of ", of which N ..." becomes a relative clause on the head of the
last materiel mention before the comma, so that its count reads as a part of that whole
(extraction/antecedents.py, frames/relative_parts.py) and its verb as a transfer of its own; a number word
the tagger took for a noun there ("of which ten had arrived") is made a number.

The part may also come before "of which" (", the first 12 of which arrived", ", 20 of which were delivered"): the
parser then hangs the clause on the party named between the items and the comma ("bought 40 A from a dealer, the
first 12 of which ...": a relative on "dealer"), or takes the part for an apposition with the verb as its clause;
the clause becomes a relative on the items with the part as its subject (`_fronted_part`)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

MISREAD = ("conj", "advcl", "ccomp", "parataxis", "xcomp")  # dependencies the parser gives such a relative
PARTY_PREPS = ("from", "to", "by")  # a phrase of the party between the items and the comma: "from a dealer"
WINDOW = 12  # tokens searched back from the comma for the whole
CLIMB = 3  # heads climbed from "of" to the clause's verb


def _clause_verb(of: Token) -> Token | None:
    """The verb whose clause ", of which ..." opens ("of" on the verb, or on its count subject)."""
    head = of
    for _ in range(CLIMB):
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.head.i == head.i:
            return None
    return None


def _whole(doc: Doc, comma: int) -> Token | None:
    """The head of the last materiel mention ending just before the comma (within WINDOW tokens), climbed to the
    noun it names ("Super Tucano trainers": "trainers"); none when another noun or a verb stands between it and
    the comma ("received A in 2021 and ordered B trainers, of which ...": B is not known, A is not the whole)."""
    spans = [s for s in doc.spans.get("materiel", []) if comma - WINDOW <= s.start and s.end <= comma]
    if not spans:
        return None
    whole: Token = max(spans, key=lambda s: s.end).root
    while whole.dep_ == "compound" and whole.i < whole.head.i < comma:
        whole = whole.head
    between = doc[max(whole.i + 1, max(s.end for s in spans)): comma]
    return whole if all(_phrase_word(t) for t in between) else None


def _named(t: Token) -> bool:
    """t is a materiel mention's head, or the noun one is a compound of ("Super Tucano trainers")."""
    spans = t.doc.spans.get("materiel", [])
    return any(s.start <= t.i < s.end or s.root.dep_ == "compound" and s.root.head.i == t.i for s in spans)


def _phrase_word(t: Token) -> bool:
    """t may stand between the whole and the comma: a word of a phrase of place, party or time ("from Y in early
    2019", "from a UK dealer")."""
    return t.pos_ in ("ADP", "DET", "NUM", "PROPN", "ADJ") or t.ent_type_ == "DATE" or \
        t.pos_ == "NOUN" and any(a.dep_ == "prep" and a.lower_ in PARTY_PREPS for a in t.ancestors)


def _fronted_part(doc: Doc, which: Token) -> tuple[Token, Token, int] | None:
    """", the first 12 of which arrived": the part ("12"), its clause's verb and the comma before the part, when the
    part opens the clause right after a comma and the parser took the clause for no relative on the items (a
    relative on a party noun, or the part an apposition with the verb its clause)."""
    of = which.head
    part = of.head
    if of.lower_ != "of" or part.pos_ not in ("NUM", "NOUN", "PRON") or not part.like_num and part.tag_ != "CD":
        return None
    comma = part.left_edge.i - 1
    if comma < 1 or doc[comma].text != "," or part.i > of.i:
        return None
    if part.dep_ in ("nsubj", "nsubjpass") and part.head.pos_ in ("VERB", "AUX"):
        head = part.head
        misread = head.dep_ in MISREAD or head.dep_ == "relcl" and _uncountable(head.head)
        return (part, head, comma) if misread else None
    verb = next((c for c in part.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.i > which.i), None)
    if verb is None or part.dep_ not in ("appos", "conj", "npadvmod", "dobj") or not _uncountable(part.head):
        return None
    return part, verb, comma


def _uncountable(t: Token) -> bool:
    """t, on which the parser hung the clause, is no whole a part counts from: no materiel, and no plural noun
    ("from two dealers, one of which ...": the dealers are the whole)."""
    return not _named(t) and not (t.pos_ == "NOUN" and t.tag_ == "NNS")


def _rehang(doc: Doc, which: Token) -> None:
    """Mend a fronted part's clause: a relative on the items, the part its subject."""
    found = _fronted_part(doc, which)
    if found is None:
        return
    part, verb, comma = found
    whole = _whole(doc, comma)
    if whole is None or verb.is_ancestor(whole) or whole.i >= comma:
        return
    if part.head.i != verb.i:
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        part.head, part.dep_ = verb, "nsubjpass" if passive else "nsubj"
    verb.head, verb.dep_ = whole, "relcl"


@Language.component("materiel_which_wholes")
def which_wholes(doc: Doc) -> Doc:
    for which in doc:
        if which.lower_ != "which" or which.dep_ != "pobj" or which.i < 2:
            continue
        if which.head.head.i < which.i and doc[which.i - 2].text != ",":
            _rehang(doc, which)
            continue
        of, comma = doc[which.i - 1], which.i - 2
        if of.lower_ != "of" or which.head.i != of.i or doc[comma].text != ",":
            continue
        verb = _clause_verb(of)
        if verb is None or verb.i < comma or verb.sent.start != which.sent.start:
            continue
        whole = _whole(doc, comma) if verb.dep_ in MISREAD else None
        if whole is not None and not verb.is_ancestor(whole) and whole.i != verb.i:
            verb.head, verb.dep_ = whole, "relcl"
        if verb.dep_ != "relcl" or not _named(verb.head):
            continue  # "ordered B trainers, of which ten ...", B not known: "ten" points to no earlier system
        for count in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.like_num and c.pos_ != "NUM"):
            count.tag_, count.pos_ = "CD", "NUM"  # "of which ten had arrived": "ten" tagged as a noun
    return doc
