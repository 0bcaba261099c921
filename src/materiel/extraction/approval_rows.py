"""The buyer's request just after an approved possible sale (see `approvals`): "X has requested to buy
<list>" is offered by the approving state too."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from materiel.extraction.discourse import Row
from materiel.extraction.frames.approvals import is_approval, words


def with_requests(rows: list[Row], sentence_index: dict[int, int]) -> list[Row]:
    """The rows with the offered rows of the requests under an approval added, and the approval's rows the
    requests restate dropped (`requests_under_approval`)."""
    under, restated = requests_under_approval(rows, sentence_index)
    return [r for r in rows if all(r is not x for x in restated)] + under


def requests_under_approval(rows: list[Row], sentence_index: dict[int, int]) -> tuple[list[Row], list[Row]]:
    """The buyer's request just after an approved sale: its supplier is the approving state, and it is
    offered as well. Returns the offered rows to add and the approval's rows the request restates."""
    window = int(words().get("request_window", 3))
    approvals = [r for r in rows if r.frame.stage == "offered" and is_approval(r.frame.trigger)
                 and r.supplier is not None and r.recipient is not None]
    added: list[Row] = []
    copies: dict[int, Any] = {}
    told: set[int] = set()  # the sentences of the approvals the requests serve
    for r in rows:
        if r.frame.stage != "requested" or r.recipient is None:
            continue
        here = sentence_index.get(r.sent.start, 0)
        base = next((a for a in reversed(approvals) if a.recipient is not None
                     and _same(a.recipient, r.recipient)
                     and 0 < here - sentence_index.get(a.sent.start, 0) <= window), None)
        if base is None:
            continue
        r.supplier = base.supplier
        frame = copies.get(id(r.frame))
        if frame is None:
            frame = replace(r.frame, stage="offered", rule=r.frame.rule + ":approved-sale")
            copies[id(r.frame)] = frame
        added.append(replace(r, frame=frame))
        told.add(base.sent.start)
    return added, [a for a in approvals if a.sent.start in told and any(_restated(a, r) for r in added)]


def _restated(approved: Row, request: Row) -> bool:
    """The approval's item told again, counted, in the request under it ("approving a sale of A jets ... X
    has requested to buy eight (8) A jets"): the same system and noun ("A missile system" is not restated
    by "60 A missiles")."""
    a, b = approved.item, request.item
    return a.designation == b.designation and a.head.lemma_.lower() == b.head.lemma_.lower() and \
        a.quantity is None and b.quantity is not None


def _same(a: Any, b: Any) -> bool:
    x, y = a.actor, b.actor
    return x.id == y.id or (x.country is not None and x.country == y.country)
