"""Goods of two donors told jointly, then one by one: "The guard received trucks, rifles and radios from A and
B. A handed over 12 Vanta trucks ... B gave 40 radios". The summing-up sentence gives every item to every
donor; the text after it distributes them. A row of the joint sentence (an item with no designation, told for
two or more suppliers at once) is dropped when its supplier has a row of its own to the same recipient told
after that sentence: the later rows tell what that donor gave. A donor the text says no more of keeps its rows
("Peru received weapons from A and B" and nothing after it)."""
from __future__ import annotations

from materiel.extraction.frames.framebase import Frame
from materiel.record.models import Actor, Transfer

Pair = tuple[Frame, Transfer]


def _side(a: Actor | None) -> str | None:
    return None if a is None else a.country or a.id


def _joint(f: Frame, t: Transfer) -> bool:
    """A row of a frame with two or more suppliers ("from A and B") and an item of no designation."""
    return not t.item.designation and len({r.actor.id for r in f.roles.get("supplier", [])}) > 1


def _told_after(t: Transfer, rows: list[Transfer]) -> bool:
    """The supplier has a row of its own to the same recipient in a later sentence."""
    return any(o.evidence.start >= t.evidence.end and _side(o.supplier) == _side(t.supplier)
               and _side(o.recipient) == _side(t.recipient) for o in rows)


def drop_joint(pairs: list[Pair]) -> list[Pair]:
    """The pairs without the rows of a joint donors' sentence whose donors the text distributes after it."""
    rows = [t for _, t in pairs]
    return [(f, t) for f, t in pairs if not (_joint(f, t) and _told_after(t, rows))]
