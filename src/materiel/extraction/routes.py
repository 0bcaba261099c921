"""A taker's route told as its only source: "the rebels received rifles through Ruritania" names no
supplier, only a state the rifles came through. With no "from" phrase (or other supplier) in the clause,
that state is the row's supplier, not an intermediary beside a supplier guessed elsewhere (from the
item's make or an earlier row). The classes and the prepositions are [routes] in words.toml."""
from __future__ import annotations

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolved import Resolved

ROUTE_CLASSES = lexicon.word_set("routes", "classes")
ROUTE_PREPS = lexicon.word_set("routes", "preps")


def parties(frame: Frame) -> tuple[list[Resolved | None], Resolved | None]:
    """The frame's suppliers ([None] when it names none) and its intermediary."""
    suppliers: list[Resolved | None] = [*frame.roles["supplier"]]
    inter = frame.roles["intermediary"][0] if frame.roles["intermediary"] else None
    if suppliers or inter is None:
        return suppliers or [None], inter
    tok = inter.token
    if frame.cls in ROUTE_CLASSES and inter.actor.kind == "state" and tok.dep_ == "pobj" and \
            tok.head.lower_ in ROUTE_PREPS:
        return [inter], None
    return [None], inter
