"""/docs under the Content-Security-Policy (issue 17, item 12): Swagger UI's initialiser is a static file,
so the API page has the same CSP as every other page, and in headless Chromium it renders the API with
no CSP violation."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from _live import chromium, serving
from fastapi.testclient import TestClient

from materiel.web.app import CSP, create_app


def test_docs_has_the_csp_and_no_inline_script(client: TestClient) -> None:
    r = client.get("/docs")
    assert r.status_code == 200 and r.headers["content-security-policy"] == CSP
    assert "<script>" not in r.text and '<script src="/static/docs.js"></script>' in r.text
    assert client.get("/static/docs.js").status_code == 200


@pytest.fixture()
def browser() -> Iterator[Any]:
    from test_browser import sync_api  # deferred: skips with the same message when there is no browser

    with chromium(sync_api) as b:
        yield b


def test_docs_renders_in_chromium_without_a_csp_violation(sqlite_store: str, browser: Any) -> None:
    with serving(create_app(sqlite_store)) as (host, port):
        page = browser.new_page()
        page.set_default_timeout(20000)
        messages: list[str] = []
        page.on("console", lambda m: messages.append(m.text))
        response = page.goto(f"http://{host}:{port}/docs")
        assert "script-src 'self'" in response.headers["content-security-policy"]
        page.wait_for_selector(".swagger-ui .info .title")
        assert "materiel workbench" in page.inner_text(".swagger-ui .info .title")
        page.wait_for_selector(".opblock-summary-path")  # the operations are listed
        assert not [m for m in messages if "Content Security Policy" in m or "Refused to" in m], messages
