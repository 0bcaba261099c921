"""A seller's own effort to sell is an offer: "Kazakhstan tried to sell six helicopters to Guinea", "the firm has been
trying to sell shells to Estonia", "it attempted to sell the frigates abroad". A verb of effort ([sales_efforts]
effort_verbs) whose infinitive complement is a sale by the same subject reads, as a `request` governor, as the
seller asking; the seller's own effort is marketing, the `offered` stage. Kept as asked: an effort verb with an object
of its own ("pressed Ruritania to sell"), and any transfer verb other than a sale ("tried to smuggle rifles")."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

EFFORT_VERBS = lexicon.word_set("sales_efforts", "effort_verbs")
OWN_OBJECTS = ("dobj", "obj", "dative")
SALE_CLASS = "sell"


def own_sales_effort(stage: str, t: Token, gov: Token | None, cls: str) -> str:
    """`offered` for a sale that its seller tries to make (module docstring), else `stage` unchanged."""
    if stage != "requested" or cls != SALE_CLASS or gov is None:
        return stage
    if t.dep_ != "xcomp" or t.head.i != gov.i or gov.lemma_.lower() not in EFFORT_VERBS:
        return stage
    if any(c.dep_ in OWN_OBJECTS for c in gov.children):
        return stage  # "pressed X to sell": X is asked
    return "offered"


__all__ = ["own_sales_effort"]
