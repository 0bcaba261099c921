"""Register: the consolidated transfer table with filters, facets, sort, full-text search, paging and
CSV / FtM downloads of the records matched. Everything is computed within the caller's scope
(`access_of(request).scope(collection)`): records, totals, facets, matched documents and downloads; a
`collection` the caller may not read is refused (403). Each page (a "read", or a "search" with `q`) and
each download is one entry of the audit trail."""
from __future__ import annotations

import dataclasses
import io
import json
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response

from materiel.store import output
from materiel.store.errors import StoreError
from materiel.store.lookup import AmbiguousName
from materiel.store.names import actor_names
from materiel.store.search import search_documents
from materiel.store.sipri import COLUMNS, sipri_rows
from materiel.web import register_query
from materiel.web.facets import facets
from materiel.web.ftm import entity_lines
from materiel.web.geo import months
from materiel.web.register_query import RegisterQuery, link, params
from materiel.web.render import ERRORS, ErrorEnvelope, twin
from materiel.web.security import access_of, audit, reading
from materiel.web.titles import name_documents

router = APIRouter()


@twin(router, "/register", "/api/register", "register.html", summary="The register: filtered, searched, sorted, paged")
def register_page(request: Request, qy: RegisterQuery) -> dict[str, Any]:
    """One page of the consolidated register (`rows`), how many records match (`total`), and the facets of
    the records matched: for each field its top values with counts; `histogram`: the records the other
    filters keep by month (leaving the dates aside), `undated` apart. A supplier, recipient or seizer given
    by a name of several actors matches nothing: `ambiguous` then lists them, each with the link that
    chooses it."""
    access = access_of(request)
    scope = access.scope(qy.collection)
    with request.app.state.store.read() as session:
        try:
            rows, total = register_query.page(session, qy, scope=scope, references=access.scope())
            fc, ambiguous = facets(session, qy, scope=scope, references=access.scope()), None
            histogram = months(session, qy, scope=scope)
        except AmbiguousName as exc:  # a name of several actors: none is chosen, each is offered
            rows, total, fc, ambiguous = [], 0, [], register_query.choices(qy, exc)
            histogram = {"months": [], "undated": 0}
        names = actor_names(session, [qy.supplier, qy.recipient, qy.intercepted_by], scope=scope)
        docs = (name_documents(session, search_documents(session, qy.text, scope=scope, limit=5), scope=scope)
                if qy.text else [])
    reading(request, qy.text or "register", qy.collection, action="search" if qy.text else "read",
            records=len(rows), documents=len(docs), matched=total)
    size = qy.limit or register_query.PAGE_SIZE
    nxt = qy.offset + size if qy.offset + size < total else None
    prev = max(0, qy.offset - size) if qy.offset else None
    return {"query": params(qy), "total": total, "offset": qy.offset, "limit": size, "rows": rows, "facets": fc,
            "histogram": histogram, "documents": docs, "ambiguous": ambiguous,
            "next": link(qy, offset=nxt) if nxt is not None else None,
            "previous": link(qy, offset=prev or None) if prev is not None else None,
            "downloads": {"csv": link(qy, "/register.csv"), "sipri": link(qy, "/register.sipri.csv"),
                          "ftm": link(qy, "/register.ftm.json")},
            "_qy": qy, "_link": link, "_names": names}


@router.get("/register.csv", summary="The records matched, as CSV (every page)", response_class=Response,
            responses={200: {"content": {"text/csv": {}}}, 422: ERRORS[422]})
def register_csv(request: Request, qy: RegisterQuery,
                 raw: Annotated[bool, Query(description="cells as stored: no ' before a text starting with "
                                                        "= + - @, a tab or a carriage return")] = False) -> Response:
    """Texts that a spreadsheet would run as formulas start with ' (OWASP's advice) unless `raw`."""
    access = access_of(request)
    scope = access.scope(qy.collection)
    with request.app.state.store.read() as session:
        rows = register_query.all_rows(session, qy, scope=scope, references=access.scope())
    audit(request, "export", target="csv", collection=qy.collection, rows=len(rows), query=params(qy) or None)
    buf = io.StringIO()
    output.write_csv(rows, buf, fields=list(rows[0]) if rows else ["record", "supplier", "recipient", "item"], raw=raw)
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="materiel-register.csv"'})


@router.get("/register.sipri.csv", summary="The records matched, as CSV in SIPRI's trade-register columns",
            response_class=Response, responses={200: {"content": {"text/csv": {}}}, 422: ERRORS[422]})
def register_sipri(request: Request, qy: RegisterQuery) -> Response:
    """Supplier, Recipient, Number ordered, Weapon designation, Weapon description, Year of order, Year(s) of
    delivery, Number delivered, Status, Comments, then Value, Currency, Value (USD), Record (`store.sipri`)."""
    access = access_of(request)
    scope = access.scope(qy.collection)
    f = dataclasses.replace(qy, offset=0, limit=None)
    with request.app.state.store.read() as session:
        rows = list(sipri_rows(session, f, scope=scope, references=access.scope()))
    audit(request, "export", target="sipri", collection=qy.collection, rows=len(rows), query=params(qy) or None)
    buf = io.StringIO()
    output.write_csv(rows, buf, fields=list(COLUMNS))
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="materiel-register-sipri.csv"'})


@router.get("/register.ftm.json", summary="The records matched, as FollowTheMoney entities (JSON Lines)",
            response_class=Response, responses={200: {"content": {"application/x-ndjson": {}}}, 422: ERRORS[422],
                                                 501: {"model": ErrorEnvelope, "description": "followthemoney not installed"}})
def register_ftm(request: Request, qy: RegisterQuery) -> Response:
    scope = access_of(request).scope(qy.collection)
    with request.app.state.store.read() as session:
        ids = [r["record"] for r in register_query.all_rows(session, qy, scope=scope)]
        try:
            lines = entity_lines(session, ids, scope=scope)
        except StoreError as exc:
            raise HTTPException(501, str(exc)) from None
    audit(request, "export", target="ftm", collection=qy.collection, rows=len(lines), records=len(ids),
          query=params(qy) or None)
    return Response("".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in lines),
                    media_type="application/x-ndjson",
                    headers={"Content-Disposition": 'attachment; filename="materiel-register.ftm.json"'})
