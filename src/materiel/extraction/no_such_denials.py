"""Denials by "no such": "A Bordurian offer of jets was reported last year, but the ministry stated that no such
offer had ever been made", "No such contract exists", "There is no such deal, the minister said".

A deal noun (words.toml [no_such_denials] deal_nouns) with the determiner "no" and the modifier "such", the
subject, object or (after "there is") attribute of a predicate that says the deal does not exist or never
happened ("had been made", "exists", "took place", "was being considered"; not "was approved"), points back to
the deal told just before: the rows of the same sentence before it, else (when the sentence has none) those of the
sentence before. The claimed row stays (it is someone's claim) and gains a copy that is denied when a verb of
saying or a quote carries the clause, else negated; a noun of a stage ("offer", "request") gives the copy its
stage. Only the rows of one pair are copied (the one told last), none that is already negated or denied, and none
when the "no such" clause has a row of its own or the text already denies the pair elsewhere ("Ruritania has never
offered a single ship to Borduria"). Run once the rows have their parties (after `late_fills.from_document`)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import ActorResolver

DEAL_NOUNS: dict[str, str] = lexicon.word_table("no_such_denials", "deal_nouns")
EXISTENCE = lexicon.word_set("no_such_denials", "existence_verbs")
TAKE_OBJECTS = lexicon.word_set("no_such_denials", "take_objects")
REPORTING = frozenset(lexicon.toml("cues.toml")["attribution"]["reporting_verbs"])
CLAIMED = ("asserted", "uncertain")


def denying_predicate(noun: Token) -> Token | None:
    """The predicate that denies the deal noun's existence, or None (see the module)."""
    if noun.lemma_.lower() not in DEAL_NOUNS or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    kids = {c.lower_: c.dep_ for c in noun.children}
    if kids.get("no") != "det" or kids.get("such") not in ("amod", "predet", "det"):
        return None
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "obj", "attr") or verb.lemma_.lower() not in EXISTENCE:
        return None
    if verb.lemma_.lower() == "take" and not any(c.dep_ in ("dobj", "obj") and c.lower_ in TAKE_OBJECTS
                                                 for c in verb.children):
        return None
    if verb.lemma_.lower() == "be" and noun.dep_ != "attr":
        return None  # "no such deal was ...": a passive or a copula saying something else of it
    return verb


def _speaker(verb: Token) -> Token | None:
    """The verb of saying that carries the clause ("the ministry stated that no such offer was ever made"), if any."""
    cur = verb
    while cur.dep_ in ("ccomp", "conj", "parataxis") and cur.head.i != cur.i:
        cur = cur.head
        if cur.lemma_.lower() in REPORTING:
            return cur
    for c in verb.children:  # "There is no such deal, the minister said" (the verb of saying under the clause)
        if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in REPORTING:
            return c
    return None


def _quoted(sent: Span, tok: Token) -> bool:
    """Whether tok stands inside quotation marks of its sentence."""
    marks = [t.i for t in sent if t.text in ('"', "\u201c", "\u201d")]
    return sum(1 for i in marks if i < tok.i) % 2 == 1


def _window(noun: Token, rows: list[Row], sents: list[Span]) -> list[Row]:
    """The rows the denial points back to: those of the sentence before the noun, else of the sentence before."""
    same = [r for r in rows if r.sent.start == noun.sent.start and r.frame.trigger.i < noun.i]
    if same:
        return same
    k = next((i for i, s in enumerate(sents) if s.start == noun.sent.start), 0)
    if k == 0:
        return []
    before = sents[k - 1]
    return [r for r in rows if r.sent.start == before.start]


def _pair(r: Row) -> tuple[str | None, str | None]:
    return (r.supplier.actor.id if r.supplier is not None else None,
            r.recipient.actor.id if r.recipient is not None else None)


def _copies(noun: Token, verb: Token, rows: list[Row], sents: list[Span], res: ActorResolver) -> list[Row]:
    clause = {t.i for t in verb.subtree}
    if any(r.frame.trigger.i in clause for r in rows):
        return []  # the clause tells its own deal ("no such sale of rifles to X took place")
    window = _window(noun, rows, sents)
    stage = DEAL_NOUNS[noun.lemma_.lower()]
    claimed = [r for r in window if r.reading.factuality in CLAIMED and r.frame.stage != "refused"
               and (r.supplier is not None or r.recipient is not None)]
    if stage:
        claimed = [r for r in claimed if r.frame.stage == stage] or claimed
    if not claimed:
        return []
    last = max(claimed, key=lambda r: r.frame.trigger.i)
    pair = _pair(last)
    if any(_pair(r) == pair and r.reading.factuality in ("negated", "denied") and r.frame.stage != "refused"
           for r in rows):
        return []  # the text already denies the pair in its own words ("X has not offered any ships to Y")
    saying = _speaker(verb)
    denied = saying is not None or _quoted(noun.sent, noun)
    by = next((c for c in saying.children if c.dep_ == "nsubj"), None) if saying is not None else None
    who = res.resolve(by) if by is not None else None
    out: list[Row] = []
    seen: set[str] = set()
    for r in sorted(claimed, key=lambda r: r.frame.trigger.i):
        if _pair(r) != pair or r.item.span.text.lower() in seen:
            continue
        seen.add(r.item.span.text.lower())
        frame = replace(r.frame, stage=stage or r.frame.stage, rule=f"{r.frame.rule}:no_such")
        reading = replace(r.reading, factuality="denied" if denied else "negated", denied_by=who if denied else None,
                          attribution_text=by.text if by is not None else r.reading.attribution_text)
        out.append(replace(r, frame=frame, reading=reading, sent=noun.sent))
    return out


def fill(rows: list[Row], res: ActorResolver) -> None:
    """Add the denied (or negated) copies of the deals that a "no such" clause points back to."""
    sents = list(res.doc.sents)
    added: list[Row] = []
    for tok in res.doc:
        verb = denying_predicate(tok)
        if verb is not None:
            added.extend(_copies(tok, verb, rows, sents, res))
    rows.extend(added)
