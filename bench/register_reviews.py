"""The register with the analysts' review layer at scale (issue 13; prints figures, not a test):

    python bench/register_reviews.py [--mentions 1000000] [--runs 50] [--db PATH [--reuse]] [--seed 7]

The synthetic SQLite store of bench/store_queries.py (its `Builder`: Core inserts, records built as
`consolidate` would), then a review layer written in bulk as `materiel review` leaves it: every record's
summary columns (`unreviewed`, `reviewers`, `corrected`, `rejected`, `review_priority`), and one `reviews`
row per decided mention, for 2% of the records accepted, 0.5% corrected and 0.5% wholly rejected. Then the
register's first page (DEFAULT_LIMIT records), as `materiel register [--review R]` asks it (`page`) and as
the workbench's /api/register asks it (`page+total`: the page and how many records match), without a
review filter and with each one, and the review queue's first page (/review): p50 and p95 over --runs
queries each. The target: p95 under 100 ms. A query above it gets its EXPLAIN QUERY PLAN printed. The
planner has no statistics (materiel never runs ANALYZE), unless --analyze.
"""
from __future__ import annotations

import argparse
import importlib.util
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update

from materiel.store import open_store
from materiel.store.db import Store
from materiel.store.filters import DEFAULT_LIMIT, RegisterFilter, select_records
from materiel.store.queries import record_rows, register, register_page
from materiel.store.review_schema import ReviewRow
from materiel.store.reviews import queue
from materiel.store.schema import MentionRow, RecordRow

SHARES = {"accepted": 0.02, "corrected": 0.005, "rejected": 0.005}  # of the records, each decided whole
FILTERS = (None, "reviewed", "unreviewed", "corrected", "rejected")
PRIORITY = ("4 * contradiction + 2 * (sources <= 1) + (1 - confidence) + min(n_mentions, 999) / 1000000.0")


def store_queries() -> ModuleType:
    """bench/store_queries.py (its synthetic store), loaded beside this script."""
    spec = importlib.util.spec_from_file_location("store_queries", Path(__file__).with_name("store_queries.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def layer(store: Store, rnd: random.Random) -> dict[str, int]:
    """Every record unreviewed with its queue priority, then SHARES of them decided (reviews and summaries)."""
    with store.engine.begin() as conn:
        conn.exec_driver_sql(f"UPDATE records SET unreviewed = n_mentions, reviewers = NULL, corrected = 0, "
                             f"rejected = 0, review_priority = {PRIORITY}")
        ids = list(conn.scalars(select(RecordRow.id).order_by(RecordRow.id)))
        chosen = rnd.sample(ids, int(len(ids) * sum(SHARES.values())))
        decision, at, n = {}, datetime.now(UTC), 0
        for name, share in SHARES.items():
            for rid in chosen[n:n + int(len(ids) * share)]:
                decision[rid] = name
            n += int(len(ids) * share)
        q = select(MentionRow.id, MentionRow.record_id, MentionRow.document_id, MentionRow.evidence_start,
                   MentionRow.evidence_end).where(MentionRow.record_id.in_(sorted(decision)))
        reviews = [{"mention_id": m, "document_id": d, "evidence_start": s, "evidence_end": e, "machine": {},
                    "decision": decision[r], "reason": "other" if decision[r] == "rejected" else None,
                    "corrections": {"stage": "delivered"} if decision[r] == "corrected" else {},
                    "reviewer": "bench", "at": at, "collection": "default"} for m, r, d, s, e in conn.execute(q)]
        for i in range(0, len(reviews), 50_000):
            conn.execute(insert(ReviewRow), reviews[i:i + 50_000])
        summary = (update(RecordRow).where(RecordRow.id == bindparam("rid"))
                   .values(unreviewed=0, reviewers="bench", corrected=bindparam("c"), rejected=bindparam("r")))
        conn.execute(summary, [{"rid": r, "c": d == "corrected", "r": d == "rejected"} for r, d in decision.items()])
    return {"records": len(ids), "decided": len(decision), "reviews": len(reviews)}


def queries() -> dict[str, Callable[[Any], Any]]:
    """What is timed: name -> function of a read session."""
    out: dict[str, Callable[[Any], Any]] = {}
    for review in FILTERS:
        flag = f"--review {review}" if review else "(no review filter)"
        f = RegisterFilter(limit=DEFAULT_LIMIT, review=review)
        out[f"register {flag}: page"] = lambda s, f=f: register(s, f, scope=None)
        out[f"register {flag}: page+total"] = lambda s, f=f: register_page(s, f, scope=None)[0]
    out["review queue: page"] = lambda s: record_rows(s, list(s.scalars(queue(scope=None).limit(20))), scope=None,
                                                      detail=False)
    return out


def explain(store: Store, review: str | None) -> None:
    with store.read() as session:
        q = select_records(session, RegisterFilter(limit=DEFAULT_LIMIT, review=review), scope=None)
        c = q.compile(store.engine, compile_kwargs={"render_postcompile": True})
        plan = session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + str(c),
                                                    tuple(c.params[k] for k in c.positiontup or ()))
        print("\n".join("       " + row[-1] for row in plan))


def measure(store: Store, runs: int) -> list[tuple[str, float, float, int]]:
    """(query, p50 ms, p95 ms, rows) of each query, `runs` times each."""
    out = []
    for name, run in queries().items():
        times, n = [], 0
        for _ in range(runs):
            with store.read() as session:
                t = time.perf_counter()
                n = len(run(session))
                times.append((time.perf_counter() - t) * 1000)
        times.sort()
        out.append((name, statistics.median(times), times[min(len(times) - 1, round(0.95 * (len(times) - 1)))], n))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mentions", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=50)
    ap.add_argument("--db", help="the SQLite file to build (default: a temporary one, removed at exit)")
    ap.add_argument("--reuse", action="store_true", help="with --db: query the store there if it was built before")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--analyze", action="store_true", help="ANALYZE first (materiel never does: by default the "
                                                           "planner has no statistics, as in a store `add` made)")
    a = ap.parse_args(argv)
    tmp = tempfile.TemporaryDirectory()
    path = Path(a.db) if a.db else Path(tmp.name) / "reviews.db"
    t0, store, rnd = time.perf_counter(), open_store(str(path)), random.Random(a.seed)
    with store.read() as session:
        built = session.scalar(select(func.count()).select_from(ReviewRow)) or 0
    if not (a.reuse and built):
        store_queries().Builder(store, a.mentions, a.seed).build()
        made = layer(store, rnd)
        print(f"store: {a.mentions:,} mentions, {made['records']:,} records; decided {made['decided']:,} records "
              f"({made['reviews']:,} reviews: {', '.join(f'{v:.1%} {k}' for k, v in SHARES.items())}) "
              f"in {time.perf_counter() - t0:.0f} s")
    if a.analyze:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    print(f"\n{'query':50} {'rows':>5} {'p50 ms':>8} {'p95 ms':>8}  p95<100ms")
    slow = []
    for name, p50, p95, n in measure(store, a.runs):
        print(f"{name:50} {n:5} {p50:8.1f} {p95:8.1f}  {'yes' if p95 < 100 else 'NO'}", flush=True)
        slow += [name] if p95 >= 100 else []
    for name in slow:
        review = next((r for r in FILTERS if r and f"--review {r}:" in name), None)
        print(f"\nslow: {name}; EXPLAIN QUERY PLAN of its page:")
        explain(store, review)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
