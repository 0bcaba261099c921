"""The next step of a series told in a history paragraph ("Two years later Y followed with four more A",
"In 2019 came four B": frames/history.py): its rows take the stage and the missing parties of the nearest
transfer told before with both parties, within a few sentences (of that sentence's transfers, the one of its main
clause: "X sold Y two ships it had built for Z"); with none, they are dropped."""
from __future__ import annotations

from materiel.extraction.discourse import Row
from materiel.extraction.frames.history import SERIES

SERIES_SENTENCES = 3  # the transfer a series continues is told within this many sentences before


def carry_series(rows: list[Row]) -> list[Row]:
    """The rows of a series' next step take the stage and the missing parties of the nearest transfer
    told before with both parties, within a few sentences; with none, they are dropped."""
    starts = {s.start: n for n, s in enumerate(rows[0].sent.doc.sents)} if rows else {}
    out = []
    for i, r in enumerate(rows):
        if r.frame.rule != SERIES:
            out.append(r)
            continue
        here = starts[r.sent.start]
        before = [e for e in rows[:i] if e.frame.rule != SERIES and e.supplier and e.recipient and
                  0 <= here - starts[e.sent.start] <= SERIES_SENTENCES and e.frame.trigger.i < r.frame.trigger.i and
                  (r.supplier is None or e.recipient.actor.id != r.supplier.actor.id)]
        if not before:
            continue
        last = [e for e in before if e.sent.start == before[-1].sent.start]  # the nearest sentence's rows:
        e = min(reversed(last), key=lambda e: len(list(e.frame.trigger.ancestors)))  # its main clause's
        r.frame.stage = e.frame.stage
        if r.supplier is None:
            r.supplier, r.inherited = e.supplier, True
        r.recipient, r.inherited = e.recipient, True
        out.append(r)
    return out
