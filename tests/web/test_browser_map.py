"""The map, the register's histogram and the actor page's map in Debian's headless Chromium (Playwright),
against uvicorn on loopback over the example store, with every request that does not go to the loopback
server blocked and recorded: the pages must draw from vendored files alone. Screenshots go to
$MATERIEL_SCREENSHOTS or a temporary folder."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from _live import CHROMIUM, chromium, serving

from materiel.web.app import create_app

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed (pip install '.[test]')")
if not os.access(CHROMIUM, os.X_OK):
    pytest.skip(f"{CHROMIUM} not found: install Debian's chromium package (make test does, as root)", allow_module_level=True)


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


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    """A page whose requests anywhere but the loopback server are refused and recorded in `outside`;
    every request made is in `asked`."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    outside: list[str] = []
    asked: list[str] = []

    def gate(route: Any) -> None:
        url = route.request.url
        asked.append(url)
        if url.startswith(server + "/"):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    ctx.route("**/*", gate)
    pg = ctx.new_page()
    pg.set_default_timeout(15000)
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    pg.outside, pg.asked = outside, asked
    yield pg
    ctx.close()
    assert not errors, f"JavaScript errors: {errors}"
    assert not outside, f"requests outside the server: {outside}"


def arrows(pg: Any) -> set[tuple[str, str]]:
    return {(a.get_attribute("data-from"), a.get_attribute("data-to")) for a in pg.locator("#map path.flow").all()}


def test_map_draws_the_examples_arrows_from_vendored_files(page: Any, server: str, shots: Path) -> None:
    data = httpx.get(server + "/map.json").json()["map"]
    expected = {(f["from"], f["to"]) for f in data["flows"] if f["from"] and f["to"] and f["from"] != f["to"]}
    assert ("ZAF", "GHA") in expected  # South Africa's Mamba vehicles for Ghana, in the example article
    page.goto(server + "/map")
    sync_api.expect(page.locator("#map")).to_have_attribute("data-drawn", "1")
    assert arrows(page) == expected
    assert page.locator("#map path.country").count() > 150  # the world's boundaries were drawn
    ghana = page.locator("#map path.country[data-country='GHA']")
    assert "q0" not in (ghana.get_attribute("class") or "")  # shaded: it received records
    assert any(u.endswith("/static/vendor/countries-110m.json") for u in page.asked)
    page.screenshot(path=str(shots / "map.png"), full_page=True)


def test_clicking_a_country_keeps_its_flows(page: Any, server: str, shots: Path) -> None:
    page.goto(server + "/map")
    sync_api.expect(page.locator("#map")).to_have_attribute("data-drawn", "1")
    everything = arrows(page)
    page.locator("#map path.country[data-country='ZAF']").dispatch_event("click")
    kept = arrows(page)
    assert kept and kept == {pair for pair in everything if "ZAF" in pair}
    focus = page.locator("#map-focus")
    sync_api.expect(focus).to_be_visible()
    href = focus.locator("a").first.get_attribute("href")
    assert parse_qs(urlsplit(href).query)["supplier"] == ["ZAF"]
    page.screenshot(path=str(shots / "map-focus.png"), full_page=True)
    page.locator("#map path.country[data-country='ZAF']").dispatch_event("click")  # again: every flow comes back
    assert arrows(page) == everything


def test_time_slider_keeps_the_flows_of_the_periods_chosen(page: Any, server: str) -> None:
    data = httpx.get(server + "/map.json").json()["map"]
    if len(data["periods"]) < 2:
        pytest.skip("the example store spans one period: nothing to slide")
    last = data["periods"][-1]
    expected = {(f["from"], f["to"]) for f in data["flows"] if f["from"] and f["to"] and f["from"] != f["to"]
                and f["periods"].get(last)}
    page.goto(server + "/map")
    sync_api.expect(page.locator("#map")).to_have_attribute("data-drawn", "1")
    page.locator("#period-from").evaluate(
        "(e) => { e.value = e.max; e.dispatchEvent(new Event('input')); }")
    assert arrows(page) == expected
    sync_api.expect(page.locator("#map-status")).to_contain_text(last)


def test_histogram_brush_filters_the_register(page: Any, server: str, shots: Path) -> None:
    page.goto(server + "/register")
    hist = page.locator("#histogram svg.hist")
    sync_api.expect(hist).to_be_visible()
    bars = page.locator("#histogram rect.bar")
    months = [b.get_attribute("data-month") for b in bars.all()]
    assert len(months) >= 2
    total = int(page.locator("p.count strong").inner_text())
    page.screenshot(path=str(shots / "register-histogram.png"), full_page=True)
    hist.scroll_into_view_if_needed()
    last = bars.last.bounding_box()
    page.mouse.move(last["x"] + last["width"] / 2, last["y"] + last["height"] - 1)
    page.mouse.down()
    page.mouse.move(last["x"] + last["width"] / 2 + 1, last["y"] + last["height"] - 1)
    page.mouse.up()
    page.wait_for_url("**since=*")
    query = parse_qs(urlsplit(page.url).query)
    assert query["since"] == [months[-1] + "-01"]
    assert query["until"][0].startswith(months[-1] + "-")
    kept = int(page.locator("p.count strong").inner_text())
    assert 0 < kept < total
    assert page.locator("#histogram rect.bar.in").count() == 1  # the month chosen, in dark
    page.screenshot(path=str(shots / "register-brushed.png"), full_page=True)


def test_actor_page_has_its_map(page: Any, server: str, shots: Path) -> None:
    page.goto(server + "/actor/ZAF")
    sync_api.expect(page.locator("#map")).to_have_attribute("data-drawn", "1")
    assert ("ZAF", "GHA") in arrows(page)
    assert all("ZAF" in pair for pair in arrows(page))
    page.screenshot(path=str(shots / "actor-map.png"), full_page=True)
