"""The review queue in a real browser (Debian's headless Chromium, Playwright): a contradicted record is
reviewed away with the keyboard alone (j to the denial, r to reject it with the reason chosen on the page,
a to accept the claim), and the register changes: the record is no longer contradicted, and it carries its
reviewed badge. And two records are merged with the record page's form, and the register has one row fewer.
Skipped with a message when Chromium or Playwright is missing."""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _live import CHROMIUM, chromium, serving

from materiel.store import add, open_store
from materiel.web.app import create_app

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed (pip install '.[test]')")
if not os.access(CHROMIUM, os.X_OK):
    pytest.skip(f"{CHROMIUM} not found: install Debian's chromium package (make test does, as root)", allow_module_level=True)

DOCS = [
    {"title": "Spain sends howitzers", "source": "El País", "published": "2024-03-05",
     "text": "Spain has delivered six howitzers to Ukraine, the Spanish defence ministry said on Tuesday."},
    {"title": "Madrid denies", "source": "Agencia Iberica", "published": "2024-03-12",
     "text": "Spain denied sending howitzers to Ukraine, a government spokesperson said on Thursday."},
    {"title": "Tanks for Poland", "source": "Wire", "published": "2024-03-12",
     "text": "Germany has offered ten Leopard 2 tanks to Poland, the German government said on Friday."},
]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    corpus = tmp_path / "docs.jsonl"
    corpus.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    url = str(tmp_path / "store.db")
    with open_store(url) as store:
        assert add(store, [str(corpus)]).added == 3
    with serving(create_app(url)) as (host, port):
        yield f"http://{host}:{port}"


@pytest.fixture
def page() -> Iterator[Any]:
    with chromium(sync_api) as browser:
        ctx = browser.new_context(viewport={"width": 1280, "height": 900})
        pg = ctx.new_page()
        pg.set_default_timeout(15000)
        errors: list[str] = []
        pg.on("pageerror", lambda exc: errors.append(str(exc)))
        pg.on("console", lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None)
        yield pg
        ctx.close()
        assert not errors, f"JavaScript errors: {errors}"


def test_a_contradicted_record_is_reviewed_away_with_the_keyboard(server: str, page: Any) -> None:
    page.goto(server + "/register?contradictions=1")
    assert page.locator("table.register tbody tr").count() == 1
    page.goto(server + "/review")
    first = page.locator("section.queue-record").first
    assert "contradicted" in first.inner_text()
    record = first.get_attribute("data-record")
    page.select_option("#reason", "wrong factuality")
    page.locator(".mention-row.selected").focus()  # back from the reason to the queue
    for _ in range(4):
        if page.locator(".mention-row.selected").get_attribute("data-factuality") == "denied":
            break
        page.keyboard.press("j")
    assert page.locator(".mention-row.selected").get_attribute("data-factuality") == "denied"
    page.keyboard.press("r")
    page.wait_for_selector("#status:has-text('rejected')")
    assert page.locator(".mention-row.d-rejected").count() == 1
    page.keyboard.press("a")  # the selection moved on: the claim
    page.wait_for_selector("#status:has-text('accepted')")
    assert first.evaluate("s => s.classList.contains('reviewed')")
    page.goto(server + "/register?contradictions=1")
    assert page.locator("table.register tbody tr").count() == 0
    page.goto(server + "/register?review=reviewed")
    row = page.locator(f"table.register tbody tr[data-record='{record}']")
    assert row.count() == 1 and "reviewed by local" in row.inner_text()
    page.goto(server + f"/record/{record}")
    assert "(wrong factuality)" in page.inner_text("main") and "⚠ contradicted" not in page.inner_text("main")


def test_two_records_are_merged_on_the_record_page(server: str, page: Any) -> None:
    page.goto(server + "/register")
    rows = page.locator("table.register tbody tr")
    assert rows.count() == 2
    tanks = rows.filter(has_text="Leopard").first.get_attribute("data-record")
    guns = rows.filter(has_text="howitzer").first.get_attribute("data-record")
    assert tanks and guns and tanks != guns
    page.goto(server + f"/record/{tanks}")
    page.fill(".merge-form input[name='into']", guns)
    with page.expect_navigation():
        page.click(".merge-form button[type='submit']")
    assert page.url.endswith(f"/record/{guns}")
    assert "3 mentions" in page.inner_text(".summary") and "Leopard" in page.inner_text("main")
    page.goto(server + "/register")
    assert page.locator("table.register tbody tr").count() == 1
    assert page.locator(f"table.register tbody tr[data-record='{guns}']").count() == 1
