"""Items listed together in one request, order or offer share the supplier the list's designated items give
("requested ten (10) Javelin missiles; nine (9) launching stations; and two (2) control stations": the
launching and control stations come from the state that makes the Javelins), when the frame names no
supplier, every item whose maker is known has the same one, and the rest name no maker of their own."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

SHARED_CONFIDENCE = 0.4  # below an origin read from the item's own designation (0.5)
MIN_ITEMS = 2


def share_list_origin(rows: list[Any], origin_of: Callable[[str], str | None] | None = None) -> None:
    """Fill, in place, the supplier of each row of a listed frame from its sibling rows' single origin. With
    `origin_of` (a designation's maker state), a supplier lent by an earlier sentence to an item of no maker of
    its own gives way to that origin ("deliveries included 285 Humvees, ammunition and goggles" after a
    paragraph on another supplier: all from the Humvees' maker)."""
    by_frame: dict[int, list[Any]] = {}
    for r in rows:
        by_frame.setdefault(id(r.frame), []).append(r)
    for group in by_frame.values():
        if len({r.item.head.i for r in group}) < MIN_ITEMS or group[0].frame.roles["supplier"]:
            continue
        if origin_of is not None:
            _lent_give_way(group, origin_of)
        origins = {r.supplier.actor.id for r in group if r.supplier is not None}
        filled = [r for r in group if r.supplier is not None and r.frame.rule.endswith(":origin")]
        if len(origins) != 1 or not filled:
            continue
        source = filled[0].supplier
        for r in group:
            if r.supplier is None and r.recipient is not None and r.recipient.actor.id != source.actor.id:
                r.supplier = type(source)(source.actor, SHARED_CONFIDENCE, r.item.head)
                r.inherited = True


def _lent_give_way(group: list[Any], origin_of: Callable[[str], str | None]) -> None:
    """Rows of no designation whose supplier was lent by context lose it when the group's designated items
    all come, by their own maker, from one state (the loop above then gives them that state)."""
    makers = {r.supplier.actor.id for r in group if r.designation and r.supplier is not None
              and origin_of(r.designation) == r.supplier.actor.country}
    lent = [r for r in group if not r.designation and r.inherited and r.supplier is not None]
    if len(makers) == 1 and lent and all(r.supplier.actor.id not in makers for r in lent):
        for r in lent:
            r.supplier = None
