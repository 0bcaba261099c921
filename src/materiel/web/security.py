"""The workbench's view of who is asking: `access_of(request)` and `audit(request, ...)`.

Routes call `access_of(request)` to get the caller's `materiel.security.access.Access` (set on
`request.state.access` by the authentication middleware; the local single user when none ran) and pass
`access.scope(collection)` to every store query. Every read of a document, every search, every export
and every grant is recorded with `audit(request, action, target=..., collection=...)`.
"""
from __future__ import annotations

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
