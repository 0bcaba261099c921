"""Scale of the deals (issue 15; prints figures, not a test):

    python bench/deals.py [--records 100000] [--reference 30000] [--db PATH [--reuse]] [--seed 1]

On a synthetic SQLite store of N records (two mentions each: an order with a count and a value, a delivery
with a count; N/5 documents; 170 states; 300 designations), built here in bulk with Core inserts:

1. `materiel register --format sipri --all` (a subprocess, output to /dev/null, start-up included) and the
   same rows in this process (`store.sipri.sipri_rows`): records per second.
2. New/known: M reference rows (60% copied from records with the years shifted by up to a year, 40%
   random deals), then `matching.rematch` of every record against them: seconds. Then, in the same run and
   on the same store, the matching of N/4 and N/2 records against M/4 and M/2 reference rows (the others
   deleted inside a transaction rolled back after timing): if the matching were quadratic, doubling both
   would cost four times as much; linear, twice.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select

import materiel
from materiel.store import open_store
from materiel.store.consolidate import key_of
from materiel.store.db import Store
from materiel.store.filters import RegisterFilter
from materiel.store.matching import rematch
from materiel.store.schema import ActorRow, DocumentRow, MentionRow, RecordRow
from materiel.store.schema_deals import ReferenceMatchRow, ReferenceRow
from materiel.store.sipri import COLUMNS, sipri_rows

DATA = Path(materiel.__file__).resolve().parent / "lexicon" / "data"
BATCH, START, DAYS = 20_000, date(2015, 1, 1), 3650
Row = dict[str, Any]


def _csv(name: str, n: int) -> list[dict[str, str]]:
    return list(csv.DictReader((DATA / name).read_text(encoding="utf-8").splitlines()))[:n]


def _put(store: Store, table: Any, rows: list[Row]) -> None:
    if rows:
        with store.engine.begin() as conn:
            conn.execute(insert(table), rows)


def _mention(mid: int, doc: int, idx: int, key: str, s: str, t: str, item: tuple[str, str], stage: str,
             qty: int, day: date, value: float | None) -> Row:
    return {"id": mid, "document_id": hashlib.sha256(str(doc).encode()).hexdigest(), "idx": idx, "record_key": key,
            "record_id": None, "supplier_id": s, "supplier_text": s, "recipient_id": t, "recipient_text": t,
            "intermediary_id": None, "intermediary_text": None, "item_text": item[0], "designation": item[0],
            "category": item[1], "quantity": qty, "quantity_text": str(qty), "stage": stage, "factuality": "asserted",
            "denied_by_id": None, "denied_by_text": None, "intercepted_by_id": None, "intercepted_by_text": None,
            "attribution_text": None, "attribution_source_id": None, "attribution_source_text": None,
            "when_text": None, "when_start": day, "when_end": day, "where_text": None, "where_country": None,
            "evidence_text": "Synthetic.", "evidence_start": 0, "evidence_end": 10, "rule": "bench", "confidence": 0.9,
            "value_amount": value, "value_currency": "USD" if value else None, "value_text": None, "value_usd": value}


def build(store: Store, n: int, rnd: random.Random) -> list[tuple[str, str, str, str, int]]:
    """N records with their mentions and documents; returns each record's (supplier, recipient, designation,
    category, year of order)."""
    states = [c["iso3"] for c in _csv("countries.csv", 170) if c["kind"] == "state"]
    _put(store, ActorRow, [{"id": s, "name": s, "kind": "state", "country": s, "n_documents": 0} for s in states])
    items = [(m["name"], m["category"]) for m in _csv("materiel.csv", 300)]
    n_docs = max(10, n // 5)
    for i in range(0, n_docs, BATCH):
        _put(store, DocumentRow, [{"id": hashlib.sha256(str(d).encode()).hexdigest(), "source": f"s/{d}", "title": None,
                                   "url": None, "published": START + timedelta(days=d % DAYS), "publisher": "P",
                                   "publisher_key": "p", "collection": "default", "text": f"Synthetic {d}.",
                                   "added_at": datetime.now(UTC), "n_transfers": 2, "n_events": 0}
                                  for d in range(i, min(n_docs, i + BATCH))])
    deals, mentions, records, idx = [], [], [], [0] * n_docs
    for rid in range(1, n + 1):
        s, t = rnd.sample(states, 2)
        item = items[rnd.randrange(len(items))]
        day = START + timedelta(days=rnd.randrange(DAYS - 400))
        later = day + timedelta(days=rnd.randrange(30, 360))
        key = key_of("default", s, t, item[0], item[1]) + f"|{rid}"
        qty = rnd.randint(2, 200)
        for j, (stage, q, d, v) in enumerate((("ordered", qty, day, qty * 1e6), ("delivered", qty // 2, later, None))):
            doc = rnd.randrange(n_docs)
            mentions.append(_mention(2 * rid - 1 + j, doc, idx[doc], key, s, t, item, stage, q, d, v) | {"record_id": rid})
            idx[doc] += 1
        records.append({"id": rid, "key": key, "supplier_id": s, "recipient_id": t, "designation": item[0],
                        "category": item[1], "item_text": item[0], "quantity": qty, "first_date": day, "last_date": later,
                        "latest_stage": "delivered", "stages": "ordered,delivered", "intercepted_by_id": None,
                        "factuality": "asserted", "n_mentions": 2, "n_documents": 2, "sources": 1, "sources_against": 0,
                        "publishers": ["P"], "contradiction": False, "contradiction_detail": None, "confidence": 0.9,
                        "first_seen": day, "last_seen": later, "factualities": "asserted", "collection": "default"})
        deals.append((s, t, item[0], item[1], day.year))
        if len(records) >= BATCH:
            _put(store, MentionRow, mentions)
            _put(store, RecordRow, records)
            mentions, records = [], []
    _put(store, MentionRow, mentions)
    _put(store, RecordRow, records)
    return deals


def references(store: Store, deals: list[tuple[str, str, str, str, int]], m: int, rnd: random.Random) -> None:
    """M reference rows; the i-th copied ones come from the records around i * N / M, so that the first M/k
    reference rows hold deals of the first N/k records (the matches of a share grow with the share)."""
    with store.engine.begin() as conn:
        conn.execute(delete(ReferenceMatchRow))
        conn.execute(delete(ReferenceRow))
    rows = []
    states = sorted({d[0] for d in deals})
    stride = max(1, len(deals) // m)
    for i in range(m):
        if i % 5 < 3:  # 60% copied from a record
            s, t, des, cat, year = deals[min(len(deals) - 1, i * stride + rnd.randrange(stride))]
            year += rnd.choice((-1, 0, 0, 1))
        else:
            s, t = rnd.sample(states, 2)
            des, cat, year = f"Synthetic {i}", "tank", 2015 + rnd.randrange(10)
        rows.append({"collection": "reference", "source": "bench.csv", "line": i + 2, "supplier_id": s, "supplier_text": s,
                     "recipient_id": t, "recipient_text": t, "designation": des, "designation_text": des, "category": cat,
                     "description": None, "number_ordered": 10, "year_of_order": year, "years_of_delivery": str(year + 1),
                     "first_year": year, "last_year": year + 1, "number_delivered": 10, "status": None,
                     "comments": None, "problem": None, "imported_at": datetime.now(UTC)})
    for i in range(0, len(rows), BATCH):
        _put(store, ReferenceRow, rows[i:i + BATCH])


def timed_match(store: Store, n: int, m: int) -> tuple[float, int]:
    """Seconds to match records 1..n against the first m reference rows (the rest deleted, then rolled back)."""
    with store.engine.connect() as conn:
        from sqlalchemy.orm import Session  # deferred: only this measurement needs a bare session

        with Session(bind=conn) as session:
            trans = conn.begin()
            cutoff = session.scalar(select(ReferenceRow.id).order_by(ReferenceRow.id).offset(m - 1).limit(1))
            session.execute(delete(ReferenceRow).where(ReferenceRow.id > cutoff))
            t0 = time.perf_counter()
            made = rematch(session, None if n is None else range(1, n + 1))
            seconds = time.perf_counter() - t0
            trans.rollback()
    return seconds, made


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--reference", type=int, default=30_000)
    ap.add_argument("--db")
    ap.add_argument("--reuse", action="store_true")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-export", action="store_true", help="skip the SIPRI export, measure the matching only")
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    path = Path(a.db) if a.db else Path(tempfile.mkdtemp()) / "deals.db"
    store = open_store(str(path))
    with store.read() as session:
        have = session.scalar(select(func.count()).select_from(RecordRow)) or 0
    t0 = time.perf_counter()
    if a.reuse and have == a.records:
        with store.read() as session:
            deals = [(s, t, d, c, f.year) for s, t, d, c, f in session.execute(
                select(RecordRow.supplier_id, RecordRow.recipient_id, RecordRow.designation, RecordRow.category,
                       RecordRow.first_date).order_by(RecordRow.id))]
    else:
        deals = build(store, a.records, rnd)
    references(store, deals, a.reference, rnd)
    print(f"built {a.records:,} records, {2 * a.records:,} mentions, {a.reference:,} reference rows "
          f"in {time.perf_counter() - t0:.1f} s ({path})")
    if not a.no_export:
        export(path, a.records, store)
    match(store, a.records, a.reference)
    return 0


def export(path: Path, records: int, store: Store) -> None:
    env = dict(os.environ, PYTHONPATH=str(Path(materiel.__file__).resolve().parents[1]))
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "materiel.cli", "register", "--db", str(path), "--format", "sipri", "--all"],
                   check=True, stdout=subprocess.DEVNULL, env=env)
    cli_s = time.perf_counter() - t0
    buf = io.StringIO()
    t0 = time.perf_counter()
    with store.read() as session:
        writer = csv.DictWriter(buf, fieldnames=list(COLUMNS))
        n_rows = sum(1 for row in sipri_rows(session, RegisterFilter(), scope=None) if writer.writerow(row) or True)
    inproc_s = time.perf_counter() - t0
    print(f"register --format sipri --all: {records:,} records in {cli_s:.1f} s = {records / cli_s:,.0f} records/s "
          f"(CLI, start-up included); in process {n_rows:,} rows in {inproc_s:.1f} s = {n_rows / inproc_s:,.0f} records/s")


def match(store: Store, records: int, reference: int) -> None:
    print(f"\n{'records':>9} {'reference':>9} {'seconds':>8} {'matches':>8} {'x time':>7} {'x work':>7}")
    base = None
    for share in (4, 2, 1):
        n, m = records // share, reference // share
        seconds, made = timed_match(store, n, m)
        base = base or seconds
        print(f"{n:>9,} {m:>9,} {seconds:>8.2f} {made:>8,} {seconds / base:>7.2f} {4 / share:>7.0f}")
    with store.write() as session:
        t0 = time.perf_counter()
        made = rematch(session)
        whole = time.perf_counter() - t0
        known = session.scalar(select(func.count(func.distinct(ReferenceMatchRow.record_id)))) or 0
    print(f"\nrematch of every record (as after an import): {whole:.2f} s, {made:,} matches, {known:,} records known, "
          f"{records - known:,} new")
    print("linear matching: x time follows x work (1, 2, 4); quadratic: 1, 4, 16")


if __name__ == "__main__":
    sys.exit(main())
