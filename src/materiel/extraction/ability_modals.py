"""A trade under a modal of ability or permission is no transfer: "X can acquire A or B, but not both", "our
firms can make and sell advanced equipment" tell what a party is able or allowed to do, not a deal or a
delivery. A row whose trigger verb (or the verb it is coordinated with: "can make and sell") has an auxiliary of
`words.toml [ability_modals] modals` and no negation is dropped when it is a buyer's verb (permission to buy) or
takes a party from context (the clause names no counterparty: a general ability). A seller's "said it can sell
rifles to Y" with both parties in the clause (a readiness, near an offer) stays, as do negated modals ("could not
export", "cannot supply": a refusal), offers, refusals and negated or denied rows."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row

MODALS = lexicon.word_set("ability_modals", "modals")
BUYER_CLASSES = lexicon.word_set("ability_modals", "buyer_classes")
KEPT_STAGES = ("offered", "refused")
KEPT_READINGS = ("negated", "denied")


def _modal(v: Token) -> bool:
    """v carries an ability modal and no negation."""
    if any(c.dep_ == "neg" for c in v.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in v.children)


def ability_told(r: Row) -> bool:
    """The row's verb tells an ability or permission, not a transfer (module docstring)."""
    t = r.frame.trigger
    if t.pos_ not in ("VERB", "AUX") or r.frame.stage in KEPT_STAGES or r.reading.factuality in KEPT_READINGS:
        return False
    if any(c.dep_ == "neg" for c in t.children) or not (r.inherited or r.frame.cls in BUYER_CLASSES):
        return False
    return _modal(t) or (t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") and _modal(t.head))
