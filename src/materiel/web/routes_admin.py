"""Account administration over the API, for administrators only: list accounts with their grants, grant
and revoke. Each change commits together with its audit entry. An administrator sees accounts and
grants (names, never content): reading a collection still needs a grant, which they may give
themselves, logged like any other (`to_admin` in its detail). In single-user mode there are no
administrators: manage accounts with `materiel users` and `materiel grant`."""
from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from materiel.record.errors import AccessDenied
from materiel.security import accounts, audit
from materiel.web.auth import check_csrf
from materiel.web.render import ERRORS
from materiel.web.security import access_of

router = APIRouter()


class GrantBody(BaseModel):
    user: str = Field(description="Account name")
    collection: str = Field(description="Collection")
    level: Literal["read", "write", "none"] = Field(description='"read", "write" (read and add), or "none" to revoke')


def _admin(request: Request) -> str:
    access = access_of(request)
    if not access.admin:
        raise AccessDenied("only an administrator may manage accounts and grants")
    return access.who


@router.get("/api/admin/users", summary="Accounts and their grants (administrators only)", responses=ERRORS)
def users(request: Request) -> list[dict[str, Any]]:
    """Every account: name, admin, created, grants ("collection:level")."""
    _admin(request)
    with request.app.state.store.read() as session:
        return accounts.list_users(session)


@router.post("/api/admin/grants", summary="Give or take an account's grant on a collection (administrators only)",
             responses=ERRORS)
def grant(request: Request, body: GrantBody) -> dict[str, Any]:
    """Sets `user`'s grant on `collection` to `level` ("none" revokes); written to the audit trail in the
    same transaction. Browsers send the page's CSRF token in `X-CSRF-Token`."""
    who = _admin(request)
    check_csrf(request)
    with request.app.state.store.write() as session:
        if body.level == "none":
            accounts.revoke(session, body.user, body.collection)
        else:
            accounts.grant(session, body.user, body.collection, body.level, by=who)
        to_admin = accounts.get_user(session, body.user).admin
        audit.append(session, actor=who, action="revoke" if body.level == "none" else "grant", target=body.user,
                     collection=body.collection, address=access_of(request).address,
                     detail={"level": body.level, "to_admin": to_admin})
    return {"user": body.user, "collection": body.collection, "level": body.level}
