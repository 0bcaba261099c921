"""Time to first draw of the workbench's map (/map) in Chromium for a whole register of synthetic records
(prints figures; not a test, run on demand):

    python bench/map_draw.py [--records 100000] [--db PATH] [--reuse] [--runs 5]

The store holds what the map reads: actors (170 states and 30 other actors of the lexicon, with their
countries) and records between them, a few big suppliers (skewed weights), dates spread over ten years
(5% undated), written in bulk. The workbench is served by uvicorn on loopback; headless Chromium (Debian's,
through Playwright, as the browser tests) opens /map in a fresh context each run, every request outside
the server refused. "first draw" is the time from the start of navigation to the `map-drawn` mark that
static/map.js sets once the boundaries, shading and arrows are in the page; "HTML received" is the time to
the end of the HTML response (the query and the page), "boundaries received" the time to the end of the
last vendored JSON file (world-atlas and world-points); "data" is the map's JSON embedded in the page.
"""
from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "web"))  # _live: uvicorn on loopback, Debian's Chromium

from _live import chromium, serving  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from materiel.store import open_store  # noqa: E402
from materiel.store.db import Store  # noqa: E402
from materiel.store.schema import ActorRow, RecordRow  # noqa: E402
from materiel.web.app import create_app  # noqa: E402

DATA = ROOT / "src" / "materiel" / "lexicon" / "data"
START, DAYS, BATCH = date(2016, 1, 1), 3653, 20_000
STAGES = ["requested", "offered", "considered", "ordered", "delivered", "refused"]


def _rows(name: str, n: int) -> list[dict[str, str]]:
    return list(csv.DictReader((DATA / name).read_text(encoding="utf-8").splitlines()))[:n]


def build(store: Store, n: int, seed: int) -> int:
    r = random.Random(seed)
    actors = [(c["iso3"], c["name"], "state", c["iso3"]) for c in _rows("countries.csv", 170)]
    actors += [(f"actor-{i}", a["name"], a["kind"], a["country"] or None) for i, a in enumerate(_rows("actors.csv", 30))]
    with store.engine.begin() as conn:
        conn.execute(insert(ActorRow), [{"id": i, "name": nm, "kind": k, "country": c, "n_documents": 0}
                                        for i, nm, k, c in actors])
    weights = [1 / (i + 1) ** 0.8 for i in range(len(actors))]
    made = 0
    while made < n:
        rows: list[dict[str, Any]] = []
        for k in range(made, min(n, made + BATCH)):
            s, t = r.choices(range(len(actors)), weights, k=2)
            day = START + timedelta(days=r.randrange(DAYS)) if r.random() > 0.05 else None
            stage = r.choice(STAGES)
            rows.append({"id": k + 1, "key": f"bench|{k}", "supplier_id": actors[s][0], "recipient_id": actors[t][0],
                         "designation": None, "category": "weapons", "item_text": "weapons", "quantity": None,
                         "first_date": day, "last_date": day, "latest_stage": stage, "stages": stage,
                         "factuality": "asserted", "n_mentions": 1, "n_documents": 1, "sources": 1, "sources_against": 0,
                         "publishers": [], "contradiction": False, "confidence": 0.8, "first_seen": day,
                         "last_seen": day, "factualities": "asserted", "collection": "default"})
        with store.engine.begin() as conn:
            conn.execute(insert(RecordRow), rows)
        made += len(rows)
    return made


def measure(base: str, runs: int) -> list[dict[str, float]]:
    from playwright import sync_api  # deferred: only when measuring

    out = []
    with chromium(sync_api) as browser:
        for _ in range(runs):
            ctx = browser.new_context(viewport={"width": 1280, "height": 900})
            outside: list[str] = []

            def gate(route: Any, outside: list[str] = outside) -> None:
                if route.request.url.startswith(base + "/"):
                    route.continue_()
                else:
                    outside.append(route.request.url)
                    route.abort()
            ctx.route("**/*", gate)
            page = ctx.new_page()
            page.set_default_timeout(120_000)
            page.goto(base + "/map")
            page.wait_for_selector("#map[data-drawn='1']")
            out.append(page.evaluate("""() => {
                const nav = performance.getEntriesByType("navigation")[0];
                const drawn = performance.getEntriesByName("map-drawn")[0];
                const files = performance.getEntriesByType("resource").filter((r) => r.name.endsWith(".json"));
                return {first_draw: drawn.startTime, server: nav.responseEnd,
                        files: Math.max(...files.map((r) => r.responseEnd)),
                        arrows: +document.getElementById("map").getAttribute("data-arrows"),
                        data_kb: document.getElementById("map-data").textContent.length / 1024};
            }"""))
            assert not outside, outside
            ctx.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--db", type=Path, help="SQLite file (default: a temporary one)")
    ap.add_argument("--reuse", action="store_true", help="use the store at --db as it is")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--seed", type=int, default=15)
    a = ap.parse_args()
    path = a.db or Path(tempfile.mkdtemp(prefix="materiel-map-")) / "map.db"
    if not (a.reuse and path.exists()):
        path.unlink(missing_ok=True)
        t0 = time.perf_counter()
        with open_store(str(path)) as store:
            n = build(store, a.records, a.seed)
        print(f"built {n:,} records in {time.perf_counter() - t0:.1f} s ({path})")
    with serving(create_app(str(path))) as (host, port):
        got = measure(f"http://{host}:{port}", a.runs)
    print(f"/map of the whole register, {a.runs} runs in fresh Chromium contexts: "
          f"{got[0]['arrows']:.0f} arrows drawn, map data {got[0]['data_kb']:.0f} KB in the page")
    for key, label in (("server", "HTML received (query + page), ms"),
                       ("files", "boundaries and arrow ends received, ms"), ("first_draw", "first draw, ms")):
        values = [g[key] for g in got]
        print(f"  {label}: p50 {statistics.median(values):.0f}, min {min(values):.0f}, max {max(values):.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
