"""Register: the consolidated transfer table with filters, facets, sort, full-text search, paging and
CSV / FtM downloads of the records matched. Everything is computed within the caller's scope
(`access_of(request).scope(collection)`): records, totals, facets, matched documents and downloads; a
`collection` the caller may not read is refused (403). Searches and downloads go to the audit trail."""
from __future__ import annotations

import io
import json
from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi import Query as Q
from fastapi.responses import Response

from materiel.record.vocabulary import FACTUALITIES, STAGES
from materiel.store import output
from materiel.store.errors import StoreError
from materiel.store.filters import RegisterFilter
from materiel.store.names import actor_names
from materiel.store.search import search_documents
from materiel.web import search
from materiel.web.facets import facets
from materiel.web.ftm import entity_lines
from materiel.web.render import ERRORS, ErrorEnvelope, twin
from materiel.web.search import SORT_KEYS, params
from materiel.web.security import access_of, audit
from materiel.web.titles import name_documents

router = APIRouter()
Text = Annotated[str | None, Q()]


def _date(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{name}: {value!r} is not a date in the form YYYY-MM-DD") from None


def _int(value: str | None, name: str, default: int | None, lo: int, hi: int) -> int | None:
    if value in (None, ""):
        return default
    try:
        n = int(value)
    except ValueError:
        raise HTTPException(422, f"{name}: {value!r} is not a whole number") from None
    if not lo <= n <= hi:
        raise HTTPException(422, f"{name}: {n} is not between {lo} and {hi}")
    return n


def _share(value: str | None, name: str) -> float | None:
    """A number from 0 to 1 (a confidence), or None when not given."""
    if value in (None, ""):
        return None
    try:
        x = float(value)
    except ValueError:
        raise HTTPException(422, f"{name}: {value!r} is not a number") from None
    if not 0.0 <= x <= 1.0:
        raise HTTPException(422, f"{name}: {x} is not between 0 and 1")
    return x


def _choice(value: str | None, allowed: tuple[str, ...], name: str) -> str | None:
    if not value:
        return None
    if value.lower() not in allowed:
        raise HTTPException(422, f"{name}: {value!r} is not one of {', '.join(allowed)}")
    return value.lower()


def register_query(supplier: Text = None, recipient: Text = None, item: Text = None, category: Text = None,
                   stage: Annotated[str | None, Q(description=", ".join(STAGES))] = None,
                   intercepted_by: Annotated[str | None, Q(description="who seized the shipment (stage intercepted)")] = None,
                   factuality: Annotated[str | None, Q(description=", ".join(FACTUALITIES) + " or contested")] = None,
                   since: Annotated[str | None, Q(description="YYYY-MM-DD")] = None,
                   until: Annotated[str | None, Q(description="YYYY-MM-DD")] = None,
                   min_sources: Annotated[str | None, Q(description="at least this many independent sources")] = None,
                   min_confidence: Annotated[str | None, Q(description="records whose confidence is at least this (0 to 1)")] = None,
                   collection: Text = None, contradictions: Annotated[str | None, Q(description="1: contradicted only")] = None,
                   q: Annotated[str | None, Q(description="full-text search in the records' documents")] = None,
                   sort: Annotated[str | None, Q(description="one of " + ", ".join(SORT_KEYS) + "; '-' for descending")] = None,
                   offset: Annotated[str | None, Q(description="records to skip")] = None,
                   limit: Annotated[str | None, Q(description=f"records per page (default {search.PAGE_SIZE})")] = None) -> RegisterFilter:
    if sort and sort.lstrip("-") not in SORT_KEYS:
        raise HTTPException(422, f"sort: {sort!r} is not one of {', '.join(SORT_KEYS)} (with '-' for descending)")
    return RegisterFilter(supplier=supplier or None, recipient=recipient or None, item=item or None, category=category or None,
                 stage=_choice(stage, STAGES, "stage"), intercepted_by=intercepted_by or None, factuality=_choice(factuality, (*FACTUALITIES, "contested"), "factuality"),
                 since=_date(since, "since"), until=_date(until, "until"),
                 min_sources=_int(min_sources, "min_sources", None, 0, 1000),
                 min_confidence=_share(min_confidence, "min_confidence"), collection=collection or None,
                 contradictions=contradictions not in (None, "", "0", "false"), text=(q or "").strip() or None,
                 sort=sort or None, offset=_int(offset, "offset", 0, 0, 10**9) or 0,
                 limit=_int(limit, "limit", search.PAGE_SIZE, 1, search.MAX_PAGE_SIZE) or search.PAGE_SIZE)


RegisterQuery = Annotated[RegisterFilter, Depends(register_query)]


def link(qy: RegisterFilter, path: str = "/register", **change: Any) -> str:
    """The URL of this page with some parameters changed (None removes one); paging restarts unless given."""
    query = params(qy)
    query.pop("offset", None)
    for k, v in change.items():
        if v is None or v == "" or v is False:
            query.pop(k, None)
        else:
            query[k] = "1" if v is True else str(v)
    return path + ("?" + urlencode(query) if query else "")


@twin(router, "/register", "/api/register", "register.html", summary="The register: filtered, searched, sorted, paged")
def register_page(request: Request, qy: RegisterQuery) -> dict[str, Any]:
    """One page of the consolidated register (`rows`), how many records match (`total`), and the facets of
    the records matched: for each field its top values with counts."""
    scope = access_of(request).scope(qy.collection)
    with request.app.state.store.read() as session:
        rows, total = search.page(session, qy, scope=scope)
        fc = facets(session, qy, scope=scope)
        names = actor_names(session, [qy.supplier, qy.recipient, qy.intercepted_by], scope=scope)
        docs = (name_documents(session, search_documents(session, qy.text, scope=scope, limit=5), scope=scope)
                if qy.text else [])
    if qy.text:
        audit(request, "search", target=qy.text, collection=qy.collection, records=total, documents=len(docs))
    size = qy.limit or search.PAGE_SIZE
    nxt = qy.offset + size if qy.offset + size < total else None
    prev = max(0, qy.offset - size) if qy.offset else None
    return {"query": params(qy), "total": total, "offset": qy.offset, "limit": size, "rows": rows, "facets": fc,
            "documents": docs,
            "next": link(qy, offset=nxt) if nxt is not None else None,
            "previous": link(qy, offset=prev or None) if prev is not None else None,
            "downloads": {"csv": link(qy, "/register.csv"), "ftm": link(qy, "/register.ftm.json")},
            "_qy": qy, "_link": link, "_names": names}


@router.get("/register.csv", summary="The records matched, as CSV (every page)", response_class=Response,
            responses={200: {"content": {"text/csv": {}}}, 422: ERRORS[422]})
def register_csv(request: Request, qy: RegisterQuery) -> Response:
    scope = access_of(request).scope(qy.collection)
    with request.app.state.store.read() as session:
        rows = search.all_rows(session, qy, scope=scope)
    audit(request, "export", target="csv", collection=qy.collection, rows=len(rows), query=params(qy) or None)
    buf = io.StringIO()
    output.write_csv(rows, buf, fields=list(rows[0]) if rows else ["record", "supplier", "recipient", "item"])
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="materiel-register.csv"'})


@router.get("/register.ftm.json", summary="The records matched, as FollowTheMoney entities (JSON Lines)",
            response_class=Response, responses={200: {"content": {"application/x-ndjson": {}}}, 422: ERRORS[422],
                                                 501: {"model": ErrorEnvelope, "description": "followthemoney not installed"}})
def register_ftm(request: Request, qy: RegisterQuery) -> Response:
    scope = access_of(request).scope(qy.collection)
    with request.app.state.store.read() as session:
        ids = [r["record"] for r in search.all_rows(session, qy, scope=scope)]
        try:
            lines = entity_lines(session, ids, scope=scope)
        except StoreError as exc:
            raise HTTPException(501, str(exc)) from None
    audit(request, "export", target="ftm", collection=qy.collection, rows=len(lines), records=len(ids),
          query=params(qy) or None)
    return Response("".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in lines),
                    media_type="application/x-ndjson",
                    headers={"Content-Disposition": 'attachment; filename="materiel-register.ftm.json"'})
