"""Sign in and out (/login, /logout) and who am I (/api/me); see `materiel.web.auth` for the rules."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, RedirectResponse, Response

from materiel.record.errors import AccessDenied
from materiel.security import accounts
from materiel.security.access import Access
from materiel.web import auth
from materiel.web.render import ERRORS, page
from materiel.web.security import access_of, audit

router = APIRouter()


def _login_page(request: Request, error: str | None = None, status: int = 200, name: str = "",
                headers: dict[str, str] | None = None, target: str | None = None) -> Response:
    target = target if target is not None else request.query_params.get("next")
    response = page(request, "login.html", {"error": error, "name": name, "next": auth.safe_next(target),
                                            "single_user": not request.app.state.auth.require_login},
                    status_code=status)
    response.headers.update(headers or {})
    return response


@router.get("/login", include_in_schema=False)
def login_page(request: Request) -> Response:
    return _login_page(request)


def _sign_in(request: Request, name: str, password: str) -> str | None:
    with request.app.state.store.write() as session:
        user = accounts.authenticate(session, name, password)
        return accounts.start_session(session, user, request.app.state.auth.session_hours,
                                      auth.client_address(request)) if user else None


@router.post("/login", include_in_schema=False)
async def login(request: Request) -> Response:
    form = await request.form(max_files=0, max_fields=10, max_part_size=4096)
    name, password = str(form.get("name") or "").strip(), str(form.get("password") or "")
    target = str(form.get("next") or "")
    auth.check_csrf(request, str(form.get("csrf_token") or ""))
    limiter: auth.LoginLimiter = request.app.state.limiter
    address_key, account_key = f"address:{auth.client_address(request)}", f"account:{name.lower()}"
    try:
        stamp = limiter.reserve(address_key, account_key)
    except AccessDenied as exc:
        audit(request, "login-limited", target=name[:100])
        wait = limiter.retry_after(address_key, account_key)
        return _login_page(request, str(exc), 429, name, {"Retry-After": str(wait)}, target)
    try:
        async with request.app.state.verifications.slot():
            secret = await run_in_threadpool(_sign_in, request, name, password)
    except AccessDenied as exc:  # too many sign-ins waiting: this attempt is not counted
        limiter.give_back(stamp, address_key, account_key)
        return _login_page(request, str(exc), exc.status, name, {"Retry-After": "5"}, target)
    if secret is None:
        audit(request, "login-failed", target=name[:100])
        return _login_page(request, "wrong account name or password", 401, name, target=target)
    limiter.succeed(stamp, address_key, account_key)
    request.state.access = Access(user=name, address=auth.client_address(request), via="session")
    audit(request, "login", target=name)
    response = RedirectResponse(auth.safe_next(target), status_code=303)
    auth.set_session_cookie(request, response, secret)
    return response


@router.post("/logout", include_in_schema=False)
async def logout(request: Request) -> Response:
    form = await request.form(max_files=0, max_fields=5, max_part_size=1024)
    auth.check_csrf(request, str(form.get("csrf_token") or ""))
    secret = request.cookies.get(auth.SESSION_COOKIE)
    if secret:
        with request.app.state.store.write() as session:
            accounts.end_session(session, secret)
        audit(request, "logout")
    response = RedirectResponse("/login", status_code=303)
    auth.clear_session_cookie(request, response)
    return response


@router.get("/api/me", summary="Who the request is signed in as, and what it may read and write",
            responses=ERRORS)
def me(request: Request) -> JSONResponse:
    """`user` (null in single-user mode), `admin`, and `collections`: collection → "read" or "write"
    (null: every collection, in single-user mode)."""
    access = access_of(request)
    collections: dict[str, Any] | None = None
    if access.readable is not None:
        writable = access.writable or frozenset()
        collections = {c: "write" if c in writable else "read" for c in sorted(access.readable)}
    return JSONResponse({"user": access.user, "admin": access.admin, "via": access.via, "collections": collections,
                         "mode": "accounts" if request.app.state.auth.require_login else "single-user"})
