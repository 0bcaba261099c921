"""The register as the workbench asks for it: what is HTTP-specific only. The filter is the store's
(`materiel.store.filters.RegisterFilter`, the one `materiel register` builds too); here are its URL form
(the query string of /register: the filter's field names, `q` for `text`), parsed (422 on a bad value)
and written back (`params`, `link`), the page size and the pages.
Every function takes the caller's scope (`Access.scope(f.collection)`): the records, counts and documents
of other collections do not exist here."""
from __future__ import annotations

import dataclasses
from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, HTTPException
from fastapi import Query as Q
from sqlalchemy import Select
from sqlalchemy.orm import Session

from materiel.record.vocabulary import FACTUALITIES, STAGES
from materiel.store.filters import ACTOR_SIDES, RegisterFilter, select_records
from materiel.store.lookup import AmbiguousName
from materiel.store.queries import record_rows, register_page
from materiel.store.reviews import REVIEW_FILTERS
from materiel.store.rows import Row
from materiel.store.scope import ScopeLike

SORT_KEYS = ("supplier", "recipient", "item", "category", "stage", "sources", "mentions", "first_date", "last_date")
PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
PARAMS = {"text": "q", "known": "reference"}  # the URL parameter of a filter field, where its name differs
REFERENCE = {"known": True, "new": False}  # ?reference=known|new: records a reference table holds, or not


def params(f: RegisterFilter) -> dict[str, str]:
    """The non-default parameters of `f`, as a query string would carry them."""
    out: dict[str, str] = {}
    for field in dataclasses.fields(f):
        value = getattr(f, field.name)
        if field.name == "known" and value is not None:
            out[PARAMS["known"]] = "known" if value else "new"
            continue
        if value in (None, "", False) or value == field.default or (field.name == "limit" and value == PAGE_SIZE):
            continue
        out[PARAMS.get(field.name, field.name)] = "1" if value is True else str(value)
    return out


def filtered(session: Session, f: RegisterFilter, *, scope: ScopeLike) -> Select[Any]:
    """SELECT records within `scope` matching every filter of `f`, sorted, without offset or limit. An actor
    id (what the facets link to) selects that actor only; other text matches names as the CLI does."""
    return select_records(session, dataclasses.replace(f, offset=0, limit=None), scope=scope, exact_ids=True)


def page(session: Session, f: RegisterFilter, *, scope: ScopeLike,
         references: ScopeLike | bool = True) -> tuple[list[Row], int]:
    """One page of the register and the number of records matching, within `scope` (`references`: the
    collections whose reference tables say known or new, see `filters.select_records`)."""
    return register_page(session, dataclasses.replace(f, limit=f.limit or PAGE_SIZE), scope=scope, exact_ids=True,
                         detail=False, references=references)


def all_rows(session: Session, f: RegisterFilter, *, scope: ScopeLike, references: ScopeLike | bool = True) -> list[Row]:
    """Every record matching within `scope` (for downloads: what is shown, on every page)."""
    q = select_records(session, dataclasses.replace(f, offset=0, limit=None), scope=scope, exact_ids=True,
                       references=references)
    return record_rows(session, list(session.scalars(q)), scope=scope, detail=False)


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


def choices(qy: RegisterFilter, exc: AmbiguousName) -> dict[str, Any]:
    """The actors an ambiguous filter could mean, each with the register's link that chooses it."""
    side = next((f for f in ACTOR_SIDES if getattr(qy, f) is not None and getattr(qy, f).strip() == exc.text), "supplier")
    return {"field": side, "text": exc.text, "message": str(exc),
            "candidates": [c.as_dict() | {"link": link(qy, **{side: c.id})} for c in exc.candidates]}


def from_params(supplier: Text = None, recipient: Text = None, item: Text = None, category: Text = None,
                stage: Annotated[str | None, Q(description=", ".join(STAGES))] = None,
                intercepted_by: Annotated[str | None, Q(description="who seized the shipment (stage intercepted)")] = None,
                factuality: Annotated[str | None, Q(description=", ".join(FACTUALITIES) + " or contested")] = None,
                since: Annotated[str | None, Q(description="YYYY-MM-DD")] = None,
                until: Annotated[str | None, Q(description="YYYY-MM-DD")] = None,
                min_sources: Annotated[str | None, Q(description="at least this many independent sources")] = None,
                min_confidence: Annotated[str | None, Q(description="records whose confidence is at least this (0 to 1)")] = None,
                collection: Text = None, contradictions: Annotated[str | None, Q(description="1: contradicted only")] = None,
                q: Annotated[str | None, Q(description="full-text search in the records' documents")] = None,
                reference: Annotated[str | None, Q(description="known: records an imported reference table holds; "
                                                   "new: records none holds")] = None,
                review: Annotated[str | None, Q(description="reviewed, unreviewed, corrected or rejected")] = None,
                sort: Annotated[str | None, Q(description="one of " + ", ".join(SORT_KEYS) + "; '-' for descending")] = None,
                offset: Annotated[str | None, Q(description="records to skip")] = None,
                limit: Annotated[str | None, Q(description=f"records per page (default {PAGE_SIZE})")] = None) -> RegisterFilter:
    if sort and sort.lstrip("-") not in SORT_KEYS:
        raise HTTPException(422, f"sort: {sort!r} is not one of {', '.join(SORT_KEYS)} (with '-' for descending)")
    return RegisterFilter(supplier=supplier or None, recipient=recipient or None, item=item or None, category=category or None,
                          stage=_choice(stage, STAGES, "stage"), intercepted_by=intercepted_by or None, factuality=_choice(factuality, (*FACTUALITIES, "contested"), "factuality"),
                          since=_date(since, "since"), until=_date(until, "until"),
                          min_sources=_int(min_sources, "min_sources", None, 0, 1000),
                          min_confidence=_share(min_confidence, "min_confidence"), collection=collection or None,
                          contradictions=contradictions not in (None, "", "0", "false"), text=(q or "").strip() or None,
                          known=REFERENCE[_choice(reference, tuple(REFERENCE), "reference") or ""] if reference else None,
                          review=_choice(review, REVIEW_FILTERS, "review"),
                          sort=sort or None, offset=_int(offset, "offset", 0, 0, 10**9) or 0,
                          limit=_int(limit, "limit", PAGE_SIZE, 1, MAX_PAGE_SIZE) or PAGE_SIZE)


RegisterQuery = Annotated[RegisterFilter, Depends(from_params)]


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
