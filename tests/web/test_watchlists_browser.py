"""Save the register's filter as a watchlist in a real browser (Debian's headless Chromium driven by Playwright,
against uvicorn on loopback): the form carries the filter and its CSRF token, the watchlist's page follows,
and the Watchlists page lists it. Skipped with a message when Chromium or Playwright is missing."""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _live import CHROMIUM, chromium, serving

from _two_collections import build
from materiel.web.app import create_app

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed (pip install '.[test]')")
if not os.access(CHROMIUM, os.X_OK):
    pytest.skip(f"{CHROMIUM} not found: install Debian's chromium package (make test does, as root)", allow_module_level=True)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("watch-browser")
    url = build(str(folder / "store.db"), folder / "corpus")
    with serving(create_app(url)) as (host, port):
        yield f"http://{host}:{port}"


def test_save_the_register_filter_as_a_watchlist(server: str, tmp_path: Path) -> None:
    with chromium(sync_api) as browser:
        page: Any = browser.new_page()
        page.set_default_timeout(15000)
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(f"{server}/register?recipient=GHA&stage=delivered")
        page.fill("form.save-watchlist input[name=name]", "Boats for Ghana")
        page.click("form.save-watchlist button[type=submit]")
        page.wait_for_url(f"{server}/watchlists/1")
        assert page.inner_text("h1") == "Watchlist: Boats for Ghana"
        chips = page.inner_text(".page-head")
        assert "recipient: GHA" in chips and "stage: delivered" in chips and "2 records matching now" in chips
        page.click("header nav >> text=Watchlists")
        row = page.locator("tr[data-watchlist='1']")
        assert row.locator("td[data-label='Matching now']").inner_text() == "2"
        assert not errors, errors
