"""Signing in and out in a real browser (Debian's Chromium via Playwright), against uvicorn with
accounts required: the sign-in form, the session cookie's flags, the Add form's CSRF token carried by
the page's script, and sign-out. Skipped with a message when Chromium or Playwright is missing."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_browser import ARGS, CHROMIUM, _free_port, sync_api  # noqa: F401  (skips with the same message)

from materiel.store import accounts, open_store

PW = "browser test password"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from materiel.web.app import create_app

    db = str(tmp_path_factory.mktemp("login") / "store.db")
    with open_store(db) as store, store.write() as s:
        accounts.add_user(s, "ana", PW)
        accounts.grant(s, "ana", "press", "write")
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db, require_login=True), host="127.0.0.1", port=port,
                                        log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(400):
        if srv.started:
            break
        thread.join(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


def test_sign_in_add_and_sign_out(browser: Any, server: str, tmp_path: Path) -> None:
    ctx = browser.new_context()
    page = ctx.new_page()
    page.set_default_timeout(15000)
    page.goto(server + "/register?stage=ordered")
    assert "/login" in page.url
    page.fill("input[name=name]", "ana")
    page.fill("input[name=password]", "not it at all")
    page.click("button[type=submit]")
    sync_api.expect(page.locator("p.error")).to_contain_text("wrong account name or password")
    page.fill("input[name=password]", PW)
    page.click("button[type=submit]")
    page.wait_for_url(server + "/register?stage=ordered")
    cookie = next(c for c in ctx.cookies() if c["name"] == "materiel_session")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"
    sync_api.expect(page.locator("form.account")).to_contain_text("ana")
    page.goto(server + "/add")
    page.fill("textarea[name=text]", "Chile has bought six patrol boats from Norway, the Chilean navy said.")
    page.select_option("select[name=collection]", "press")  # the collections the account may write
    page.click("#add-form button[type=submit]")
    sync_api.expect(page.locator("#progress-title")).to_have_text("Added", timeout=60000)
    page.click("form.account button")
    page.wait_for_url(server + "/login")
    page.goto(server + "/register")
    assert "/login" in page.url
    ctx.close()
