"""The workbench in a real browser: Debian's headless Chromium driven by Playwright for Python, against
uvicorn on loopback over the example store. Screenshots (1280 px and 390 px wide) go to
$MATERIEL_SCREENSHOTS or a temporary folder. Skipped with a message when Chromium or Playwright is missing."""
from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _live import CHROMIUM, chromium, serving

from materiel.web.app import create_app

WIDTHS = {"wide": 1280, "narrow": 390}

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed (pip install '.[test]')")
if not os.access(CHROMIUM, os.X_OK):
    pytest.skip(f"{CHROMIUM} not found: install Debian's chromium package (make test does, as root)", allow_module_level=True)

ORIGINAL = Path(__file__).resolve().parents[3] / "shared" / "examples" / "wagner-arms-report.txt"


@pytest.fixture(scope="module")
def server(sqlite_store: str) -> Iterator[str]:
    with serving(create_app(sqlite_store)) as (host, port):
        yield f"http://{host}:{port}"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium(sync_api) as b:
        yield b


@pytest.fixture(scope="module")
def shots() -> Path:
    folder = Path(os.environ.get("MATERIEL_SCREENSHOTS") or tempfile.mkdtemp(prefix="materiel-shots-"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(params=list(WIDTHS))
def page(request: pytest.FixtureRequest, browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": WIDTHS[request.param], "height": 900})
    pg = ctx.new_page()
    pg.set_default_timeout(15000)
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None)
    pg.width_name = request.param
    yield pg
    ctx.close()
    assert not errors, f"JavaScript errors: {errors}"


def _shot(pg: Any, shots: Path, name: str) -> None:
    pg.screenshot(path=str(shots / f"{name}-{pg.width_name}.png"), full_page=True)


def _no_horizontal_overflow(pg: Any) -> None:
    extra = pg.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert extra <= 1, f"the page is {extra} px wider than the window"


def test_register_loads_and_a_facet_filters(page: Any, server: str, shots: Path) -> None:
    page.goto(server + "/register")
    rows = page.locator("table.register tbody tr")
    total = rows.count()
    assert total > 5
    ghana = page.locator("table.register").get_by_text("Ghana")
    assert ghana.count() > 0  # the row is there at every width; the narrow layout may fold its column away
    if page.width_name != "narrow":
        assert ghana.first.is_visible()
    _no_horizontal_overflow(page)
    _shot(page, shots, "register")
    if page.locator("details.filters").get_attribute("open") is None:  # folded on narrow screens
        page.locator("details.filters > summary").click()
    facet = page.locator("section.facet[data-facet='stage'] li a").first
    facet.click()
    page.wait_for_url("**stage=*")
    assert 0 < rows.count() < total
    assert page.locator("section.facet[data-facet='stage'] li.on").count() == 1
    _shot(page, shots, "register-filtered")


def test_actor_fields_suggest_by_any_name(page: Any, server: str) -> None:
    """Typing a name the store does not spell ("Kiev") offers the actor it designates, with its kind; the
    filter then keeps that actor's records (issue 13: find by any name)."""
    page.goto(server + "/register")
    if page.locator("details.filters").get_attribute("open") is None:  # folded on narrow screens
        page.locator("details.filters > summary").click()
    field = page.locator("input[name='recipient']")
    field.fill("Kiev")
    option = page.locator("#actor-choices option[value='UKR']")
    option.wait_for(state="attached")
    assert "Ukraine" in (option.get_attribute("label") or "") and "state" in (option.get_attribute("label") or "")
    field.press("Enter")
    page.wait_for_url("**recipient=Kiev*")
    parties = page.locator("table.register tbody td.parties")
    assert parties.count() >= 1 and all("Ukraine" in t for t in parties.all_inner_texts())


def test_record_shows_its_evidence(page: Any, server: str, shots: Path) -> None:
    page.goto(server + "/register?item=Mamba")
    page.locator("table.register tbody tr a.rec").first.click()
    page.wait_for_url("**/record/*")
    evidence = page.locator("blockquote.evidence").first
    assert "Mamba" in evidence.inner_text()
    assert evidence.locator("mark.k-item").count() >= 1
    assert evidence.locator("mark.k-recipient").count() + evidence.locator("mark.k-supplier").count() >= 1
    _no_horizontal_overflow(page)
    _shot(page, shots, "record")


def test_reader_highlights_and_jumps(page: Any, server: str, shots: Path) -> None:
    page.goto(server + "/documents")
    page.get_by_role("link", name="Ghana asks South Africa", exact=False).first.click()
    page.wait_for_url("**/document/*")
    assert page.locator("ul.legend li").count() >= 5
    assert page.locator("#text mark.k-actor").count() > 3
    link = page.locator("a.row-link[data-sentence]").first
    target = link.get_attribute("data-sentence")
    link.click()
    sync_api.expect(page.locator(f"#{target}")).to_have_class(re.compile(r"\bflash\b"))
    page.locator(f"#{target}").click()
    sync_api.expect(page.locator(".rows li.linked").first).to_be_visible()
    _no_horizontal_overflow(page)
    _shot(page, shots, "reader")


def test_reader_highlights_the_original_sentence(page: Any, server: str, shots: Path) -> None:
    if not ORIGINAL.is_file():
        pytest.skip(f"{ORIGINAL} is absent: the VOG-17 sentence cannot be checked")
    page.goto(server + "/documents?q=VOG-17")
    page.locator("ol.doc-list li a").first.click()
    page.wait_for_url("**/document/*")
    sentence = page.locator("#text .sent", has_text="VOG-17").first
    assert sentence.is_visible()
    assert sentence.locator("mark.k-item", has_text="VOG-17").count() == 1
    assert sentence.locator("mark.k-quantity").count() >= 1
    _shot(page, shots, "reader-original")


def test_actor_network_and_timeline(page: Any, server: str, shots: Path) -> None:
    page.goto(server + "/actors?q=Ghana")
    page.locator("table.actors a.actor").first.click()
    page.wait_for_url("**/actor/*")
    sync_api.expect(page.locator("#network")).to_have_attribute("data-nodes", re.compile(r"^\d+$"))
    nodes = int(page.locator("#network").get_attribute("data-nodes"))
    assert nodes >= 2
    assert page.locator("#network canvas").count() >= 1
    points = page.locator("svg.timeline a.point circle")
    assert points.count() >= 1
    href = page.locator("svg.timeline a.point").last.get_attribute("href")
    assert href.startswith("/document/") and "#s-" in href
    _no_horizontal_overflow(page)
    _shot(page, shots, "actor")
    page.locator("svg.timeline a.point").last.click()
    page.wait_for_url("**/document/*")
    assert page.locator(".sent.flash").count() == 1


def test_add_shows_progress(page: Any, server: str, shots: Path) -> None:
    page.goto(server + "/add")
    page.fill("textarea[name=text]", "Norway has delivered four patrol boats to Ghana, the Norwegian defence ministry said.")
    page.click("button[type=submit]")
    page.wait_for_selector("#progress:not([hidden])")
    sync_api.expect(page.locator("#progress-title")).to_have_text("Added", timeout=60000)
    assert page.locator("#bar").get_attribute("value") == "100"
    _shot(page, shots, "add")
