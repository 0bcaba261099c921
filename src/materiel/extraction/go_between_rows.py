"""A load sold to a go-between for a group ("sold two rifles to a courier for the X Front", "to middlemen acting
for the Y rebels") went to the group: the frame's row to the go-between is dropped when the same frame, with the
same item, gives a row to the group. The go-betweens are `go_betweens` and `couriers` of [personnel_sources] in
words.toml; the group is an armed group or an organisation the lists lack, never a person or a state."""
from __future__ import annotations

from materiel import lexicon
from materiel.extraction.discourse import Row

GO_BETWEENS = lexicon.word_set("personnel_sources", "go_betweens") | \
    lexicon.word_set("personnel_sources", "couriers")
GROUP_KINDS = ("armed_group", "other")  # a group the lists lack is an organisation of its own


def _go_between(r: Row) -> bool:
    rec = r.recipient
    return rec is not None and rec.actor.kind in ("person", "other") and rec.token.lower_ in GO_BETWEENS


def drop_go_betweens(rows: list[Row]) -> None:
    """Drop the go-between's row of a frame that gives the same item to a group as well."""
    groups = {(r.frame.trigger.i, r.item.head.i) for r in rows
              if r.recipient is not None and r.recipient.actor.kind in GROUP_KINDS and not _go_between(r)}
    rows[:] = [r for r in rows if not (_go_between(r) and (r.frame.trigger.i, r.item.head.i) in groups)]


__all__ = ["drop_go_betweens"]
