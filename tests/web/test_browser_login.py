"""Signing in and out in a real browser (Debian's Chromium via Playwright), against uvicorn with
accounts required: the sign-in form, the session cookie's flags, the Add form's CSRF token carried by
the page's script, and sign-out. Skipped with a message when Chromium or Playwright is missing."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _live import chromium, serving
from test_browser import sync_api  # skips with the same message when there is no browser

from materiel.security import accounts
from materiel.store import open_store
from materiel.web.app import create_app

PW = "browser test password"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = str(tmp_path_factory.mktemp("login") / "store.db")
    with open_store(db) as store, store.write() as s:
        accounts.add_user(s, "ana", PW)
        accounts.grant(s, "ana", "press", "write")
    with serving(create_app(db, require_login=True)) as (host, port):
        yield f"http://{host}:{port}"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium(sync_api) as b:
        yield b


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
