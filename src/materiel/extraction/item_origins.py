"""Items of one frame that each name their own maker: "received three Russian helicopters and two
Chinese planes" gives Russia the helicopters and China the planes, not each state both; so do designations whose
maker states are the frame's suppliers ("flies A jets and B helicopters, bought from Ruritania and Vostia")."""
from __future__ import annotations

from collections import defaultdict

from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import ActorResolver
from materiel.extraction.origin_leaks import drop_leaked_suppliers
from materiel.extraction.respective import respective

MODIFIER_DEPS = ("amod", "compound", "nmod")


def _own_origin(row: Row, res: ActorResolver) -> str | None:
    """The actor id of a demonym modifying the row's item before its head ("Russian Mi-17 helicopters"), else the
    maker state of its designation ("A jets and B helicopters, bought from Ruritania and Vostia")."""
    head = row.item.head
    for t in head.subtree:
        if t.i >= head.i or t.dep_ not in MODIFIER_DEPS:
            continue
        r = res._demonym_modifier(t)
        if r is not None:
            return r.actor.id
    return res.lex.origin_of(row.designation) if row.designation else None


def keep_own_origin(rows: list[Row], res: ActorResolver) -> list[Row]:
    """Drop the rows that give an item to a supplier of its frame other than the one its own demonym names,
    when the frame's suppliers came from several items' demonyms."""
    by_frame: dict[int, list[Row]] = defaultdict(list)
    for r in rows:
        by_frame[id(r.frame)].append(r)
    drop: set[int] = set()
    for group in by_frame.values():
        suppliers = {r.supplier.actor.id for r in group if r.supplier is not None}
        if len(suppliers) < 2 or len({r.item.head.i for r in group}) < 2:
            continue
        origins = {r.item.head.i: _own_origin(r, res) for r in group}
        if len({o for o in origins.values() if o in suppliers}) < 2:
            continue  # one item's maker alone: the others may come from both
        for r in group:
            own = origins[r.item.head.i]
            if own in suppliers and r.supplier is not None and r.supplier.actor.id != own:
                drop.add(id(r))
    kept = drop_leaked_suppliers([r for r in rows if id(r) not in drop])  # "A jets and Ruritanian drones"
    return respective(kept)  # "A and B sold 12 and 20 X to C respectively": each its own count and recipient
