"""A seizure restated by a free relative: "a cutter stopped a dhow carrying rifles and mortar rounds, in what
officials said was a consignment meant for Y", "customs seized 40 pistols in what police called a shipment bound
for Y". The noun the free relative "what" is said to be (a load noun whose frame has a recipient: "meant for Y")
is the seized load itself. Its recipient is the recipient of the seized rows of the verb the "in" phrase hangs on,
told in their own sentence: such a row stands with no supplier named (the seizer is none: it is `intercepted_by`).
No row takes a party from a free relative that hangs on no seizure."""
from __future__ import annotations

from spacy.tokens import Token

from materiel.extraction.discourse import Row
from materiel.extraction.frames import seizure
from materiel.extraction.frames.frames import Frame

FREE_RELATIVES = ("what", "whatever")
_CLAUSE_DEPS = ("attr", "oprd", "ccomp", "xcomp", "pcomp", "dobj", "conj")


def _free_relative(clause: Token) -> bool:
    return any(c.lower_ in FREE_RELATIVES and c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") for c in clause.children)


def _as(t: Token) -> bool:
    """"described as a consignment": the object of "as", or "as" itself."""
    return (t if t.dep_ == "prep" else t.head).lower_ == "as"


def host_verb(noun: Token) -> Token | None:
    """The verb whose "in" phrase holds the free relative that `noun` predicates ("..., in what officials said was
    a shipment meant for Y": the verb of "in"), or None."""
    t, told = noun, False
    while (t.dep_ in _CLAUSE_DEPS or t.dep_ in ("pobj", "prep") and _as(t)) and t.head.i != t.i:
        t = t.head
        told = told or _free_relative(t)
        if t.dep_ == "pcomp" and t.head.lower_ == "in" and t.head.dep_ == "prep":
            return t.head.head if told and t.head.head.pos_ in ("VERB", "AUX") else None
    return None


def _under(t: Token, v: Token) -> bool:
    """t is v, or a participle on v's object ("stopped a dhow carrying rifles"), or v's conjunct verb."""
    if t.i == v.i:
        return True
    if t.dep_ == "acl" and t.head.dep_ in ("dobj", "nsubjpass") and t.head.head.i == v.i:
        return True
    return t.dep_ == "conj" and t.head.i == v.i and t.pos_ == "VERB"


def fill(rows: list[Row], frames: list[Frame]) -> None:
    """Give the seized rows of a sentence the recipient of its free relative's load (see the module)."""
    for f in frames:
        if f.trigger.pos_ not in ("NOUN", "PROPN") or not f.roles.get("recipient"):
            continue
        verb = host_verb(f.trigger)
        if verb is None:
            continue
        goal = f.roles["recipient"][0]
        for r in rows:
            if r.frame is f or r.frame.stage != seizure.STAGE or not _under(r.frame.trigger, verb):
                continue
            if r.frame.roles.get("recipient"):
                continue
            r.frame.add("recipient", [goal])
            r.recipient = goal
            if r.supplier is not None and all(r.supplier.actor.id != s.actor.id for s in r.frame.roles.get("supplier", [])):
                r.supplier = None  # a party lent from the free relative's own frame is not the load's supplier
