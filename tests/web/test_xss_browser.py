"""Stored XSS in a real browser: the hostile store (`hostile_store`) served by uvicorn, its pages opened in
headless Chromium. No dialog opens and no injected script runs, with the Content-Security-Policy as served
and with the browser told to ignore it (so the escaping alone is what is tested). Skipped with a message
when Chromium or Playwright is missing, like tests/web/test_browser.py."""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import hostile_store as hs
import pytest
from _live import CHROMIUM, chromium, serving

from materiel.web.app import create_app

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed (pip install '.[test]')")
if not os.access(CHROMIUM, os.X_OK):
    pytest.skip(f"{CHROMIUM} not found: install Debian's chromium package (make test does, as root)", allow_module_level=True)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = hs.build(str(tmp_path_factory.mktemp("xss-browser") / "xss.db"))
    with serving(create_app(url)) as (host, port):
        yield f"http://{host}:{port}"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium(sync_api) as b:
        yield b


def _pages(server: str) -> list[str]:
    import httpx

    docs = httpx.get(f"{server}/documents.json", timeout=10).json()["documents"]
    records = httpx.get(f"{server}/register.json", timeout=10).json()["rows"]
    assert docs and records
    return ([f"/document/{d['id']}" for d in docs] + [f"/record/{r['record']}" for r in records]
            + ["/actor/xss-supplier", "/actor/xss%22%3Cb%3Erecipient", "/register", "/documents", "/actors",
               "/register?q=alert", "/documents?q=script", "/nothing%3Cscript%3Ealert(1)%3C/script%3E"])


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "without-csp"])
def test_no_injected_script_runs(browser: Any, server: str, bypass_csp: bool, tmp_path: Path) -> None:
    ctx = browser.new_context(bypass_csp=bypass_csp)
    page = ctx.new_page()
    page.set_default_timeout(15000)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(f"{page.url}: {d.message}"), d.dismiss()))
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    for path in _pages(server):
        page.goto(server + path)
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.pwned") == "undefined", path
        for link in page.locator("a[href]").all():
            href = (link.get_attribute("href") or "").strip().lower()
            assert not href.startswith(("javascript:", "data:", "vbscript:")), (path, href)
        if path.startswith("/document/"):
            assert hs.SCRIPT in page.inner_text("body")  # the markup is there, as text
    ctx.close()
    assert not dialogs, dialogs
    strays = [u for u in requests if not u.startswith(server)]
    assert not strays, strays  # nothing loaded from elsewhere (an injected <img src=x> would ask the server)
    assert not [u for u in requests if u.rstrip("/").endswith("/x")], requests
