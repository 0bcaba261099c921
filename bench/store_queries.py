"""Latency of `materiel register` / `materiel actor NAME` queries on a large synthetic SQLite store (prints
figures; not a test):  python bench/store_queries.py [--mentions N] [--db PATH] [--runs R] [--budget S]
The store is opened (created, migrated) by `open_store`, then filled by Core insert() executemany in 50k-row
transactions. Records are built here in bulk as `consolidate` would (one per supplier|recipient|designation
key, latest stage, contradiction at one stage...), except: `sources` = distinct publishers (no citation
analysis), `contradiction_detail` holds the stages only."""
from __future__ import annotations

import argparse
import csv
import hashlib
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

import materiel
from materiel.lexicon import slug
from materiel.record.vocabulary import STAGE_RANK as STAGE_ORDER
from materiel.sources.publishers import publisher_key
from materiel.store import open_store
from materiel.store.consolidate import key_of
from materiel.store.db import Store
from materiel.store.filters import DEFAULT_LIMIT, RegisterFilter, select_records
from materiel.store.profile import profile
from materiel.store.queries import register
from materiel.store.schema import ActorRow, DocActorRow, DocumentRow, EventRow, ItemNameRow, MentionRow, RecordRow

DATA = Path(materiel.__file__).resolve().parent / "lexicon" / "data"
STAGES, BATCH = list(STAGE_ORDER), 50_000
FACTS, FACT_W = ["asserted", "uncertain", "denied", "negated"], [75, 12, 7, 6]
START, DAYS = date(2016, 1, 1), 3653
Row = dict[str, Any]
NULLS: dict[Any, Row] = {t: {c.name: None for c in t.__table__.c if c.nullable} for t in (MentionRow, EventRow)}


def _csv(name: str, n: int) -> list[dict[str, str]]:
    return list(csv.DictReader((DATA / name).read_text(encoding="utf-8").splitlines()))[:n]


class Builder:
    def __init__(self, store: Store, n: int, seed: int) -> None:
        self.store, self.n, self.rnd = store, n, random.Random(seed)
        states = [(c["iso3"], c["name"], "state", c["iso3"]) for c in _csv("countries.csv", 170)]
        self.actors = states + [(slug(a["name"]), a["name"], a["kind"], a["country"] or None)
                                for a in _csv("actors.csv", 30)]
        self.items = [(m["name"], m["category"]) for m in _csv("materiel.csv", 300)]
        self.weights = [1 / (i + 1) ** 0.8 for i in range(len(self.actors))]  # a few big suppliers
        self.pubs = [f"Publisher {i:02d}" for i in range(40)]
        self.n_docs = max(10, n // 5)
        self.docs_by_day: list[list[int]] = [[] for _ in range(DAYS)]
        self.doc_pub, self.doc_idx, self.doc_actor = list[int](), [0] * self.n_docs, set[int]()
        self.doc_day: list[date] = []

    def _put(self, table: Any, rows: list[Row]) -> None:
        with self.store.engine.begin() as conn:
            conn.execute(insert(table), rows) if rows else None

    def build(self) -> tuple[int, int, int]:
        r = self.rnd
        self._put(ActorRow, [{"id": i, "name": nm, "kind": k, "country": c, "n_documents": 0}
                             for i, nm, k, c in self.actors])
        for i in range(0, self.n_docs, BATCH):
            self._put(DocumentRow, [self._doc(d) for d in range(i, min(self.n_docs, i + BATCH))])
        mentions, records, keys, mid, n_rec = [], [], set(), 1, 0
        while mid <= self.n:
            while True:
                s, t = r.choices(range(len(self.actors)), self.weights, k=2)
                it = r.randrange(len(self.items))
                if s != t and (s, t, it) not in keys:
                    break
            keys.add((s, t, it))
            ms = self._record_mentions(s, t, it, mid, size := min(self.n - mid + 1, r.randint(1, 9)))
            mentions += ms
            records.append(self._record(ms))
            mid, n_rec = mid + size, n_rec + 1
            if len(mentions) >= BATCH or mid > self.n:
                self._put(MentionRow, mentions)
                self._put(RecordRow, records)
                mentions, records = [], []
        self._put(ItemNameRow, [{"name": nm.lower(), "designation": nm, "category": c} for nm, c in set(self.items)])
        for i in range(0, n_ev := self.n // 10, BATCH):
            self._put(EventRow, [self._event(j) for j in range(i, min(n_ev, i + BATCH))])
        pairs = sorted(self.doc_actor)
        for i in range(0, len(pairs), BATCH):
            self._put(DocActorRow, [{"document_id": self._doc_id(p >> 8), "actor_id": self.actors[p & 255][0],
                                     "text": self.actors[p & 255][1], "published": self.doc_day[p >> 8],
                                     "collection": self._collection(p >> 8)} for p in pairs[i:i + BATCH]])
        with self.store.engine.begin() as conn:  # what ingest keeps on each actor
            conn.exec_driver_sql(
                "UPDATE actors SET n_documents = (SELECT count(*) FROM doc_actors a WHERE a.actor_id = actors.id), "
                "first_seen = (SELECT min(published) FROM doc_actors a WHERE a.actor_id = actors.id), "
                "last_seen = (SELECT max(published) FROM doc_actors a WHERE a.actor_id = actors.id)")
        return n_rec, len(pairs), n_ev

    def _doc(self, d: int) -> Row:
        day, pub = self.rnd.randrange(DAYS), self.rnd.randrange(len(self.pubs))
        self.docs_by_day[day].append(d)
        self.doc_pub.append(pub)
        self.doc_day.append(START + timedelta(days=day))
        return {"id": self._doc_id(d), "source": f"synthetic/{d}.txt", "title": f"Synthetic {d}", "url": None,
                "published": START + timedelta(days=day), "publisher": self.pubs[pub], "added_at": datetime.now(UTC),
                "publisher_key": publisher_key(self.pubs[pub]), "collection": self._collection(d), "content_hash": self._doc_id(d),
                "text": f"Synthetic document {d}.", "n_transfers": 0, "n_events": 0}

    @staticmethod
    def _collection(d: int) -> str:
        return "default" if d % 10 else "bench-b"

    @staticmethod
    def _doc_id(d: int) -> str:
        return hashlib.sha256(str(d).encode()).hexdigest()

    def _record_mentions(self, s: int, t: int, it: int, first_id: int, size: int) -> list[Row]:
        r = self.rnd
        d0 = r.randrange(DAYS - 300)
        (sid, sname, _, _), (tid, tname, _, _) = self.actors[s], self.actors[t]
        name, category = self.items[it]
        qty = float(r.choice([2, 4, 12, 24, 50, 100]))
        out = []
        for k in range(size):
            day = d0 + r.randrange(300)
            while not self.docs_by_day[day]:
                day = (day + 1) % DAYS
            doc = r.choice(self.docs_by_day[day])
            self.doc_actor.update(((doc << 8) | s, (doc << 8) | t))
            idx, self.doc_idx[doc] = self.doc_idx[doc], self.doc_idx[doc] + 1
            when = START + timedelta(days=day) if r.random() < 0.3 else None
            out.append(NULLS[MentionRow] | {
                "id": first_id + k, "document_id": self._doc_id(doc), "idx": idx,
                "record_key": key_of(self._collection(first_id), sid, tid, name, category), "record_id": first_id, "supplier_id": sid,
                "supplier_text": sname, "recipient_id": tid, "recipient_text": tname, "item_text": name,
                "designation": name, "category": category, "quantity": qty if r.random() < 0.5 else None,
                "stage": r.choice(STAGES), "factuality": r.choices(FACTS, FACT_W)[0],
                "when_text": when and when.isoformat(), "when_start": when, "when_end": when,
                "evidence_text": f"{sname} sent {name} to {tname}.", "evidence_start": 0, "evidence_end": 40,
                "rule": "bench", "confidence": round(r.uniform(0.5, 0.95), 2), "_day": day, "_pub": self.doc_pub[doc]})
        return out

    def _record(self, ms: list[Row]) -> Row:
        pro = [m for m in ms if m["factuality"] == "asserted"]
        con = [m for m in ms if m["factuality"] in ("denied", "negated")]
        clash = sorted({m["stage"] for m in pro} & {m["stage"] for m in con}, key=STAGE_ORDER.__getitem__)
        pool = pro or [m for m in ms if m["factuality"] == "uncertain"] or ms
        latest = max(pool, key=lambda m: (m["_day"], STAGE_ORDER[m["stage"]], m["id"]))
        fact = "contested" if clash else next(f for f in FACTS if f in {m["factuality"] for m in ms})
        days, pubs = [m.pop("_day") for m in ms], [m.pop("_pub") for m in ms]
        qty = Counter(m["quantity"] for m in pro or ms if m["quantity"] is not None).most_common(1)
        first, last = START + timedelta(days=min(days)), START + timedelta(days=max(days))
        same = ("id", "supplier_id", "recipient_id", "designation", "category", "item_text")
        return {k: ms[0][k] for k in same} | {"key": ms[0]["record_key"], "quantity": qty[0][0] if qty else None, "first_date": first,
                "last_date": last, "latest_stage": latest["stage"],
                "stages": ",".join(sorted({m["stage"] for m in ms}, key=STAGE_ORDER.__getitem__)),
                "factuality": fact, "n_mentions": len(ms), "n_documents": len({m["document_id"] for m in ms}),
                "sources": len({pubs[i] for i, m in enumerate(ms) if m["factuality"] == "asserted"}),
                "sources_against": len({pubs[i] for i, m in enumerate(ms) if m["factuality"] in ("denied", "negated")}),
                "publishers": sorted({self.pubs[p] for p in pubs}), "contradiction": bool(clash),
                "contradiction_detail": {"stages": clash} if clash else None,
                "confidence": max(m["confidence"] for m in ms), "first_seen": first, "last_seen": last,
                "factualities": ",".join(sorted({m["factuality"] for m in ms})),
                "collection": self._collection(ms[0]["id"])}

    def _event(self, j: int) -> Row:
        r = self.rnd
        a, b = r.choices(range(len(self.actors)), self.weights, k=2)
        doc = r.randrange(self.n_docs)
        self.doc_idx[doc] += 1
        self.doc_actor.update(((doc << 8) | a, (doc << 8) | b))
        return NULLS[EventRow] | {
            "document_id": self._doc_id(doc), "idx": self.doc_idx[doc] + 100_000,
            "type": r.choice(["AID", "AGREE", "CONSULT", "SUPPORT", "COERCE", "REJECT"]),
            "actor_id": self.actors[a][0], "actor_text": self.actors[a][1], "target_id": self.actors[b][0],
            "target_text": self.actors[b][1], "factuality": "asserted", "evidence_text": "x", "evidence_start": 0,
            "day": self.doc_day[doc],
            "evidence_end": 1, "rule": "bench", "confidence": 0.7, "transfers": []}


def kinds(b: Builder) -> dict[str, Callable[[random.Random], RegisterFilter | str]]:
    """What an analyst asks, as `materiel register` asks it: a page of DEFAULT_LIMIT records."""
    ids = [a[0] for a in b.actors]
    top = ids[:20]  # the big suppliers (skewed weights)

    def page(**kw: Any) -> RegisterFilter:
        return RegisterFilter(limit=DEFAULT_LIMIT, **kw)
    return {
        "register (no filter)": lambda r: page(),
        "register --limit 50": lambda r: RegisterFilter(limit=50),
        "register --supplier ID": lambda r: page(supplier=r.choice(ids)),
        "register --supplier NAME (top 20)": lambda r: page(supplier=b.actors[r.randrange(20)][1]),
        "register --recipient ID": lambda r: page(recipient=r.choice(ids)),
        "register --item X": lambda r: page(item=r.choice(b.items)[0]),
        "register --category C": lambda r: page(category=r.choice(b.items)[1]),
        "register --stage S": lambda r: page(stage=r.choice(STAGES)),
        "register --factuality denied": lambda r: page(factuality="denied"),
        "register --contradictions": lambda r: page(contradictions=True),
        "register --since/--until (90 d)": lambda r: page(
            since=(d := START + timedelta(days=r.randrange(DAYS))), until=d + timedelta(days=90)),
        "register --min-sources 4": lambda r: page(min_sources=4),
        "register --collection bench-b": lambda r: page(collection="bench-b"),
        "register --supplier --stage --since": lambda r: page(
            supplier=r.choice(top), stage=r.choice(STAGES), since=START + timedelta(days=r.randrange(DAYS))),
        "register --supplier --recipient": lambda r: page(supplier=r.choice(top), recipient=r.choice(top)),
        "register --sort -sources": lambda r: page(sort="-sources"),
        "register --sort -last_date": lambda r: page(sort="-last_date"),
        "register page 50 (--offset 4900)": lambda r: RegisterFilter(limit=DEFAULT_LIMIT, offset=4900),
        "actor NAME (profile)": lambda r: r.choice(b.actors)[1],
        "actor NAME (profile, top 5)": lambda r: b.actors[r.randrange(5)][1],
    }


def explain(store: Store, f: RegisterFilter | str) -> None:
    """EXPLAIN QUERY PLAN of a register query (for a profile: of the supplier's register)."""
    with store.read() as session:
        q = select_records(session, f if isinstance(f, RegisterFilter) else RegisterFilter(supplier=f), scope=None)
        c = q.compile(store.engine, compile_kwargs={"render_postcompile": True})
        plan = session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + str(c),
                                                    tuple(c.params[k] for k in c.positiontup or ()))
        print("\n".join("       " + row[-1] for row in plan), "\n       --")


def full_listing(store: Store) -> None:
    """`materiel register --all`: every record, streamed; rows per second rather than a latency."""
    with store.read() as session:
        t = time.perf_counter()
        n = len(register(session, RegisterFilter(), scope=None))
        dt = time.perf_counter() - t
    print(f"\nregister --all (every record): {n:,} rows in {dt:.2f} s ({n / dt:,.0f} rows/s)")


def store_size(store: Store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(MentionRow)) or 0


def reuse_counts(store: Store) -> tuple[int, int, int]:
    with store.read() as session:
        return tuple(session.scalar(select(func.count()).select_from(t)) or 0  # type: ignore[return-value]
                     for t in (RecordRow, DocActorRow, EventRow))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mentions", type=int, default=1_000_000)
    ap.add_argument("--db")  # default: a file in a temporary folder, removed at exit
    ap.add_argument("--runs", type=int, default=50)
    ap.add_argument("--budget", type=float, default=20.0, help="seconds at most per query kind")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--reuse", action="store_true", help="with --db: query the store there if it was built before")
    a = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    path = Path(a.db) if a.db else Path(tmp.name) / "bench.db"
    t0, store = time.perf_counter(), open_store(str(path))
    b = Builder(store, a.mentions, a.seed)
    if a.reuse and store_size(store) == a.mentions:
        n_rec, n_da, n_ev = reuse_counts(store)
    else:
        n_rec, n_da, n_ev = b.build()
        with store.engine.begin() as conn:  # what `materiel add` leaves behind: statistics for the planner
            conn.exec_driver_sql("ANALYZE")
    built = time.perf_counter() - t0
    store.close()
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    print(f"store: {path}  ({a.mentions:,} mentions, {n_rec:,} records, {b.n_docs:,} documents, "
          f"{len(b.actors)} actors, {len(b.items)} items, {n_da:,} doc_actors, {n_ev:,} events)")
    print(f"build: {built:.1f} s   size: {size / 1e6:.0f} MB (with WAL)")
    store, r = open_store(str(path)), random.Random(a.seed + 1)
    print(f"\n{'query':40} {'runs':>4} {'rows(avg)':>9} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  p95<100ms")
    slow: list[tuple[str, Any]] = []
    for name, make in kinds(b).items():
        times, rows = [], []
        for _ in range(a.runs):
            arg = make(r)
            with store.read() as session:
                t = time.perf_counter()
                out = profile(session, arg, scope=None) if isinstance(arg, str) else register(session, arg, scope=None)
                dt = time.perf_counter() - t
            times.append(dt * 1000)
            rows.append(len(out["transfers_out"]) + len(out["transfers_in"]) if isinstance(out, dict) else len(out))
            if sum(times) > a.budget * 1000:
                break
        times.sort()
        ok = (p95 := times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]) < 100
        print(f"{name:40} {len(times):4} {statistics.mean(rows):9,.0f} {statistics.median(times):8.1f} "
              f"{p95:8.1f} {times[-1]:8.1f}  {'yes' if ok else 'NO'}", flush=True)
        if not ok:
            slow.append((name, make(r)))
    full_listing(store)
    for name, arg in slow:
        print(f"\nslow: {name}; EXPLAIN QUERY PLAN:")
        explain(store, arg if not isinstance(arg, str) else next(x[0] for x in b.actors if x[1] == arg))
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
