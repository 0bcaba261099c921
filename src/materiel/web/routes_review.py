"""Reviewing in the workbench: the same decisions as `materiel review`, on the record page (plain forms)
and on the review queue (`/review`, keyboard: j/k next/previous mention, a accept, r reject with the
reason chosen on the page).

- POST /mention/{id}/review   a form (decision, reason, the corrected fields, csrf_token); redirects to the
                              mention on its record's page
- POST /api/mentions/{id}/review  JSON `{"decision", "reason", "corrections"}`; answers what was decided
- GET  /review (.json, /api/review)  the queue: unreviewed records, the most valuable decision first

Every decision needs write on the mention's collection (403 otherwise; a mention the caller cannot read
is 404) and is in the audit trail with the decision itself (`materiel.security.reviewing`).
"""
from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse
from pydantic import BaseModel, Field

from materiel.record.vocabulary import FACTUALITIES, STAGES
from materiel.security import reviewing
from materiel.store import queries
from materiel.store.corrections import FIELDS
from materiel.store.reviews import REASONS, queue
from materiel.web.auth import check_csrf
from materiel.web.render import ERRORS, twin
from materiel.web.security import access_of

router = APIRouter()
QUEUE_PAGE = 20


class ReviewBody(BaseModel):
    """A decision on one mention: `clear` takes the last one back."""

    decision: Literal["accepted", "rejected", "corrected", "clear"]
    reason: str | None = Field(None, description="for rejected: " + ", ".join(REASONS))
    corrections: dict[str, str | None] = Field(default_factory=dict, description="for corrected: " + ", ".join(FIELDS))


def decide(request: Request, mention_id: int, body: ReviewBody) -> dict[str, Any]:
    access = access_of(request)
    store = request.app.state.store
    if body.decision == "clear":
        return reviewing.clear(store, access, mention_id, who=access.who)
    return reviewing.decide(store, access, mention_id, body.decision, who=access.who, reason=body.reason,
                            corrections=body.corrections)


@router.post("/api/mentions/{mention_id:int}/review", summary="Accept, reject or correct one mention",
             responses=ERRORS)
def review_api(request: Request, mention_id: int, body: ReviewBody) -> dict[str, Any]:
    """Record an analyst's decision; the answer names the record the mention is now in (`record`)."""
    check_csrf(request)
    return decide(request, mention_id, body)


@router.post("/mention/{mention_id:int}/review", include_in_schema=False)
async def review_form(request: Request, mention_id: int) -> RedirectResponse:
    form = await request.form(max_files=0, max_fields=20)
    check_csrf(request, str(form.get("csrf_token") or ""))
    values = {k: (str(v).strip() or None) for k, v in form.items() if isinstance(v, str)}
    body = ReviewBody(decision=values.get("decision") or "accepted", reason=values.get("reason"),  # type: ignore[arg-type]
                      corrections={k: values.get(k) for k in FIELDS})
    out = await run_in_threadpool(decide, request, mention_id, body)
    target = out["record"] or out["record_before"]
    return RedirectResponse(f"/record/{target}#m-{mention_id}", status_code=303)


@twin(router, "/review", "/api/review", "review.html", summary="The review queue")
def review_page(request: Request, collection: Annotated[str | None, Query()] = None,
                limit: Annotated[int, Query(ge=1, le=200)] = QUEUE_PAGE) -> dict[str, Any]:
    """Records with a mention nobody has decided on, the most valuable decision first (contradicted,
    single-source, low confidence, many mentions), each with every mention and its review."""
    scope = access_of(request).scope(collection)
    with request.app.state.store.read() as session:
        ids = [r.id for r in session.scalars(queue(scope=scope).limit(limit))]
        records = [queries.record(session, i, scope=scope) for i in ids]
    return {"queue": records, "reasons": list(REASONS), "_stages": STAGES, "_factualities": FACTUALITIES}
