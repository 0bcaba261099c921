"""Throughput of `materiel extract` against plain spaCy parsing of the same documents, measured
in one run on the same machine (ratios, not absolute speeds, are what carry over).

    python bench/throughput.py [--docs N] [--shared ../shared]

Reads BBC News articles from ../shared/eval/bbc-news/bbc.jsonl (skips with a message when absent).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import spacy

from materiel.extraction.pipeline import Extractor
from materiel.sources.document import Document


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    a = ap.parse_args()
    path = Path(a.shared) / "eval" / "bbc-news" / "bbc.jsonl"
    if not path.exists():
        print(f"skipped: {path} not found (the BBC News set lives in the shared folder)")
        return 0
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")][: a.docs]
    words = sum(len(t.split()) for t in texts)

    base = spacy.load(_base_name())
    t0 = time.perf_counter()
    for _ in base.pipe(texts, batch_size=32):
        pass
    t_spacy = time.perf_counter() - t0

    ex = Extractor()
    t0 = time.perf_counter()
    rows = sum(len(ex.extract(Document(text=t)).transfers) for t in texts)
    t_materiel = time.perf_counter() - t0

    print(f"{len(texts)} BBC documents, {words:,} words, {rows} transfer rows")
    print(f"plain spaCy parse : {words / t_spacy:10,.0f} words/s")
    print(f"materiel extract  : {words / t_materiel:10,.0f} words/s")
    print(f"ratio materiel/spaCy: {t_spacy / t_materiel:.2f}")
    return 0


def _base_name() -> str:
    import importlib.util

    from materiel.extraction.nlp import DEFAULT_MODELS

    return next(n for n in DEFAULT_MODELS if importlib.util.find_spec(n))


if __name__ == "__main__":
    sys.exit(main())
