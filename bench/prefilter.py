"""The prefilter on general news: the full `materiel add` (extraction and store) with and without the
prefilter, against plain spaCy parsing (`nlp.pipe`) of the same BBC texts, measured in one run
(ratios, not absolute speeds, are what carry over).

    python bench/prefilter.py [--docs N] [--shared ../shared]

Texts: the first N BBC News articles of ../shared/eval/bbc-news/bbc.jsonl (skipped with a message when
absent). Each run is its own subprocess (one process, one worker); model loading is not timed.
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

MODES = ("spacy", "add-full", "add-prefilter")


def child(mode: str, src: Path) -> dict[str, Any]:
    texts = [json.loads(line)["text"] for line in src.open(encoding="utf-8") if line.strip()]
    if mode == "spacy":
        import spacy

        from materiel.extraction.nlp import DEFAULT_MODELS

        nlp = spacy.load(next(n for n in DEFAULT_MODELS if importlib.util.find_spec(n)))
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
        secs, extra = time.perf_counter() - t0, {}
    else:
        from materiel.compute.spec import ExtractSpec
        from materiel.store import open_store
        from materiel.store.ingest import add

        spec = ExtractSpec(None, prefilter=mode == "add-prefilter")
        spec.warm()
        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(str(Path(tmp) / "bench.db"))
            t0 = time.perf_counter()
            s = add(store, [str(src)], publisher="BBC News", extract=spec, workers=1)
            secs = time.perf_counter() - t0
            store.close()
        extra = {"added": s.added, "transfers": s.transfers, "events": s.events}
        if spec.prefilter:
            from materiel.extraction.pipeline import get_extractor

            pre = get_extractor(None, True).prefilter
            assert pre is not None
            sel = [pre.select(t) for t in texts]
            extra |= {"docs_parsed": sum(1 for x in sel if x), "sentences": sum(x.sentences for x in sel),
                      "sentences_parsed": sum(x.kept for x in sel)}
    return {"mode": mode, "docs": len(texts), "words": sum(len(t.split()) for t in texts), "seconds": secs,
            "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, **extra}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=500, help="BBC articles to take (the whole set has 2,225)")
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    ap.add_argument("--src", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        print(json.dumps(child(a.child, Path(a.src))))
        return 0
    bbc = Path(a.shared) / "eval" / "bbc-news" / "bbc.jsonl"
    if not bbc.exists():
        print(f"skipped: {bbc} not found (the BBC News set lives in the shared folder)")
        return 0
    from machine import describe

    print(describe())
    res: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "bbc.jsonl"
        with bbc.open(encoding="utf-8") as fh:
            src.write_text("".join(line for _, line in zip(range(a.docs), fh, strict=False)), encoding="utf-8")
        for mode in MODES:
            done = subprocess.run([sys.executable, __file__, "--child", mode, "--src", str(src)],
                                  capture_output=True, text=True, check=False)
            if done.returncode:
                print(f"{mode} failed:\n{done.stderr[-2000:]}")
                return 1
            res[mode] = json.loads(done.stdout.strip().splitlines()[-1])
    sp, full, pre = res["spacy"], res["add-full"], res["add-prefilter"]
    print(f"{sp['docs']} BBC News articles, {sp['words']:,} words; one process each")
    print(f"{'run':34} {'seconds':>8} {'docs/s':>8} {'words/s':>9} {'peak MB':>8}")
    names = {"spacy": "plain spaCy nlp.pipe (parse all)", "add-full": "materiel add --no-prefilter",
             "add-prefilter": "materiel add (prefilter)"}
    for mode in MODES:
        r = res[mode]
        print(f"{names[mode]:34} {r['seconds']:8.1f} {r['docs'] / r['seconds']:8.1f} "
              f"{r['words'] / r['seconds']:9,.0f} {r['maxrss_mb']:8.0f}")
    print(f"prefilter parsed {pre['docs_parsed']} of {pre['docs']} documents, {pre['sentences_parsed']:,} of "
          f"{pre['sentences']:,} sentences; rows: {full['transfers']} without, {pre['transfers']} with the prefilter")
    ratio = full["seconds"] / pre["seconds"]
    print(f"add with prefilter vs add parsing everything: {ratio:.2f}x faster (bar >= 3x: {'yes' if ratio >= 3 else 'NO'})")
    print(f"add parsing everything vs plain nlp.pipe: {sp['seconds'] / full['seconds']:.2f}x the speed")
    print(f"add with prefilter vs plain nlp.pipe: {sp['seconds'] / pre['seconds']:.2f}x the speed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
