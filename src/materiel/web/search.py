"""The register as the workbench asks for it: what is HTTP-specific only. The filter is the store's
(`materiel.store.filters.RegisterFilter`, the one `materiel register` builds too); here are its URL form
(the query string of /register: the filter's field names, `q` for `text`), the page size and the pages.
Every function takes the caller's scope (`Access.scope(f.collection)`): the records, counts and documents
of other collections do not exist here."""
from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import Session

from materiel.store.filters import RegisterFilter, select_records
from materiel.store.queries import record_rows, register_page
from materiel.store.rows import Row
from materiel.store.scope import ScopeLike

SORT_KEYS = ("supplier", "recipient", "item", "category", "stage", "sources", "mentions", "first_date", "last_date")
PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
PARAMS = {"text": "q"}  # the URL parameter of a filter field, where its name differs


def params(f: RegisterFilter) -> dict[str, str]:
    """The non-default parameters of `f`, as a query string would carry them."""
    out: dict[str, str] = {}
    for field in dataclasses.fields(f):
        value = getattr(f, field.name)
        if value in (None, "", False) or value == field.default or (field.name == "limit" and value == PAGE_SIZE):
            continue
        out[PARAMS.get(field.name, field.name)] = "1" if value is True else str(value)
    return out


def filtered(session: Session, f: RegisterFilter, *, scope: ScopeLike) -> Select[Any]:
    """SELECT records within `scope` matching every filter of `f`, sorted, without offset or limit. An actor
    id (what the facets link to) selects that actor only; other text matches names as the CLI does."""
    return select_records(session, dataclasses.replace(f, offset=0, limit=None), scope=scope, exact_ids=True)


def page(session: Session, f: RegisterFilter, *, scope: ScopeLike) -> tuple[list[Row], int]:
    """One page of the register and the number of records matching, within `scope`."""
    return register_page(session, dataclasses.replace(f, limit=f.limit or PAGE_SIZE), scope=scope, exact_ids=True,
                         detail=False)


def all_rows(session: Session, f: RegisterFilter, *, scope: ScopeLike) -> list[Row]:
    """Every record matching within `scope` (for downloads: what is shown, on every page)."""
    return record_rows(session, list(session.scalars(filtered(session, f, scope=scope))), scope=scope, detail=False)
