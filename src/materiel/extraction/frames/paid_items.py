"""A payment told of the items of another transfer verb: "X delivered six jets, paid for with a loan" tells how
the delivery was paid, not an order of its own. A verb of paying (class `pay` in predicates.toml) that is a
participle on the object of another transfer verb of its sentence names no items of its own."""
from __future__ import annotations

from materiel.extraction.frames.framebase import FinderState, Frame, participle


def restated_payment(finder: FinderState, f: Frame) -> None:
    """Empty the items of a payment participle on another transfer's object (see the module)."""
    t = f.trigger
    if f.cls != "pay" or t.dep_ != "acl" or not participle(t):
        return
    obj = t.head
    verb = obj.head
    if obj.dep_ in ("dobj", "obj") and verb.pos_ == "VERB" and finder.verbs.get(verb.lemma_.lower()) not in (None, "pay"):
        f.items = []
