"""The owner of the holdings a transfer is drawn from supplies it, for the rows the frames left without a
supplier: a noun's or a participle's "from" phrase ("grenades drawn from the government's stockpiles", "the
diversion of rifles from X's arsenals to Y"). The reading of holdings and owners is
`frames/stock_owners.py`; a row takes the owner unless it is the recipient."""
from __future__ import annotations

from materiel.extraction import item_sources
from materiel.extraction.discourse import Row
from materiel.extraction.frames.stock_owners import owner_on
from materiel.extraction.go_between_rows import drop_go_betweens
from materiel.extraction.maker_groups import drop_makers
from materiel.extraction.mentions.resolve import ActorResolver
from materiel.extraction.participle_stages import handed_by
from materiel.extraction.personnel_sources import fill as fill_personnel


def fill(rows: list[Row], res: ActorResolver) -> None:
    """Give a row with no supplier the owner of the holdings its trigger or item is drawn from."""
    for r in rows:
        handed = None if r.frame.roles["supplier"] or r.frame.trigger.pos_ not in ("NOUN", "PROPN") else handed_by(r, res)
        if handed is not None:  # "- 30 A donated by X in 2019": X, whoever makes A
            r.supplier, r.inherited = handed, False
            continue
        if r.supplier is not None:
            continue
        t = r.frame.trigger
        found = owner_on([t, *(c for c in r.item.head.children if c.dep_ == "acl")], res)
        if found is not None and (r.recipient is None or found.actor.id != r.recipient.actor.id):
            r.supplier = found
    item_sources.fill(rows, res)  # "ordered two A aircraft from X", the parser hanging "from X" on the item
    fill_personnel(rows, res)  # "army officers sold rounds to a gang": the officers' state
    drop_go_betweens(rows)  # "sold rifles to a courier for the X Front": the group's row stands
    drop_makers(rows)  # "X-made rifles reached the Y gang": X made them, no one is told to have sent them


__all__ = ["fill"]
