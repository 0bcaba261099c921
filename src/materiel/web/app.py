"""The workbench's FastAPI application: `create_app(db_url)`.

Every HTML page has a JSON twin (the same URL with `.json`) and an API route under `/api` (documented
at /docs and /openapi.json). Errors under `/api` or on a `.json` (or `.atom`) URL are one envelope,
`{"error": {"status": 404, "message": "..."}}`; elsewhere they are an HTML page.

Need-to-know: every route reads `access_of(request)` (see `materiel.web.security`) and queries the store
within `access.scope(collection)`. Asking for a collection without a grant is `AccessDenied` (403, the same
envelope); an object outside the caller's scope is not found (404), exactly like an unknown one.
"""
from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from materiel.record.errors import AccessDenied, MaterielError
from materiel.security import audit
from materiel.security.access import Access
from materiel.sources.readers import DEFAULT_MAX_BYTES
from materiel.store import open_store
from materiel.store.errors import NotFound, StoreError
from materiel.web import (
    auth,
    hosts,
    render,
    routes_actor,
    routes_add,
    routes_admin,
    routes_auth,
    routes_document,
    routes_edit,
    routes_followed,
    routes_map,
    routes_record,
    routes_register,
    routes_review,
    routes_watchlists,
)
from materiel.web.jobs import Extract, Jobs
from materiel.web.security import log_denied

HERE = Path(__file__).resolve().parent
LOG = logging.getLogger("materiel.web")
# Defence in depth: pages run only the package's own scripts, load nothing from elsewhere, are never framed.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


def is_api(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/api" or path.endswith((".json", ".atom"))  # .atom: feed readers


def error_response(request: Request, status: int, message: str) -> Response:
    if is_api(request):
        return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)
    return render.page(request, "error.html", {"status": status, "message": message}, status_code=status)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body"))
        parts.append(f"{where}: {err.get('msg', 'invalid')}" if where else str(err.get("msg", "invalid")))
    return "invalid request: " + "; ".join(parts)


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) and exc.detail else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return error_response(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 422, _validation_message(exc))

    @app.exception_handler(AccessDenied)
    async def denied(request: Request, exc: AccessDenied) -> Response:
        await run_in_threadpool(log_denied, request, exc.status)
        response = error_response(request, exc.status, str(exc))
        if exc.status == 401:
            response.headers["WWW-Authenticate"] = 'Bearer realm="materiel"'
        return response

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        await run_in_threadpool(log_denied, request, 404)
        return error_response(request, 404, str(exc))

    @app.exception_handler(StoreError)
    async def bad_store_request(request: Request, exc: StoreError) -> Response:
        return error_response(request, 400, str(exc))

    @app.exception_handler(MaterielError)
    async def materiel_error(request: Request, exc: MaterielError) -> Response:
        return error_response(request, 400, str(exc))


def _security_headers(request: Request, response: Response) -> None:
    h = response.headers
    h.setdefault("X-Content-Type-Options", "nosniff")
    h.setdefault("Referrer-Policy", "same-origin")
    h.setdefault("X-Frame-Options", "DENY")
    h.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    h.setdefault("Cross-Origin-Resource-Policy", "same-origin")
    h.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")
    h.setdefault("Content-Security-Policy", CSP)
    if not request.url.path.startswith("/static/"):
        h.setdefault("Cache-Control", "no-store")  # pages may hold a collection's content: never cached
    if request.url.scheme == "https":
        h.setdefault("Strict-Transport-Security", "max-age=31536000")


async def _authenticate(app: FastAPI, request: Request,
                        given: Access | Callable[[Request], Access] | None) -> Response | None:
    """Set `request.state.access`; a response (sign in first) when the request may not go on."""
    config: auth.AuthConfig = app.state.auth
    address = auth.client_address(request)
    names: frozenset[str] | None = app.state.allowed_hosts
    host = request.headers.get("host")
    if names is not None and not hosts.is_allowed(host, names):
        return error_response(request, 400, hosts.refusal(host or ""))
    if given is not None:
        request.state.access = given if isinstance(given, Access) else given(request)
    elif config.require_login:
        access = await run_in_threadpool(auth.identify, request)
        if access is None and not auth.is_open(request.url.path):
            return auth.refuse(request, is_api(request))
        request.state.access = access or Access.anonymous(address)
    else:
        request.state.access = Access.local(address)
    return None


def _middleware(app: FastAPI, given: Access | Callable[[Request], Access] | None = None) -> None:
    @app.middleware("http")
    async def authenticate(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        try:
            response = await _authenticate(app, request, given) or await call_next(request)
        except Exception:  # anything unforeseen: logged, and answered like every other error (envelope, headers)
            LOG.exception("%s %s failed", request.method, request.url.path)
            response = error_response(request, 500, "internal error: the server could not answer this request "
                                                     "(the error is in the server's log)")
        _security_headers(request, response)
        return response


def _pages(app: FastAPI) -> None:
    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/register", status_code=307)

    @app.get("/api", include_in_schema=False)
    def api_index() -> dict[str, Any]:
        return {"docs": "/docs", "openapi": "/openapi.json", "routes": sorted(app.openapi()["paths"])}

    @app.get("/docs", include_in_schema=False)
    def docs(request: Request) -> HTMLResponse:  # Swagger UI, started by /static/docs.js (the CSP holds)
        return render.page(request, "docs.html", {})

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)


def create_app(db_url: str | None = None, *, extract: Extract | None = None,
               max_upload_bytes: int = DEFAULT_MAX_BYTES, require_login: bool = False,
               secure_cookies: bool = False, session_hours: float = 12.0,
               access: Access | Callable[[Request], Access] | None = None,
               allowed_hosts: Iterable[str] | None = None) -> FastAPI:
    """The workbench over the store at `db_url` (see `materiel.store.db.resolve_url`).

    `extract` replaces the spaCy extractor of the Add page (tests); `max_upload_bytes` caps each uploaded
    file and the pasted text. With `require_login`, every request needs a session or an API token and
    sees only the collections its account has grants on (see `materiel.web.auth`); without it, the
    workbench is single-user (everything, as the CLI). `access`, when given, decides who the caller of
    every request is, in place of authentication: an `Access` or a function of the request returning one
    (how the tests play several restricted users). `allowed_hosts`: the names the server answers for
    besides addresses and localhost (see `materiel.web.hosts`; `materiel serve` always gives them, at least
    its `--host`); None answers any Host."""
    store = open_store(db_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(lifespan=lifespan, docs_url=None, redoc_url=None, title="materiel workbench", version="0.1.0",
                  description="The sourced arms-transfer register: records, their evidence, documents and actors. "
                              "Every page of the workbench has a JSON twin (its URL with `.json`); this API "
                              "gives the same data. Errors: `{\"error\": {\"status\": N, \"message\": \"...\"}}`.")
    app.state.store = store
    app.state.jobs = Jobs(store, extract=extract, max_bytes=max_upload_bytes)
    app.state.max_upload_bytes = max_upload_bytes
    app.state.allowed_hosts = None if allowed_hosts is None else hosts.allowed_hosts(allowed_hosts)
    app.state.auth = auth.AuthConfig(require_login=require_login, secure_cookies=secure_cookies,
                                     session_hours=session_hours)
    app.state.limiter = auth.LoginLimiter()
    app.state.verifications = auth.Verifications()
    app.state.audit = audit.make_logger(store)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    _middleware(app, access)
    _handlers(app)
    for module in (routes_register, routes_map, routes_record, routes_document, routes_actor, routes_add, routes_auth,
                   routes_admin, routes_review, routes_watchlists, routes_followed, routes_edit):
        app.include_router(module.router)

    _pages(app)
    return app


__all__ = ["HTMLResponse", "create_app", "error_response", "is_api"]
