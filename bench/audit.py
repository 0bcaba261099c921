"""What teams and trust cost: the audit trail and accounts, measured in one run (a benchmark that
prints figures, not a test).

    python bench/audit.py [--entries 200000] [--reads 300]

- the audit trail: appends per second (one transaction each, as the workbench writes them) and
  `verify` over `--entries` entries (entries per second);
- a document read on the workbench (`GET /api/documents/{id}`, the text returned): single-user without
  an audit trail, single-user with it, and signed in with an account (session lookup, grants, scope,
  audit entry); the ratios against the first are what the audit and the accounts add to a read.

Everything runs on a fresh SQLite store in a temporary folder; the documents are synthetic (no model is
loaded: a fake extractor returns empty reports).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))


def _empty_report(item: Any) -> Any:
    from materiel.record.models import DocumentInfo, Report

    doc = item.document
    return Report(document=DocumentInfo(id=doc.id, source=doc.source, title=doc.title))


def _store(folder: Path, docs: int) -> tuple[str, list[str]]:
    from materiel.security import accounts
    from materiel.store import open_store
    from materiel.store.ingest import add

    corpus = folder / "docs"
    corpus.mkdir()
    for i in range(docs):
        (corpus / f"d{i}.txt").write_text(f"Report {i}: the ministry said the shipment arrived on time. " * 40,
                                          encoding="utf-8")
    url = str(folder / "bench.db")
    with open_store(url) as store:
        add(store, [str(corpus)], collection="press", extract=_empty_report)
        with store.write() as s:
            accounts.add_user(s, "reader", "bench password 1")
            accounts.grant(s, "reader", "press", "read")
        with store.read() as s:
            from sqlalchemy import select

            from materiel.store.schema import DocumentRow
            ids = list(s.scalars(select(DocumentRow.id)))
    return url, ids


def _appends(url: str, n: int) -> float:
    from materiel.security import audit
    from materiel.store import open_store

    with open_store(url) as store:
        t0 = time.perf_counter()
        for i in range(n):
            audit.log(store, actor="bench", action="read", target=f"doc{i}", collection="press", address="127.0.0.1")
        return n / (time.perf_counter() - t0)


def _bulk(url: str, n: int) -> None:
    from materiel.security import audit
    from materiel.store import open_store

    with open_store(url) as store:
        for start in range(0, n, 5000):
            with store.write() as s:
                for i in range(start, min(n, start + 5000)):
                    audit.append(s, actor=f"user{i % 50}", action="read", target=f"doc{i}", collection="press",
                                 address="10.0.0.1", detail={"n": i})


def _verify(url: str) -> tuple[int, float]:
    from materiel.security import audit
    from materiel.store import open_store

    with open_store(url) as store, store.read() as s:
        t0 = time.perf_counter()
        report = audit.verify(s)
        took = time.perf_counter() - t0
    assert report.ok, report.problems[:3]
    return report.checked, took


def _reads(url: str, ids: list[str], n: int) -> dict[str, float]:
    from fastapi.testclient import TestClient

    from materiel.web.app import create_app

    out: dict[str, float] = {}
    for name in ("single-user, no audit", "single-user, audited", "signed in, audited"):
        app = create_app(url, require_login=name.startswith("signed"))
        if name.endswith("no audit"):
            app.state.audit = None
        with TestClient(app) as c:
            if name.startswith("signed"):
                token = c.get("/login").text.split('name="csrf_token" value="')[1].split('"')[0]
                c.post("/login", data={"name": "reader", "password": "bench password 1", "csrf_token": token})
            times = []
            for i in range(n):
                t0 = time.perf_counter()
                r = c.get(f"/api/documents/{ids[i % len(ids)]}")
                times.append(time.perf_counter() - t0)
                assert r.status_code == 200, r.text
        out[name] = statistics.median(times) * 1000
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=200_000, help="audit entries to verify")
    parser.add_argument("--reads", type=int, default=300, help="document reads per mode")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="materiel-bench-audit-") as tmp:
        url, ids = _store(Path(tmp), 50)
        rate = _appends(url, 500)
        print(f"audit append, one transaction each: {rate:,.0f} entries/s")
        _bulk(url, args.entries)
        checked, took = _verify(url)
        print(f"audit verify: {checked:,} entries in {took:.2f} s ({checked / took:,.0f} entries/s)")
        reads = _reads(url, ids, args.reads)
        base = reads["single-user, no audit"]
        print(f"document read (GET /api/documents/ID), median of {args.reads}:")
        for name, ms in reads.items():
            print(f"  {name:<24} {ms:7.2f} ms   ×{ms / base:.2f}")


if __name__ == "__main__":
    main()
