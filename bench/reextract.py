"""`materiel reextract` at scale (issue 13; prints figures, not a test):

    python bench/reextract.py [--docs 2000] [--reviews 500] [--workers 1,2] [--shared ../shared]

The first --docs BBC News articles of ../shared/eval/bbc-news/bbc.jsonl (skipped with a message when absent)
are added to a temporary SQLite store (`ingest.add`, the prefilter on, two workers), then --reviews mentions
are reviewed through `materiel.security.reviewing.decide` (what `materiel review` and the workbench call),
spread evenly over the records: 3 in 5 accepted, 1 in 5 rejected (wrong stage), 1 in 5 corrected (stage and
quantity). General news holds almost no transfer (3 records in the 2,225 articles), so that there are
mentions to review, one article in four (evenly spread) gets one sentence of a transfer appended, from the
templates below; the other three in four are parsed as they are (most of them not at all: the prefilter).

Then `store.reextract.reextract` (what `materiel reextract` runs: `add`'s ExtractSpec and worker pool) over
the whole store, once per --workers value, one after the other in this run: documents per second in the
steady state (from the first document written to the last: starting the workers and loading the model are
reported apart, as bench/parallel.py does) and over the whole call, and how many reviews were kept, moved
and listed each time.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from materiel.compute.spec import ExtractSpec
from materiel.security import reviewing
from materiel.security.access import LOCAL
from materiel.store import open_store
from materiel.store.db import Store
from materiel.store.ingest import add
from materiel.store.reextract import reextract
from materiel.store.schema import MentionRow

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"
SUPPLIERS = ("Germany", "France", "Spain", "Italy", "Norway", "Sweden", "Poland", "Turkey")
RECIPIENTS = ("Ukraine", "Ghana", "Peru", "Chile", "Egypt", "India", "Kenya", "Brazil")
ITEMS = ("howitzers", "Leopard 2 tanks", "patrol boats", "helicopters", "armoured vehicles")
SENTENCE = "{s} has delivered {n} {i} to {r}, the {s_adj} defence ministry said on Tuesday."
ADJ = {"Germany": "German", "France": "French", "Spain": "Spanish", "Italy": "Italian", "Norway": "Norwegian",
       "Sweden": "Swedish", "Poland": "Polish", "Turkey": "Turkish"}


def corpus(src: Path, n: int, out: Path) -> int:
    """The first `n` articles into `out` (JSON Lines), one in four with a transfer sentence appended."""
    combos = itertools.cycle(itertools.product(SUPPLIERS, RECIPIENTS, ITEMS))
    lines = []
    with src.open(encoding="utf-8") as fh:
        for i, line in enumerate(itertools.islice(fh, n)):
            art = json.loads(line)
            if i % 4 == 3:
                s, r, it = next(combos)
                art["text"] += "\n\n" + SENTENCE.format(s=s, r=r, i=it, n=2 + i % 20, s_adj=ADJ[s])
            lines.append(json.dumps({"title": art["title"], "text": art["text"], "published": "2005-03-01"}))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def review(store: Store, n: int) -> int:
    """`n` decisions, spread evenly over the mentions in record order; how many were made."""
    with store.read() as session:
        ids = list(session.scalars(select(MentionRow.id).order_by(MentionRow.record_id, MentionRow.id)))
    step = max(1, len(ids) / max(n, 1))
    chosen = sorted({ids[int(k * step)] for k in range(min(n, len(ids)))})
    for k, mention in enumerate(chosen):
        if k % 5 == 3:
            reviewing.decide(store, LOCAL, mention, "rejected", who="bench", reason="wrong stage")
        elif k % 5 == 4:
            reviewing.decide(store, LOCAL, mention, "corrected", who="bench",
                             corrections={"stage": "ordered", "quantity": str(k % 7 + 1)})
        else:
            reviewing.decide(store, LOCAL, mention, "accepted", who="bench")
    return len(chosen)


def timed(store: Store, workers: int) -> dict[str, Any]:
    stamps: list[float] = []
    t0 = time.perf_counter()
    out = reextract(store, ExtractSpec(None, prefilter=True), scope=None, workers=workers,
                    progress=lambda _n: stamps.append(time.perf_counter()))
    total = time.perf_counter() - t0
    steady = (len(stamps) - 1) / (stamps[-1] - stamps[0]) if len(stamps) > 1 and stamps[-1] > stamps[0] else 0.0
    return {"workers": workers, "documents": out.documents, "failed": len(out.failed), "seconds": total,
            "start": stamps[0] - t0 if stamps else total, "steady": steady, "overall": out.documents / total,
            "kept": out.kept, "moved": out.moved, "listed": len(out.listed)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--reviews", type=int, default=500)
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts, each measured in turn")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    a = ap.parse_args(argv)
    src = a.shared / "eval" / "bbc-news" / "bbc.jsonl"
    if not src.is_file():
        print(f"bench/reextract.py: skipped: {src} not found (the BBC News set lives in the shared folder; "
              "give --shared DIR)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        n = corpus(src, a.docs, Path(tmp) / "bbc.jsonl")
        store = open_store(str(Path(tmp) / "store.db"))
        try:
            t0 = time.perf_counter()
            s = add(store, [str(Path(tmp) / "bbc.jsonl")], published=date(2005, 3, 1),
                    extract=ExtractSpec(None, prefilter=True), workers=2, collection="bbc")
            made = review(store, a.reviews)
            print(f"store: {n} BBC articles read, {s.added} added ({s.transfers} transfer rows) and {made} mentions "
                  f"reviewed in {time.perf_counter() - t0:.0f} s")
            print(f"\n{'workers':>7} {'docs':>5} {'start s':>8} {'docs/s':>7} {'overall':>8} {'kept':>5} {'moved':>6} "
                  f"{'listed':>6}")
            for w in (int(x) for x in a.workers.split(",")):
                r = timed(store, w)
                print(f"{w:7} {r['documents']:5} {r['start']:8.1f} {r['steady']:7.1f} {r['overall']:8.1f} "
                      f"{r['kept']:5} {r['moved']:6} {r['listed']:6}", flush=True)
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
