"""The workbench's view of who is asking: `access_of(request)` and `audit(request, ...)`.

Routes call `access_of(request)` to get the caller's `materiel.security.access.Access` (set on
`request.state.access` by the authentication middleware; the local single user when none ran) and pass
`access.scope(collection)` to every store query. Every grant, export, search and every response that
carries document text or evidence is recorded with `audit(request, action, target=..., collection=...)`:
one entry per request, a read or a search saying how many `records` and `documents` it showed (what
`materiel audit flags` counts).

Refusals are recorded too, as "denied" with the path asked and the status, naming no collection: every
403 (a collection without a grant), and a 404 for an object that exists outside the caller's grants
(`refused` marks the request; the response is word for word an unknown id's).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from fastapi import Request

from materiel.security.access import Access


def access_of(request: Request) -> Access:
    access = getattr(request.state, "access", None)
    if isinstance(access, Access):
        return access
    client = request.client.host if request.client else None
    return Access.local(address=client)


def audit(request: Request, action: str, target: str | None = None, collection: str | None = None,
          **detail: Any) -> None:
    """Append one entry to the audit trail for this request's caller (see `materiel.security.audit`)."""
    log = getattr(request.app.state, "audit", None)
    if log is not None:
        access = access_of(request)
        log(actor=access.who, action=action, target=target, collection=collection, address=access.address,
            detail=detail or None)


def reading(request: Request, target: str, collection: str | None = None, *, records: int, documents: int,
            action: str = "read", **detail: Any) -> None:
    """The one entry of a response showing document text or evidence: how many records and documents."""
    audit(request, action, target=target, collection=collection, records=records, documents=documents, **detail)


def refused(request: Request, collections: Iterable[str]) -> None:
    """The object this request asked for is held by `collections`: when the caller may read none of them,
    the 404 it gets is logged as denied (by the app's handler, once the store is closed)."""
    access = access_of(request)
    held = set(collections)
    if held and not any(access.can_read(c) for c in held):
        request.state.denied = True


def log_denied(request: Request, status: int) -> None:
    """The entry of a refused read: the path and the status, no collection."""
    if status == 403 or getattr(request.state, "denied", False):
        audit(request, "denied", target=request.url.path, status=status)
