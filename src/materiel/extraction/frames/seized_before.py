"""Goods seized once and now to be handed on: "a proposal to give the army 1,400 rifles that the navy seized from
a dhow in 2016", "offered the police pistols customs had confiscated", "plans to donate the drones that border
guards had impounded". A seizure told in a finite relative clause (a past verb with a subject of its own) on the item of a transfer that has not yet
happened (offered, considered or requested) is the goods' history: the seizure came first, the transfer is still to
come, so the transfer was not intercepted. A shipment told as done or under way ("rifles that the navy seized had
been shipped to X") keeps its seizure."""
from __future__ import annotations

from spacy.tokens import Token

from materiel.extraction.frames.framebase import Frame

TO_COME = ("offered", "considered", "requested")  # stages of a transfer that has not happened yet
FINITE_PAST = ("VBD",)  # "that the navy seized"
RELATIVES = ("that", "which", "who")  # "rifles that were seized": no subject of its own
PERFECT = ("had", "has", "have")


def _finite_past(v: Token) -> bool:
    """v is a past verb with a subject of its own: "that the navy seized", "customs had confiscated"."""
    own_subject = any(c.dep_ == "nsubj" and c.lower_ not in RELATIVES or c.dep_ == "aux" and c.lower_ in PERFECT
                      for c in v.children)
    return own_subject or v.dep_ == "relcl" and v.tag_ in FINITE_PAST


def seized_before(seizure: Frame, shipment: Frame) -> bool:
    """`seizure`, a past relative clause on the item of `shipment`, a transfer still to come, is the item's history."""
    s = seizure.trigger
    if s.dep_ not in ("relcl", "acl") or not _finite_past(s) or shipment.stage not in TO_COME:
        return False
    return s.head.i in {m.head.i for m in shipment.items}
