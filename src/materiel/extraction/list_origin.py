"""Items listed together in one request, order or offer share the supplier the list's designated items give
("requested ten (10) Javelin missiles; nine (9) launching stations; and two (2) control stations": the
launching and control stations come from the state that makes the Javelins), when the frame names no
supplier, every item whose maker is known has the same one, and the rest name no maker of their own."""
from __future__ import annotations

from typing import Any

SHARED_CONFIDENCE = 0.4  # below an origin read from the item's own designation (0.5)
MIN_ITEMS = 2


def share_list_origin(rows: list[Any]) -> None:
    """Fill, in place, the supplier of each row of a listed frame from its sibling rows' single origin."""
    by_frame: dict[int, list[Any]] = {}
    for r in rows:
        by_frame.setdefault(id(r.frame), []).append(r)
    for group in by_frame.values():
        if len({r.item.head.i for r in group}) < MIN_ITEMS or group[0].frame.roles["supplier"]:
            continue
        origins = {r.supplier.actor.id for r in group if r.supplier is not None}
        filled = [r for r in group if r.supplier is not None and r.frame.rule.endswith(":origin")]
        if len(origins) != 1 or not filled:
            continue
        source = filled[0].supplier
        for r in group:
            if r.supplier is None and r.recipient is not None and r.recipient.actor.id != source.actor.id:
                r.supplier = type(source)(source.actor, SHARED_CONFIDENCE, r.item.head)
                r.inherited = True
