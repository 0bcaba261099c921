"""Records on general news: how many transfer records `materiel add` (prefilter on) keeps from the 2,225
BBC News articles (2004-2005; business, entertainment, politics, sport, tech), per BBC category, with each
record's supplier, recipient, item and stage, so that civilian deals and other noise can be read at a glance.

    python bench/bbc_records.py [--shared ../shared] [--workers N] [--json]

The articles are added to a temporary SQLite store (nothing is kept). A record's category is that of the
first article it was read from (the source of a JSON Lines document is `path:line`). Articles whose text
repeats an earlier one are skipped by the store, as `materiel add` always does. Skipped with a message
when the BBC set is absent (it lives in the shared folder, never in the repository).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from materiel.compute.spec import ExtractSpec
from materiel.store import open_store
from materiel.store.filters import RegisterFilter
from materiel.store.ingest import add
from materiel.store.queries import record, register

CATEGORIES = ("business", "entertainment", "politics", "sport", "tech")
DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"


def bbc_path(shared: Path) -> Path:
    return shared / "eval" / "bbc-news" / "bbc.jsonl"


def article_ids(src: Path) -> dict[int, str]:
    """Line number (1-based, as in a document's source `path:line`) -> article id ('business/001')."""
    ids: dict[int, str] = {}
    with src.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                ids[number] = json.loads(line)["id"]
    return ids


def _article(source: str | None, ids: dict[int, str]) -> str:
    line = (source or "").rpartition(":")[2]
    return ids.get(int(line), "?") if line.isdigit() else "?"


def measure(src: Path, workers: int = 1) -> dict[str, Any]:
    """Add every article of `src` to a temporary store; the records, each with its BBC article and category."""
    ids = article_ids(src)
    spec = ExtractSpec(None, prefilter=True)
    if workers == 1:
        spec.warm()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "bbc.db"))
        t0 = time.perf_counter()
        summary = add(store, [str(src)], publisher="BBC News", extract=spec, workers=workers)
        seconds = time.perf_counter() - t0
        records: list[dict[str, Any]] = []
        with store.read() as session:
            for r in register(session, RegisterFilter(), scope=None):
                full = record(session, r["record"], scope=None)
                mentions = full["mention_rows"]
                article = _article(mentions[0]["source"] if mentions else None, ids)
                records.append({
                    "record": r["record"], "article": article, "category": article.partition("/")[0],
                    "supplier": r["supplier"], "recipient": r["recipient"], "item": r["item"],
                    "stage": r["latest_stage"], "factuality": r["factuality"],
                    "rule": mentions[0]["rule"] if mentions else None,
                    "evidence": mentions[0]["evidence"] if mentions else None,
                })
        store.close()
    per = Counter(x["category"] for x in records)
    records.sort(key=lambda x: (x["article"], x["record"]))
    return {"articles": len(ids), "added": summary.added, "skipped": len(summary.skipped),
            "failed": len(summary.failed), "rows": summary.transfers, "events": summary.events, "seconds": round(seconds, 1),
            "records": len(records), "per_category": {c: per.get(c, 0) for c in CATEGORIES}, "list": records}


def print_report(result: dict[str, Any]) -> None:
    print(f"BBC News: {result['articles']} articles, {result['added']} added ({result['skipped']} repeated texts "
          f"skipped, {result['failed']} failed) in {result['seconds']} s; {result['rows']} transfer rows, "
          f"{result['records']} records, {result['events']} events")
    print("records per category: " + ", ".join(f"{c} {n}" for c, n in result["per_category"].items()))
    for x in result["list"]:
        print(f"  {x['article']:<18} {x['supplier']!s:<22} -> {x['recipient']!s:<22} {x['item']!s:<28} "
              f"{x['stage']} ({x['rule']})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(DEFAULT_SHARED), help="the shared folder (default: ../shared)")
    ap.add_argument("--workers", type=int, default=1, help="extraction processes (default 1)")
    ap.add_argument("--json", action="store_true", help="print the result as one JSON object")
    a = ap.parse_args()
    src = bbc_path(Path(a.shared))
    if not src.exists():
        print(f"skipped: {src} not found (the BBC News set lives in the shared folder)")
        return 0
    result = measure(src, a.workers)
    if a.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print_report(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
