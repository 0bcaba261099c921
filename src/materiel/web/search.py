"""The register as the workbench asks for it: filters, full-text search (the store's: SQLite FTS5 or
PostgreSQL's, see `materiel.store.search`), sort and paging. Every function takes the caller's scope
(`Access.scope(qy.collection)`): the records, counts and documents of other collections do not exist here."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from materiel.store import queries
from materiel.store import search as store_search
from materiel.store.queries import RegisterFilter, Row
from materiel.store.schema import ActorRow, RecordRow
from materiel.store.scope import ScopeLike

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
    intercepted_by: str | None = None
    factuality: str | None = None
    since: date | None = None
    until: date | None = None
    min_sources: int | None = None
    min_confidence: float | None = None
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


def _store_filter(qy: Query, exact: dict[str, str], scope: ScopeLike) -> RegisterFilter:
    """The store's filter for `qy`: the fields both share, the search text, the sort (pages are cut later),
    and the scope in place of the collection asked for (which the scope already holds)."""
    shared = {f.name: getattr(qy, f.name) for f in dataclasses.fields(RegisterFilter)
              if hasattr(qy, f.name) and f.name not in ("offset", "limit")}
    for side in exact:
        shared[side] = None  # an actor id is applied exactly by `filtered`
    return RegisterFilter(**shared | {"text": qy.q or None, "sort": qy.sort or None, "collection": scope})


def filtered(session: Session, qy: Query, scope: ScopeLike = None) -> Select[Any]:
    """SELECT records within `scope` matching every filter of `qy`, sorted, without offset or limit.
    `scope` is None (everything) or what `Access.scope(qy.collection)` gave; without one, `qy.collection`."""
    if scope is None:
        scope = qy.collection
    # An actor id (what the facets link to) selects that actor only; other text matches names as the CLI does.
    exact = {side: value for side in ("supplier", "recipient", "intercepted_by") if (value := getattr(qy, side))
             and session.get(ActorRow, value) is not None}
    q = queries._register_query(session, _store_filter(qy, exact, scope))
    for side, value in exact.items():
        q = q.where(getattr(RecordRow, f"{side}_id") == value)
    return q.limit(None).offset(None)


def count(session: Session, q: Select[Any]) -> int:
    return int(session.scalar(select(func.count()).select_from(q.order_by(None).subquery())) or 0)


def rows(session: Session, q: Select[Any]) -> list[Row]:
    records = list(session.scalars(q))
    names = queries.actor_names(session, [x for r in records for x in (r.supplier_id, r.recipient_id,
                                                                       r.intercepted_by_id)])
    return [queries.record_row(r, names, detail=False) for r in records]


def page(session: Session, qy: Query, scope: ScopeLike = None) -> tuple[list[Row], int]:
    """One page of the register and the number of records matching, within `scope`."""
    q = filtered(session, qy, scope)
    return rows(session, q.offset(qy.offset).limit(qy.limit)), count(session, q)


def all_rows(session: Session, qy: Query, scope: ScopeLike = None) -> list[Row]:
    """Every record matching within `scope` (for downloads: what is shown, on every page)."""
    return rows(session, filtered(session, qy, scope))


def search_documents(session: Session, text: str, *, collection: ScopeLike = None, limit: int = 20) -> list[Row]:
    """Documents within `collection` (a scope) matching `text`, best first, with snippets (matches between « and »)."""
    return store_search.search_documents(session, text, collection=collection, limit=limit)
