"""None of a lot delivered: "A permit for 35 scopes for X was withdrawn ... none of the scopes has been sent",
"Y sold six radars to X. None of the radars has been delivered." A delivery verb whose subject is a word of none
(words.toml [licensed_acts] none_subjects, or "no" before one of `part_nouns`) tells a negated delivery of the lot
told just before: the row takes that lot's parties and the factuality `negated`. The lot is the last row before it,
within WINDOW sentences, whose item has the head of the "of" phrase ("none of the sights"); with no "of" phrase or
a pronoun there ("none of it"), the last row before it."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.none_arrived import rows_of_none, says_none

PARTS = lexicon.word_set("licensed_acts", "part_nouns")
WINDOW = 2  # sentences back to the lot


def _none_subject(v: Token) -> Token | None:
    """The subject of v that says none ("none", "no part"), or None."""
    for s in (c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")):
        if says_none(s) or s.lemma_.lower() in PARTS and any(d.dep_ == "det" and d.lower_ == "no" for d in s.children):
            return s
    return None


def _of_head(s: Token) -> Token | None:
    return next((p for c in s.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj" and p.pos_ != "PRON"), None)


def open_deliveries(rows: list[Row]) -> Iterator[tuple[Row, int, dict[int, int]]]:
    """Deliveries told by a verb that lack a party, each with its sentence's index and the index of every sentence
    (by start) to look back from; shared with no_lot_shipped.py."""
    sents = {s.start: n for n, s in enumerate(rows[0].sent.doc.sents)} if rows else {}
    for r in rows:
        t = r.frame.trigger
        if r.frame.stage != "delivered" or (r.supplier and r.recipient) or t.pos_ not in ("VERB", "AUX"):
            continue
        yield r, sents.get(r.sent.start, 0), sents


def take_lot(r: Row, lot: Row) -> None:
    """The delivery r of none of lot: negated, with the lot's parties where its own are missing and the lot's
    own words for the item, with no count of its own."""
    r.supplier, r.recipient, r.inherited = r.supplier or lot.supplier, r.recipient or lot.recipient, True
    r.reading = replace(r.reading, factuality="negated")
    r.item = replace(lot.item, quantity=None, quantity_text=None)
    r.designation, r.category = r.designation or lot.designation, r.category or lot.category


def fill(rows: list[Row]) -> None:
    """Negate each delivery of none and give it the parties of its lot (see the module's text); first, add the
    negated deliveries of purchases whose goods none arrived (none_arrived.py)."""
    rows.extend(rows_of_none(rows))
    for r, at, sents in open_deliveries(rows):
        t = r.frame.trigger
        s = _none_subject(t)
        if s is None:
            continue
        of = _of_head(s)
        lots = [o for o in rows if o is not r and o.supplier and o.recipient and o.frame.trigger.i < t.i
                and 0 <= at - sents.get(o.sent.start, 0) <= WINDOW
                and (of is None or o.item.head.lemma_.lower() == of.lemma_.lower())]
        if lots:
            take_lot(r, lots[-1])
