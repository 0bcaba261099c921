"""Accounts on the workbench, over real HTTP requests: sign-in, sessions, API tokens, CSRF, the sign-in
rate limit, security headers, and `serve` refusing to expose a store without accounts."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from materiel.cli import app as cli
from materiel.security import accounts, audit
from materiel.store import open_store
from materiel.store.schema import TokenRow
from materiel.web.app import create_app

PW = "a long enough password"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("auth") / "store.db")
    with open_store(path) as store, store.write() as s:
        accounts.add_user(s, "ana", PW)
        accounts.grant(s, "ana", "press", "write")
        accounts.add_user(s, "boss", PW, admin=True)
    return path


@pytest.fixture()
def client(db: str) -> Iterator[TestClient]:
    with TestClient(create_app(db, require_login=True), follow_redirects=False) as c:
        yield c


def csrf(page: str) -> str:
    return page.split('name="csrf_token" value="')[1].split('"')[0]


def sign_in(c: TestClient, name: str = "ana", password: str = PW, target: str = "/register") -> object:
    token = csrf(c.get("/login").text)
    return c.post("/login", data={"name": name, "password": password, "next": target, "csrf_token": token})


def all_routes(routes: list) -> list:
    """Every route, also those of included routers (FastAPI wraps them)."""
    out = []
    for route in routes:
        inner = getattr(route, "original_router", None)
        out.extend(all_routes(inner.routes) if inner is not None else [route])
    return out


def get_routes(c: TestClient) -> list[str]:
    out = []
    for route in all_routes(c.app.routes):  # type: ignore[attr-defined]
        path = getattr(route, "path", "")
        if "GET" in (getattr(route, "methods", None) or set()) and not path.startswith(("/static", "/login", "/favicon")):
            out.append(path.replace("{", "").replace("}", "").replace(":path", ""))
    return out


def test_every_route_refuses_an_anonymous_request(client: TestClient) -> None:
    routes = get_routes(client)
    assert "/register" in routes and "/api/register" in routes and "/api/me" in routes
    for path in routes:
        r = client.get(path)
        if path.startswith("/api") or path.endswith((".json", ".atom")) or path == "/openapi.json":  # .atom: feed readers
            assert r.status_code == 401, path
            assert r.json()["error"]["status"] == 401 and "WWW-Authenticate" in r.headers
        else:
            assert r.status_code == 303 and r.headers["location"].startswith("/login?next="), path
    assert client.post("/api/add", files={"text": (None, "Spain sold ten tanks to Chile.")}).status_code == 401


def test_sign_in_sets_a_safe_cookie_and_sign_out_ends_it(client: TestClient) -> None:
    r = sign_in(client)
    assert r.status_code == 303 and r.headers["location"] == "/register"
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "path=/" in cookie and "max-age=" in cookie
    me = client.get("/api/me").json()
    assert me == {"user": "ana", "admin": False, "via": "session", "collections": {"press": "write"},
                  "mode": "accounts"}
    page = client.get("/register")
    assert page.status_code == 200 and "Sign out" in page.text
    assert client.post("/logout").status_code == 403  # no CSRF token
    token = csrf(page.text)
    assert client.post("/logout", data={"csrf_token": token}).status_code == 303
    assert client.get("/api/me").status_code == 401


def test_secure_cookie_when_asked(db: str) -> None:
    with TestClient(create_app(db, require_login=True, secure_cookies=True), follow_redirects=False) as c:
        assert "secure" in sign_in(c).headers["set-cookie"].lower()


def test_wrong_password_then_rate_limit(db: str) -> None:
    with TestClient(create_app(db, require_login=True), follow_redirects=False) as c:
        for _ in range(5):
            r = sign_in(c, password="not the password")
            assert r.status_code == 401 and "wrong account name or password" in r.text
        r = sign_in(c)  # even the right password waits now
        assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
        assert "too many failed sign-ins" in r.text


def test_a_rate_limited_sign_in_is_audited(db: str) -> None:
    """Issue 17, item 4: the 429 left no entry; each refused attempt is now "login-limited"."""
    with TestClient(create_app(db, require_login=True), follow_redirects=False) as c:
        codes = [sign_in(c, "nobody-here", "wrong").status_code for _ in range(7)]
    assert codes == [401] * 5 + [429] * 2
    with open_store(db) as store, store.read() as s:
        actions = [e.action for e in audit.entries(s, target="nobody-here")]
    assert actions.count("login-failed") == 5 and actions.count("login-limited") == 2


def test_unknown_account_and_wrong_password_look_the_same(client: TestClient) -> None:
    a, b = sign_in(client, "ghost", PW), sign_in(client, "ana", "not the password")
    assert a.status_code == b.status_code == 401
    assert "wrong account name or password" in a.text and "wrong account name or password" in b.text


def test_next_never_leaves_the_site(client: TestClient) -> None:
    for target in ("//evil.example/x", "https://evil.example/", "/\\evil.example"):
        assert sign_in(client, target=target).headers["location"] == "/register"
    assert sign_in(client, target="/actors?q=x").headers["location"] == "/actors?q=x"


def test_api_tokens_work_until_revoked_or_expired(db: str, client: TestClient) -> None:
    with open_store(db) as store, store.write() as s:
        live = accounts.create_token(s, "ana", "test")
        old = accounts.create_token(s, "ana", "old")
        s.get(TokenRow, old.id).expires_at = accounts.now() - timedelta(minutes=1)
    r = client.get("/api/me", headers={"Authorization": f"Bearer {live.secret}"})
    assert r.status_code == 200 and r.json()["via"] == "token"
    assert client.get("/api/me", headers={"Authorization": f"Bearer {old.secret}"}).status_code == 401
    assert client.get("/api/me", headers={"Authorization": "Bearer mtl_made_up"}).status_code == 401
    with open_store(db) as store, store.write() as s:
        accounts.revoke_token(s, live.id)
    assert client.get("/api/me", headers={"Authorization": f"Bearer {live.secret}"}).status_code == 401


def test_csrf_on_the_add_form(client: TestClient) -> None:
    sign_in(client)
    form = {"collection": (None, "press"), "text": (None, "Spain sold ten tanks to Chile last year.")}
    assert client.post("/api/add", files=form).status_code == 403  # a session cookie and no token
    page = client.get("/add")
    token = csrf(page.text)
    foreign = client.post("/api/add", files=form, headers={"X-CSRF-Token": token, "Origin": "https://evil.example"})
    assert foreign.status_code == 403 and "CSRF" in foreign.json()["error"]["message"]
    assert client.post("/api/add", files=form | {"csrf_token": (None, "wrong")}).status_code == 403


def test_single_user_mode_refuses_cross_site_posts(tmp_path: Path) -> None:
    with TestClient(create_app(str(tmp_path / "s.db")), follow_redirects=False) as c:
        r = c.post("/api/add", files={"text": (None, "Spain sold tanks to Chile.")},
                   headers={"Origin": "https://evil.example"})
        assert r.status_code == 403
        assert c.get("/api/me").json()["mode"] == "single-user"


def test_security_headers(client: TestClient) -> None:
    r = client.get("/login")
    for name in ("content-security-policy", "x-frame-options", "x-content-type-options", "referrer-policy",
                 "cross-origin-opener-policy", "permissions-policy"):
        assert name in r.headers, name
    assert r.headers["cache-control"] == "no-store"
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]


def test_serve_refuses_a_store_without_accounts(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "empty.db")
    for args in (["--host", "0.0.0.0"], ["--require-login"]):
        result = runner.invoke(cli, ["serve", "--db", db, "--port", "8765", *args])
        assert result.exit_code == 2
        assert "refusing to serve" in result.output and "materiel users add" in result.output
