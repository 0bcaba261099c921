"""Seized goods bought on someone's behalf: "police seized 40 rifles that had been bought in X for the Y gang",
"customs confiscated shotguns bought abroad for a militia". A purchase told in the passive, with a `for` phrase naming
whom it was bought for, in a clause on the goods a seizure took (frames/seizure.py `governs`), tells where the seized
load was going: it is the seized shipment (stage intercepted, the `for` party its recipient), no delivery. Kept: a
purchase with a buyer of its own ("rifles the army had bought in 2010": the goods' history), and one with no `for`
party."""
from __future__ import annotations

from spacy.tokens import Token

from materiel.extraction.frames.framebase import Frame

BUY_CLASS = "buy"
CLAUSE_DEPS = ("relcl", "acl", "ccomp")  # "rifles that had been bought", "rifles bought", "which police said had been"


def _passive(t: Token) -> bool:
    return t.tag_ == "VBN" and (t.dep_ == "acl" or any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children))


def bought_for(f: Frame) -> bool:
    """Whether the frame `f` (governed by a seizure) is a purchase made for the party that was to get the seized load."""
    t = f.trigger
    if f.cls != BUY_CLASS or t.dep_ not in CLAUSE_DEPS or not _passive(t):
        return False
    if any(c.dep_ == "agent" for c in t.children):
        return False  # "bought by the army": a buyer of its own
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" for g in c.children)
               for c in t.children)


def shipment_frame(f: Frame, classes: frozenset[str], imports: frozenset[str]) -> bool:
    """Whether the frame `f`, governed by a seizure, is the seized shipment: of a shipment class, an import, or a
    purchase for the load's destination."""
    return f.cls in classes or f.trigger.lemma_.lower() in imports or bought_for(f)


__all__ = ["bought_for", "shipment_frame"]
