"""Transfer record: every mention, its sentence with the supplier, recipient, item, quantity, date and
attribution highlighted, its document and publisher, stage and factuality; denials beside claims.
A record outside the caller's scope is not found (404), like one that does not exist. Each view is one
"read" entry of the audit trail (the record and its mentions' documents)."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from materiel.record.vocabulary import FACTUALITIES
from materiel.store import queries
from materiel.store.errors import NotFound
from materiel.store.reviews import REASONS
from materiel.web.highlight import evidence_pieces, resolve, row_spans
from materiel.web.render import twin
from materiel.web.security import access_of, reading, refused
from materiel.web.titles import name_documents

router = APIRouter()
AGAINST = ("denied", "negated")


@twin(router, "/record/{record_id:int}", "/api/records/{record_id:int}", "record.html",
      summary="One transfer record with every mention")
def record_page(request: Request, record_id: int, collection: Annotated[str | None, Query()] = None) -> dict[str, Any]:
    """The record's consolidated fields and `mention_rows`: every mention with its evidence sentence, its
    document and publisher, and `highlights` (start, end, kind) inside the evidence."""
    scope = access_of(request).scope(collection)
    with request.app.state.store.read() as session:
        try:
            rec = queries.record(session, record_id, scope=scope)
        except NotFound:
            refused(request, queries.holders(session, record=record_id))
            raise
        name_documents(session, rec["mention_rows"], key="document_id", scope=scope)
    mentions = rec["mention_rows"]
    reading(request, f"record:{record_id}", mentions[0]["collection"] if mentions else None, records=1,
            documents=len({m["document_id"] for m in mentions}))
    pieces = {}
    for m in rec["mention_rows"]:
        text = m["evidence"] or ""
        m["highlights"] = [{"start": s, "end": e, "kind": k} for s, e, k in resolve(row_spans(text, m, 0, len(text)))]
        pieces[m["mention"]] = evidence_pieces(m)
    claims = [m for m in rec["mention_rows"] if m["factuality"] not in AGAINST]
    denials = [m for m in rec["mention_rows"] if m["factuality"] in AGAINST]
    return {"record": rec, "_claims": claims, "_denials": denials, "_pieces": pieces, "_reasons": REASONS,
            "_factualities": FACTUALITIES}
