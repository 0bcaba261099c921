"""A deal, then none of it delivered in a sentence of its own: "X cleared the sale of four corvettes to Y. Not
one has been launched or handed over." "Z sold six radars to W. None has arrived." A verb of delivery or arrival
([none_next] verbs; not "come", whose none may be a decision's: "None came"), or one conjoined to such a verb's
head, whose subject says none ("none", "neither", "not one"; none_arrived.says_none) and names no item in an "of"
phrase, in a sentence that tells no row of its own, tells the deal of the sentence just before not delivered: each
row of that sentence's last deal (a frame of a stage in [none_next] stages with both parties) gains a copy, stage
delivered, factuality negated, with no count (rule ":none-next"). A purchase told as done ("sold", stage
delivered) is then only an order. "None of the radars has been delivered", with its item, is none_shipped.py's;
"bought X, but none has arrived", one sentence, none_arrived.py's."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.none_arrived import says_none

STAGES = lexicon.word_set("none_next", "stages")
VERBS = lexicon.word_set("none_next", "verbs")
RULE = ":none-next"


def _none_subject(v: Token) -> Token | None:
    """The subject of v (or of the verb v is conjoined to) that says none and names no item, or None."""
    holders = [v, v.head] if v.dep_ == "conj" else [v]
    for h in holders:
        for s in h.children:
            if s.dep_ not in ("nsubj", "nsubjpass"):
                continue
            of_items = [p for c in s.children if c.dep_ == "prep" for p in c.children
                        if p.dep_ == "pobj" and p.pos_ != "PRON"]
            return s if says_none(s) and not of_items else None
    return None


def _tells_none(sent: Span) -> bool:
    """Whether a verb of delivery in sent has a subject of none (see the module's text)."""
    return any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in VERBS and _none_subject(t) is not None
               and not any(c.dep_ in ("dobj", "obj") for c in t.children) for t in sent)


def rows_of_none_next(rows: list[Row]) -> list[Row]:
    """The negated delivery rows of the deal told just before a sentence of none (see the module's text)."""
    if not rows:
        return []
    sents = list(rows[0].sent.doc.sents)
    index = {s.start: n for n, s in enumerate(sents)}
    told = {r.sent.start for r in rows}
    out: list[Row] = []
    for n, sent in enumerate(sents[1:], start=1):
        if sent.start in told or not _tells_none(sent):
            continue
        before = sents[n - 1]
        deals = [r for r in rows if index.get(r.sent.start) == n - 1 and r.supplier and r.recipient
                 and r.frame.stage in STAGES and r.reading.factuality in ("asserted", "uncertain")
                 and RULE not in r.frame.rule]
        if not deals or before.start not in told:
            continue
        last = max(deals, key=lambda r: r.frame.trigger.i).frame
        for r in [d for d in deals if d.frame is last]:
            if r.frame.stage == "delivered":  # "sold six radars. None has arrived": an order only
                r.frame = replace(r.frame, stage="ordered", rule=r.frame.rule + ":undelivered")
            frame = replace(r.frame, stage="delivered", rule=r.frame.rule + RULE)
            out.append(replace(r, frame=frame, sent=sent, inherited=True,
                               reading=replace(r.reading, factuality="negated"),
                               item=replace(r.item, quantity=None, quantity_text=None)))
    return out
