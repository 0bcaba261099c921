"""Simultaneous sign-ins against the rate limit (issue 17, item 1): 20 POSTs to /login at once for one
account from one address used to get 19 password checks (the limit is 5); now each attempt is counted
before its password is checked, and at most `MAX_VERIFYING` checks (64 MiB of argon2 each) run at once."""
from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from _live import serving

from materiel.record.errors import AccessDenied
from materiel.security import accounts
from materiel.store import open_store
from materiel.web import auth
from materiel.web.app import create_app

PW = "a long enough password"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("races") / "store.db")
    with open_store(path) as store, store.write() as s:
        accounts.add_user(s, "ana", PW)
    return path


def _at_once(base: str, n: int, password: str) -> list[int]:
    barrier = threading.Barrier(n)

    def post(_: int) -> int:
        with httpx.Client(base_url=base, timeout=60) as c:
            barrier.wait()
            return c.post("/login", data={"name": "ana", "password": password}).status_code

    with ThreadPoolExecutor(n) as pool:
        return list(pool.map(post, range(n)))


def test_twenty_simultaneous_wrong_passwords_get_five_checks(db: str) -> None:
    with serving(create_app(db, require_login=True)) as (host, port):
        codes = Counter(_at_once(f"http://{host}:{port}", 20, "not the password"))
    assert codes == {401: auth.MAX_FAILURES, 429: 20 - auth.MAX_FAILURES}, codes


def test_a_success_gives_its_attempt_back() -> None:
    limiter = auth.LoginLimiter(max_failures=2)
    for _ in range(5):
        stamp = limiter.reserve("address:a", "account:ana")
        limiter.succeed(stamp, "address:a", "account:ana")
    limiter.reserve("address:a", "account:bob")
    limiter.reserve("address:a", "account:bob")
    with pytest.raises(AccessDenied) as refused:
        limiter.reserve("address:a", "account:carl")
    assert refused.value.status == 429


def test_at_most_max_verifying_passwords_are_checked_at_once(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    real, lock, release = accounts.authenticate, threading.Lock(), threading.Event()
    state = {"now": 0, "peak": 0}

    def slow(*args: Any) -> Any:
        with lock:
            state["now"] += 1
            state["peak"] = max(state["peak"], state["now"])
        release.wait(30)
        with lock:
            state["now"] -= 1
        return real(*args)

    monkeypatch.setattr(accounts, "authenticate", slow)
    app = create_app(db, require_login=True)
    app.state.limiter = auth.LoginLimiter(max_failures=100)
    with serving(app) as (host, port), ThreadPoolExecutor(1) as pool:
        done = pool.submit(_at_once, f"http://{host}:{port}", 8, "not the password")
        for _ in range(600):  # until the first checks have started
            if state["now"] >= auth.MAX_VERIFYING:
                break
            time.sleep(0.05)
        time.sleep(0.5)  # room for any more checks to start (they must not)
        peak = state["peak"]
        release.set()
        codes = done.result(60)
    assert peak == auth.MAX_VERIFYING, peak
    assert codes == [401] * 8


def test_too_many_waiting_sign_ins_are_refused() -> None:
    async def run() -> int:
        checks = auth.Verifications(slots=1, queue=1)
        async with checks.slot():
            waiter = asyncio.ensure_future(checks.slot().__aenter__())
            await asyncio.sleep(0)  # the waiter queues
            try:
                async with checks.slot():
                    return 200
            except AccessDenied as exc:
                return exc.status
            finally:
                waiter.cancel()

    assert asyncio.run(run()) == 503


@pytest.mark.parametrize("proxy_headers", [True, False])
def test_behind_a_proxy_the_limit_counts_the_forwarded_address(db: str, proxy_headers: bool) -> None:
    """With --proxy-headers (X-Forwarded-For from a trusted proxy) each client address has its own count;
    without, every request is the proxy's address and shares one."""
    app = create_app(db, require_login=True)
    with serving(app, proxy_headers=proxy_headers, forwarded_allow_ips="127.0.0.1") as (host, port), \
            httpx.Client(base_url=f"http://{host}:{port}") as c:
        def attempt(client: str, n: int) -> int:
            return c.post("/login", data={"name": f"nobody{n}", "password": "x" * 10},
                          headers={"X-Forwarded-For": client}).status_code

        assert [attempt("203.0.113.1", n) for n in range(auth.MAX_FAILURES)] == [401] * auth.MAX_FAILURES
        assert attempt("203.0.113.1", 99) == 429
        assert attempt("203.0.113.2", 99) == (401 if proxy_headers else 429)
