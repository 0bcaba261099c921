"""The register as the workbench asks for it: filters, full-text search, sort and paging.

The store is gaining `materiel.store.search.search_documents` and the `RegisterFilter` fields `text`,
`sort` and `offset`. This adapter uses them when the installed store has them, and otherwise falls
back to a case-insensitive LIKE over document titles and texts and to its own ORDER BY, so the
workbench behaves the same either way.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from materiel.store import queries
from materiel.store.queries import RegisterFilter, Row
from materiel.store.schema import ActorRow, DocumentRow, MentionRow, RecordRow

STORE_FIELDS = frozenset(f.name for f in dataclasses.fields(RegisterFilter))
SORT_KEYS = ("supplier", "recipient", "item", "category", "stage", "sources", "mentions", "first_date", "last_date")
PAGE_SIZE = 50
MAX_PAGE_SIZE = 500


@dataclass
class Query:
    """What a page of the register asks for (the query string of /register)."""

    supplier: str | None = None
    recipient: str | None = None
    item: str | None = None
    category: str | None = None
    stage: str | None = None
    factuality: str | None = None
    since: date | None = None
    until: date | None = None
    min_sources: int | None = None
    collection: str | None = None
    contradictions: bool = False
    q: str | None = None
    sort: str | None = None
    offset: int = 0
    limit: int = PAGE_SIZE

    def params(self) -> dict[str, str]:
        """The non-default parameters, as a query string would carry them."""
        out: dict[str, str] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if value in (None, "", False) or value == f.default:
                continue
            out[f.name] = "1" if value is True else str(value)
        return out


def _store_filter(qy: Query, exact: dict[str, str]) -> RegisterFilter:
    f = RegisterFilter(supplier=None if "supplier" in exact else qy.supplier,
                       recipient=None if "recipient" in exact else qy.recipient, item=qy.item, category=qy.category,
                       stage=qy.stage, factuality=qy.factuality, since=qy.since, until=qy.until,
                       min_sources=qy.min_sources, collection=qy.collection, contradictions=qy.contradictions)
    if qy.q and "text" in STORE_FIELDS:
        f.text = qy.q  # type: ignore[attr-defined]
    if qy.sort and "sort" in STORE_FIELDS:
        f.sort = qy.sort  # type: ignore[attr-defined]
    return f


def _text_fallback(q: Select[Any], text: str) -> Select[Any]:
    pattern = f"%{text.strip().lower()}%"
    hit = or_(func.lower(DocumentRow.title).like(pattern), func.lower(DocumentRow.text).like(pattern))
    return q.where(exists().where(MentionRow.record_id == RecordRow.id, MentionRow.document_id == DocumentRow.id, hit))


def _order(q: Select[Any], sort: str | None) -> Select[Any]:
    key = (sort or "").lstrip("-")
    if key not in SORT_KEYS:
        return q
    desc = bool(sort and sort.startswith("-"))
    if key in ("supplier", "recipient"):
        actor = aliased(ActorRow)
        col = getattr(RecordRow, f"{key}_id")
        q = q.outerjoin(actor, actor.id == col)
        column: Any = func.lower(func.coalesce(actor.name, col, ""))
    else:
        column = {"item": func.lower(func.coalesce(RecordRow.designation, RecordRow.item_text)),
                  "category": RecordRow.category, "stage": RecordRow.latest_stage, "sources": RecordRow.sources,
                  "mentions": RecordRow.n_mentions,
                  "first_date": func.coalesce(RecordRow.first_date, RecordRow.first_seen),
                  "last_date": func.coalesce(RecordRow.last_date, RecordRow.last_seen)}[key]
    return q.order_by(None).order_by(column.desc() if desc else column.asc(), RecordRow.id)


def filtered(session: Session, qy: Query) -> Select[Any]:
    """SELECT records matching every filter of `qy`, sorted, without offset or limit."""
    # An actor id (what the facets link to) selects that actor only; other text matches names as the CLI does.
    exact = {side: value for side in ("supplier", "recipient") if (value := getattr(qy, side))
             and session.get(ActorRow, value) is not None}
    q = queries._register_query(session, _store_filter(qy, exact))
    for side, value in exact.items():
        q = q.where(getattr(RecordRow, f"{side}_id") == value)
    q = q.limit(None).offset(None)
    if qy.q and "text" not in STORE_FIELDS:
        q = _text_fallback(q, qy.q)
    if qy.sort and "sort" not in STORE_FIELDS:
        q = _order(q, qy.sort)
    return q


def count(session: Session, q: Select[Any]) -> int:
    return int(session.scalar(select(func.count()).select_from(q.order_by(None).subquery())) or 0)


def rows(session: Session, q: Select[Any]) -> list[Row]:
    records = list(session.scalars(q))
    names = queries.actor_names(session, [x for r in records for x in (r.supplier_id, r.recipient_id)])
    return [queries.record_row(r, names, detail=False) for r in records]


def page(session: Session, qy: Query) -> tuple[list[Row], int]:
    """One page of the register and the number of records matching."""
    q = filtered(session, qy)
    return rows(session, q.offset(qy.offset).limit(qy.limit)), count(session, q)


def all_rows(session: Session, qy: Query) -> list[Row]:
    """Every record matching (for downloads: what is shown, on every page)."""
    return rows(session, filtered(session, qy))


def search_documents(session: Session, text: str, *, collection: str | None = None, limit: int = 20) -> list[Row]:
    """Documents matching `text`: the store's full-text search when it has one, else LIKE with a snippet."""
    try:
        from materiel.store import search as store_search  # type: ignore[attr-defined]
    except ImportError:
        store_search = None
    if store_search is not None and hasattr(store_search, "search_documents"):
        return list(store_search.search_documents(session, text, collection=collection, limit=limit))
    pattern = f"%{text.strip().lower()}%"
    q = select(DocumentRow).where(or_(func.lower(DocumentRow.title).like(pattern), func.lower(DocumentRow.text).like(pattern)))
    if collection:
        q = q.where(DocumentRow.collection == collection)
    out = []
    for d in session.scalars(q.order_by(DocumentRow.published.desc(), DocumentRow.id).limit(limit)):
        out.append(queries.document_dict(d) | {"snippet": snippet(d.text, text)})
    return out


def snippet(text: str, needle: str, width: int = 90) -> str:
    at = text.lower().find(needle.strip().lower())
    if at < 0:
        return text[: 2 * width].strip()
    start, end = max(0, at - width), min(len(text), at + len(needle) + width)
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")
