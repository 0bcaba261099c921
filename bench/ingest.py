"""Cost of the store on top of extraction: `materiel.store.ingest.add` (what `materiel add` runs) into a
fresh SQLite store, against materiel's extraction alone and plain spaCy parsing of the same texts
(a benchmark that prints figures, not a test).

    python bench/ingest.py [--docs N] [--shared ../shared]

Texts: the first N BBC News articles of ../shared/eval/bbc-news/bbc.jsonl (skipped with a message when
absent) plus ../shared/examples/*.txt. Each of the three runs is its own subprocess, so its peak memory
(ru_maxrss) is its own; model loading is timed apart from the documents/s.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

MODES = ("spacy", "extract", "ingest")


def _texts(src: Path) -> list[tuple[str, str]]:
    """(source, text) of every input line or file, in the order `add` reads them."""
    out: list[tuple[str, str]] = []
    for p in sorted(src.iterdir()):
        if p.suffix == ".jsonl":
            out += [(f"{p}:{i}", json.loads(line)["text"]) for i, line in enumerate(p.open(encoding="utf-8"), 1)
                    if line.strip()]
        elif p.suffix == ".txt":
            out.append((str(p), p.read_text(encoding="utf-8")))
    return out


def _unique(texts: list[tuple[str, str]]) -> list[str]:
    from materiel.sources.document import Document

    seen: dict[str, str] = {}
    for _, t in texts:
        seen.setdefault(Document(text=t).id, t)
    return list(seen.values())


def child(mode: str, src: Path) -> dict[str, Any]:
    """One measurement, in this (fresh) process."""
    texts = _texts(src)
    t0 = time.perf_counter()
    if mode == "spacy":
        import spacy

        from materiel.extraction.nlp import DEFAULT_MODELS

        nlp = spacy.load(next(n for n in DEFAULT_MODELS if importlib.util.find_spec(n)))
        docs = _unique(texts)
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        for _ in nlp.pipe(docs, batch_size=32):
            pass
        n, extra = len(docs), {}
    elif mode == "extract":
        from materiel.extraction.pipeline import get_extractor
        from materiel.sources.document import Document

        ex = get_extractor()
        docs = _unique(texts)
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        rows = sum(len(ex.extract(Document(text=t)).transfers) for t in docs)
        n, extra = len(docs), {"transfers": rows}
    else:
        from materiel.store import open_store
        from materiel.store.ingest import add, default_extract

        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(str(Path(tmp) / "ingest.db"))
            plain = default_extract(None)  # what `add` builds itself; built here to time the model load apart
            reports: dict[str, Any] = {}

            def extract(item: Any) -> Any:  # keeps each report for the store-only pass below
                return reports.setdefault(item.document.id, plain(item))
            load = time.perf_counter() - t0
            t1 = time.perf_counter()
            s = add(store, [str(src)], publisher="BBC News", extract=extract)
            secs = time.perf_counter() - t1
            store.close()
            size = sum(p.stat().st_size for p in Path(tmp).iterdir())
            again = open_store(str(Path(tmp) / "again.db"))  # store only: same inputs, reports already made
            s2 = add(again, [str(src)], publisher="BBC News", extract=lambda item: reports[item.document.id])
            again.close()
        n = s.added
        extra = {"skipped": len(s.skipped), "failed": len(s.failed), "transfers": s.transfers, "events": s.events,
                 "db_bytes": size, "add_seconds": s.seconds, "store_only_seconds": s2.seconds}
    secs = secs if mode == "ingest" else time.perf_counter() - t1
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return {"mode": mode, "docs": n, "inputs": len(texts), "seconds": secs, "load_seconds": load,
            "maxrss_mb": rss / 1024, **extra}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2225, help="BBC articles to take (the whole set has 2,225)")
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    ap.add_argument("--src", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        print(json.dumps(child(a.child, Path(a.src))))
        return 0
    bbc = Path(a.shared) / "eval" / "bbc-news" / "bbc.jsonl"
    examples = sorted((Path(a.shared) / "examples").glob("*.txt"))
    if not bbc.exists():
        print(f"skipped: {bbc} not found (the BBC News set lives in the shared folder)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "inputs"
        src.mkdir()
        with bbc.open(encoding="utf-8") as fh, (src / "bbc.jsonl").open("w", encoding="utf-8") as out:
            for i, line in enumerate(fh):
                if i >= a.docs:
                    break
                out.write(line)
        for p in examples:
            (src / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
        res: dict[str, dict[str, Any]] = {}
        for mode in MODES:
            cmd = [sys.executable, __file__, "--child", mode, "--src", str(src)]
            done = subprocess.run(cmd, capture_output=True, text=True, check=False)
            if done.returncode:
                print(f"{mode} failed:\n{done.stderr[-2000:]}")
                return 1
            res[mode] = json.loads(done.stdout.strip().splitlines()[-1])
    n_in = res["ingest"]["inputs"]
    print(f"inputs: {min(a.docs, 2225)} BBC articles + {len(examples)} example files = {n_in} "
          f"({res['extract']['docs']} distinct texts)")
    print(f"{'run':26} {'docs':>5} {'seconds':>8} {'docs/s':>7} {'s/doc':>7} {'load s':>7} {'peak MB':>8}")
    names = {"spacy": "plain spaCy (nlp.pipe)", "extract": "materiel extract alone", "ingest": "store ingest (add)"}
    for mode in MODES:
        r = res[mode]
        print(f"{names[mode]:26} {r['docs']:5} {r['seconds']:8.1f} {r['docs'] / r['seconds']:7.2f} "
              f"{r['seconds'] / r['docs']:7.3f} {r['load_seconds']:7.1f} {r['maxrss_mb']:8.0f}")
    ing, ext, sp = (res[m]["seconds"] / res[m]["docs"] for m in ("ingest", "extract", "spacy"))
    i = res["ingest"]
    print(f"ingest: {i['docs']} added, {i['skipped']} skipped, {i['failed']} failed, {i['transfers']} transfer rows, "
          f"{i['events']} events, store {i['db_bytes'] / 1e6:.1f} MB")
    over = ing / ext - 1
    print(f"store ingest vs extraction alone (time per document): {ing / ext:.3f} "
          f"(store cost {over:+.1%}; target < 15%: {'yes' if over < 0.15 else 'NO'})")
    so = i["store_only_seconds"] / i["docs"]
    print(f"store only (add again into a fresh store with the reports already made): {so * 1000:.1f} ms/doc "
          f"= {so / ext:.1%} of extraction")
    print(f"store ingest vs plain spaCy (time per document): {ing / sp:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
