"""The one asked, told only by the refusal that follows a request: "Lusaka had likewise sought patrol aircraft. The
request was rejected, three Dutch diplomats said", "X sought Y's surplus jets; the request was declined by Z". A
request row with no supplier takes the supplier of a later refusal row of the same request (the same item
mention, or the same system to the same recipient, within WINDOW sentences): who turned it down is who was asked."""
from __future__ import annotations

from materiel.extraction import also_refused
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolved import same_state

WINDOW = 3  # sentences between the request and its refusal


def _same_request(req: Row, ref: Row) -> bool:
    if ref.item.head.i == req.item.head.i:
        return True
    return bool(req.designation) and ref.designation == req.designation and ref.recipient is not None and \
        req.recipient is not None and same_state(ref.recipient, req.recipient)


def fill(rows: list[Row]) -> None:
    """Give each request row with no supplier the supplier of its refusal (see the module's text); first, a
    refusal told as one more of the same takes the parties of the one before (extraction/also_refused.py)."""
    also_refused.fill(rows)
    sents = {s.start: n for n, s in enumerate(rows[0].sent.doc.sents)} if rows else {}
    for req in rows:
        if req.frame.cls != "request" or req.frame.stage != "requested" or req.supplier is not None or \
                req.recipient is None:  # a taker's asking, not a firm's application for a licence
            continue
        at = sents.get(req.sent.start, 0)
        for ref in rows:
            if ref.frame.stage != "refused" or ref.supplier is None or ref.frame.trigger.i <= req.frame.trigger.i or \
                    not 0 <= sents.get(ref.sent.start, 0) - at <= WINDOW or not _same_request(req, ref):
                continue
            if same_state(ref.supplier, req.recipient):
                continue
            req.supplier, req.inherited = ref.supplier, True
            break
