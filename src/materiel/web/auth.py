"""Who is asking: sessions, API tokens, sign-in and out, CSRF, and the sign-in rate limit.

- Two modes. *Single-user* (loopback without `--require-login`): every request is the local user, who
  reads and writes everything, as with the CLI. *Accounts* (`--require-login`, or any address other than
  loopback): every request except /login, /static and /favicon.ico needs a session cookie or an API token
  (`Authorization: Bearer mtl_...`, or `?token=mtl_...` for an Atom feed, which feed readers fetch); an HTML
  request without one is sent to /login, any other gets 401.
- Sessions: a random token in an HttpOnly, SameSite=Lax cookie (Secure over https or with
  `--secure-cookies`), stored as its sha256, expiring after `session_hours`; signing out deletes it.
- CSRF: every form that changes something carries `csrf_token`, an HMAC of the session (or of the
  single-user mode) under a per-process key; a POST from another site's page, or a browser's POST without
  the right token, is refused (`check_csrf`). Requests with an API token, and scripts that send neither a
  cookie nor an Origin, carry no ambient credential and need none.
- Sign-in rate limit: after `MAX_FAILURES` failed attempts within `WINDOW` seconds from one address or
  for one account name, further attempts get 429 with Retry-After until the window has passed. Each
  attempt is counted before its password is checked (simultaneous attempts cannot overrun the limit),
  and at most `MAX_VERIFYING` passwords are checked at once (`Verifications`).
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import secrets
import threading
import time
from collections import defaultdict, deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

from fastapi import Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from materiel.record.errors import AccessDenied
from materiel.security import accounts
from materiel.security.access import Access

SESSION_COOKIE = "materiel_session"
OPEN_PATHS = ("/login", "/static/", "/favicon.ico")
MAX_FAILURES = 5
WINDOW = 15 * 60.0
MAX_VERIFYING = 2  # password checks at once
MAX_WAITING = 64  # sign-ins waiting for a check


@dataclass
class AuthConfig:
    require_login: bool = False
    secure_cookies: bool = False
    session_hours: float = 12.0
    key: bytes = field(default_factory=lambda: secrets.token_bytes(32))  # CSRF tokens' HMAC key


class LoginLimiter:
    """Sign-in attempts per key (an address, an account name) in a sliding window; in memory, per process.

    `reserve` counts an attempt against every key before its password is checked, atomically, so that
    simultaneous attempts cannot all pass the check before any failure is recorded; a successful sign-in
    gives its attempt back (`succeed`)."""

    def __init__(self, max_failures: int = MAX_FAILURES, window: float = WINDOW) -> None:
        self.max_failures, self.window = max_failures, window
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        q = self._failures[key]
        while q and q[0] <= now - self.window:
            q.popleft()
        return q

    def reserve(self, *keys: str) -> float:
        """Count one attempt against every key (its stamp is returned); 429 when any key is at the limit."""
        with self._lock:
            now = time.monotonic()
            for key in keys:
                q = self._recent(key, now)
                if len(q) >= self.max_failures:
                    wait = int(q[0] + self.window - now) + 1
                    raise AccessDenied(f"too many failed sign-ins: try again in {wait} s", status=429)
            for key in keys:
                self._failures[key].append(now)
            return now

    def give_back(self, stamp: float, *keys: str) -> None:
        """Uncount the attempt reserved at `stamp` (it succeeded, or was never checked)."""
        with self._lock:
            for key in keys:
                q = self._failures.get(key)
                if q is not None and stamp in q:
                    q.remove(stamp)

    def succeed(self, stamp: float, address_key: str, account_key: str) -> None:
        """A successful sign-in: its attempt is given back, and the account's failures are forgotten."""
        self.give_back(stamp, address_key)
        with self._lock:
            self._failures.pop(account_key, None)

    def retry_after(self, *keys: str) -> int:
        with self._lock:
            now = time.monotonic()
            waits = [int(q[0] + self.window - now) + 1 for k in keys
                     if len(q := self._recent(k, now)) >= self.max_failures]
        return max(waits, default=0)


class Verifications:
    """At most `slots` password checks at once (argon2id takes 64 MiB and a core's time each), and at most
    `queue` waiting for one; beyond that a sign-in is refused with 503 (try again shortly)."""

    def __init__(self, slots: int = MAX_VERIFYING, queue: int = MAX_WAITING) -> None:
        self.slots, self.queue = slots, queue
        self._free = asyncio.Semaphore(slots)
        self.waiting = 0

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        if self.waiting >= self.queue:
            raise AccessDenied("the server is busy checking sign-ins: try again in a few seconds", status=503)
        self.waiting += 1
        try:
            await self._free.acquire()
        finally:
            self.waiting -= 1
        try:
            yield
        finally:
            self._free.release()


def client_address(request: Request) -> str | None:
    return request.client.host if request.client else None


def csrf_token(request: Request) -> str:
    """The token this request's forms must send back."""
    config: AuthConfig = request.app.state.auth
    basis = request.cookies.get(SESSION_COOKIE) or "single-user"
    return hmac.new(config.key, basis.encode("utf-8"), hashlib.sha256).hexdigest()[:40]


def _foreign(request: Request) -> bool:
    """The request says it comes from a page of another site (Origin, else Referer)."""
    source = request.headers.get("origin") or request.headers.get("referer")
    if not source:
        return False
    return source == "null" or urlsplit(source).netloc != request.headers.get("host", request.url.netloc)


def check_csrf(request: Request, sent: str | None = None) -> None:
    """Refuse a state-changing request a browser could have been tricked into sending.

    Refused: any request from a page of another site (Origin/Referer), and a browser's request (it has a
    session cookie, or an Origin) without this session's CSRF token. Exempt: API tokens, and clients that
    send neither a cookie nor an Origin (scripts: no ambient credential a forged request could borrow)."""
    access = getattr(request.state, "access", None)
    if isinstance(access, Access) and access.via == "token":
        return
    message = "this form has expired or came from another site (CSRF check): reload the page and try again"
    if _foreign(request):
        raise AccessDenied(message)
    if not request.cookies.get(SESSION_COOKIE) and not request.headers.get("origin"):
        return
    given = request.headers.get("x-csrf-token") or sent or ""
    if not hmac.compare_digest(str(given), csrf_token(request)):
        raise AccessDenied(message)


def safe_next(target: str | None) -> str:
    """Where to go after signing in: a path of this site only."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/register"
    return target


def _bearer(request: Request) -> str | None:
    value = request.headers.get("authorization", "")
    scheme, _, token = value.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def _feed_token(request: Request) -> str | None:
    """An API token given as `?token=` to a feed (`*.atom`): feed readers often cannot send a header."""
    return request.query_params.get("token") or None if request.url.path.endswith(".atom") else None


def identify(request: Request) -> Access | None:
    """The caller's Access from an API token or a session cookie; None when neither is valid."""
    store = request.app.state.store
    address = client_address(request)
    token = _bearer(request) or _feed_token(request)
    if token:
        with store.write() as session:  # records the token's last use
            user = accounts.token_user(session, token)
            return accounts.access_for(session, user, address, via="token") if user else None
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        with store.read() as session:
            user = accounts.session_user(session, cookie)
            return accounts.access_for(session, user, address, via="session") if user else None
    return None


def is_open(path: str) -> bool:
    return path == "/login" or any(path.startswith(p) for p in OPEN_PATHS[1:])


def refuse(request: Request, api: bool) -> Response:
    if api:
        return JSONResponse({"error": {"status": 401, "message": "sign in first: send a session cookie or "
                                       "'Authorization: Bearer <token>' (see `materiel tokens create`)"}},
                            status_code=401, headers={"WWW-Authenticate": 'Bearer realm="materiel"'})
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse("/login?next=" + quote(target, safe=""), status_code=303)


def set_session_cookie(request: Request, response: Response, secret: str) -> None:
    config: AuthConfig = request.app.state.auth
    response.set_cookie(SESSION_COOKIE, secret, max_age=int(config.session_hours * 3600), path="/", httponly=True,
                        samesite="lax", secure=config.secure_cookies or request.url.scheme == "https")


def clear_session_cookie(request: Request, response: Response) -> None:
    config: AuthConfig = request.app.state.auth
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="lax",
                           secure=config.secure_cookies or request.url.scheme == "https")
