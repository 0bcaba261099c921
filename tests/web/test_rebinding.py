"""DNS rebinding (issue 17, item 2): the workbench `materiel serve` starts answers only the hosts it is
bound to (addresses, localhost, `--host`, `--allowed-host`); a page on a rebound name gets 400 for its
reads and its POSTs, also in headless Chromium whose resolver maps attacker.example to 127.0.0.1."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import uvicorn
from _live import chromium, serving
from fastapi import FastAPI
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from materiel.cli import app as cli
from materiel.web import hosts

EVIL = "attacker.example"


def served_app(db: str, monkeypatch: pytest.MonkeyPatch, *args: str) -> FastAPI:
    """The app `materiel serve` would run (uvicorn.run is caught)."""
    caught: list[FastAPI] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **_: caught.append(app))
    result = CliRunner().invoke(cli, ["serve", "--db", db, *args])
    assert result.exit_code == 0, result.output
    return caught[0]


@pytest.mark.parametrize(("header", "answered"), [
    ("127.0.0.1:8000", True), ("localhost:8000", True), ("LOCALHOST.", True), ("[::1]:8000", True),
    ("10.1.2.3", True), ("app.localhost:1", True), (None, True), (f"{EVIL}:8000", False), (EVIL, False),
    ("localhost.attacker.example", False), ("127.0.0.1.attacker.example:80", False), ("materiel.example.org", False),
])
def test_host_rules(header: str | None, answered: bool) -> None:
    assert hosts.is_allowed(header, hosts.allowed_hosts(["127.0.0.1"])) is answered


def test_allowed_host_names_and_suffixes() -> None:
    names = hosts.allowed_hosts(["0.0.0.0", "Materiel.Example.org", ".team.example"])
    assert hosts.is_allowed("materiel.example.org:443", names) and hosts.is_allowed("a.team.example", names)
    assert hosts.is_allowed("team.example", names) and not hosts.is_allowed("evilteam.example", names)
    assert hosts.is_allowed(EVIL, hosts.allowed_hosts(["*"]))


def test_serve_refuses_a_rebound_host(sqlite_store: str, monkeypatch: pytest.MonkeyPatch) -> None:
    app = served_app(sqlite_store, monkeypatch)
    with TestClient(app, base_url=f"http://{EVIL}:8000") as evil:
        r = evil.get("/register.json")
        assert r.status_code == 400 and "DNS rebinding" in r.json()["error"]["message"]
        assert "Content-Security-Policy" in r.headers
        post = evil.post("/api/add", data={"text": "Chile bought six boats from Norway."},
                         headers={"Origin": f"http://{EVIL}:8000"})
        assert post.status_code == 400, post.text
        assert evil.get("/register").status_code == 400
    for base in ("http://127.0.0.1:8000", "http://localhost:8000", "http://[::1]:8000"):
        with TestClient(app, base_url=base) as c:
            assert c.get("/register.json").status_code == 200


def test_serve_answers_an_allowed_host(sqlite_store: str, monkeypatch: pytest.MonkeyPatch) -> None:
    app = served_app(sqlite_store, monkeypatch, "--allowed-host", "materiel.example.org")
    with TestClient(app, base_url="https://materiel.example.org") as c:
        assert c.get("/register.json").status_code == 200
    with TestClient(app, base_url=f"http://{EVIL}:8000") as c:
        assert c.get("/register.json").status_code == 400


@pytest.fixture()
def browser() -> Iterator[Any]:
    from test_browser import sync_api  # deferred: skips with the same message when there is no browser

    with chromium(sync_api, f"--host-resolver-rules=MAP {EVIL} 127.0.0.1") as b:
        yield b


FETCH = """async () => {
  const read = await fetch('/register.json');
  const add = await fetch('/api/add', {method: 'POST', body: new URLSearchParams({text: 'Chile bought boats.'})});
  return [read.status, add.status];
}"""


def test_a_rebinding_page_in_chromium_reads_and_adds_nothing(sqlite_store: str, monkeypatch: pytest.MonkeyPatch,
                                                             browser: Any) -> None:
    """Chromium's own Private Network Access already stops a page loaded from a public address from
    fetching a loopback one; it does not stop a document of the rebound name loaded after the switch
    (a frame, a pop-up) from fetching its own origin, and other browsers stop neither. That document's
    scripts get 400 for every read and POST."""
    app = served_app(sqlite_store, monkeypatch)
    app.state.jobs.extract = lambda item: pytest.fail("nothing may be extracted")
    with serving(app) as (host, port):
        page = browser.new_page()
        page.set_default_timeout(15000)
        assert page.goto(f"http://{EVIL}:{port}/register").status == 400
        assert page.evaluate(FETCH) == [400, 400]
        assert page.goto(f"http://{host}:{port}/register").status == 200  # the real address still works
        assert page.evaluate("async () => (await fetch('/register.json')).status") == 200
