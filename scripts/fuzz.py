"""Coverage-guided fuzzing of materiel's readers and extraction with atheris (libFuzzer for Python).

    pip install atheris            # optional: `pip install -e '.[fuzz]'`
    python scripts/fuzz.py TARGET [libFuzzer options, e.g. -runs=100000 -max_total_time=300] [CORPUS_DIR ...]

TARGET is one of: read_bytes, jsonl, pdf, feed, page, extract. Without a corpus folder, the seeds of
tests/fuzz_inputs.py (small valid inputs of each kind) start the run. Every input must give a result or an
InputError naming its source in one line; anything else is a crash, which libFuzzer reports with the input
saved as crash-<hash> (replay it: python scripts/fuzz.py TARGET crash-<hash>). No network is used: feed
items' links are answered "offline". `make test-slow` runs each target for a few thousand inputs.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

import atheris

with atheris.instrument_imports(include=["materiel", "pypdf", "feedparser"]):
    from materiel.extraction.pipeline import get_extractor
    from materiel.record.errors import InputError
    from materiel.sources import fetch as web
    from materiel.sources import inputs, pdf
    from materiel.sources.readers import read_bytes

import fuzz_inputs

SOURCE = "fuzz-source"
FOLDER = Path(tempfile.mkdtemp(prefix="materiel-atheris-"))


def _clear(error: InputError) -> None:
    if not error.source or not error.reason.strip() or "\n" in error.reason:
        raise AssertionError(f"unclear error: {error!r}")


def _offline(url: str, max_bytes: int, timeout: float | None = None) -> Any:
    raise InputError(url, "offline (fuzz)")


def t_read_bytes(data: bytes) -> None:
    try:
        read_bytes(data, SOURCE, 1 << 20)
    except InputError as error:
        _clear(error)


def t_jsonl(data: bytes) -> None:
    path = FOLDER / "input.jsonl"
    path.write_bytes(data)
    for item in inputs.read_jsonl(str(path), 1 << 20, None):
        if isinstance(item, InputError):
            _clear(item)


def t_pdf(data: bytes) -> None:
    try:
        pdf.pdf_text(data, SOURCE)
    except InputError as error:
        _clear(error)


def t_feed(data: bytes) -> None:
    for item in web.read_feed("https://feeds.example/rss", data, 1 << 20, None):
        if isinstance(item, InputError):
            _clear(item)


def t_page(data: bytes) -> None:
    for ctype in ("text/html", "application/pdf", "text/plain"):
        try:
            web.page("https://pages.example/a", data, ctype, "https://pages.example/a", None)
        except InputError as error:
            _clear(error)


_EXTRACTOR: list[Any] = []


def t_extract(data: bytes) -> None:
    if not _EXTRACTOR:
        _EXTRACTOR.append(get_extractor())
    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(4096)
    try:
        _EXTRACTOR[0].extract_text(text, source=SOURCE, published="2024-05-14")
    except InputError as error:
        _clear(error)


TARGETS = {"read_bytes": (t_read_bytes, ("text", "html")), "jsonl": (t_jsonl, ("jsonl",)), "pdf": (t_pdf, ("pdf",)),
           "feed": (t_feed, ("feed",)), "page": (t_page, ("html", "pdf", "text")), "extract": (t_extract, ("text",))}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: python scripts/fuzz.py {{{','.join(TARGETS)}}} [libFuzzer options] [CORPUS_DIR ...]")
    target, kinds = TARGETS[sys.argv[1]]
    args = [sys.argv[0], *sys.argv[2:]]
    if not any(not a.startswith("-") for a in args[1:]):  # no corpus or crash file given: start from the seeds
        corpus = FOLDER / "corpus"
        corpus.mkdir()
        for n, seed in enumerate(s for kind in kinds for s in fuzz_inputs.SEEDS[kind]):
            (corpus / f"seed-{n}").write_bytes(seed)
        args.append(str(corpus))
    web.fetch = _offline  # type: ignore[assignment]
    os.environ.pop(web.ALLOW_PRIVATE_ENV, None)
    atheris.Setup(args, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
