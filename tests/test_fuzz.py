"""Property-based fuzzing of every reader and of extraction (hypothesis): random bytes, random Unicode and
byte-level mutations of small valid inputs (text in several encodings, HTML, JSON Lines, RSS/Atom, PDF;
`fuzz_inputs`). Whatever the input, a reader returns a document or raises InputError naming the source
with a one-line reason; extraction returns a report or raises InputError; nothing else escapes. No
example is timed (tests never assert on wall-clock time): a hang would be bounded by the readers' and
the extractor's own limits (`materiel.sources.limits`), which these inputs exercise.

`make test` runs a bounded number of examples (derandomized, well under a minute); `make test-slow`
runs the same properties on many more random examples. scripts/fuzz.py drives the same targets with
atheris (coverage-guided) when it is installed.
"""
from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fuzz_inputs as fi
from materiel.extraction.pipeline import Extractor
from materiel.record.errors import InputError
from materiel.record.models import Report
from materiel.sources import fetch as web
from materiel.sources import inputs, pdf
from materiel.sources.document import Document
from materiel.sources.readers import read_bytes, read_path

SOURCE = "fuzz-source"
FAST = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
SLOW = settings(max_examples=3000, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
FOLDER = Path(tempfile.mkdtemp(prefix="materiel-fuzz-"))


def clear(error: InputError, source: str | Callable[[str], bool]) -> None:
    """A clear error: the source named, a non-empty one-line reason."""
    ok = source(error.source) if callable(source) else error.source == source
    assert ok, f"error names {error.source!r}"
    assert error.reason.strip() and "\n" not in error.reason, repr(error.reason)
    assert str(error).startswith(error.source)


def reads(fn: Callable[..., Any], *args: Any, source: str | Callable[[str], bool] = SOURCE) -> Any:
    """Call a reader: a result, or None after checking the InputError it raised. Anything else fails."""
    try:
        return fn(*args)
    except InputError as error:
        clear(error, source)
        return None


def _file(data: bytes, suffix: str) -> str:
    path = FOLDER / f"input{suffix}"
    path.write_bytes(data)
    return str(path)


def twice(strategy: st.SearchStrategy[Any], examples: int) -> Callable[[Callable[..., None]], tuple[Any, Any]]:
    """A bounded test for `make test` and a many-example one marked slow, from one property."""
    def deco(body: Callable[..., None]) -> tuple[Any, Any]:
        quick = settings(FAST, max_examples=examples)(given(strategy)(body))
        long = pytest.mark.slow(settings(SLOW)(given(strategy)(body)))
        return quick, long
    return deco


# --- readers.read_bytes / read_path: text and HTML ------------------------------------------------------

def _read_bytes(data: bytes) -> None:
    doc = reads(read_bytes, data, SOURCE)
    if doc is not None:
        assert isinstance(doc, Document) and doc.text.strip() and doc.source == SOURCE


def _read_path(data: bytes) -> None:
    for suffix in (".txt", ".html"):
        path = _file(data, suffix)
        doc = reads(read_path, path, source=path)
        assert doc is None or doc.source == path


test_read_bytes_random, test_read_bytes_random_slow = twice(st.binary(max_size=4096), 150)(_read_bytes)
test_read_bytes_mutated, test_read_bytes_mutated_slow = twice(fi.mutated(), 200)(_read_bytes)
test_read_bytes_html, test_read_bytes_html_slow = twice(fi.mutated(fi.SEEDS["html"], max_ops=20), 120)(_read_bytes)
test_read_bytes_unicode, test_read_bytes_unicode_slow = twice(
    st.text(max_size=2000).map(lambda s: s.encode("utf-8", "surrogatepass")), 100)(_read_bytes)
test_read_path, test_read_path_slow = twice(fi.mutated(fi.SEEDS["text"] + fi.SEEDS["html"]), 40)(_read_path)


# --- inputs: what `materiel add` reads (JSON Lines, HTML with its head, PDF by name) ---------------------

def _jsonl(data: bytes) -> None:
    path = _file(data, ".jsonl")
    for item in inputs.read_jsonl(path, 1 << 20, None):
        if isinstance(item, InputError):
            clear(item, lambda s: s == path or s.startswith(path + ":"))
        else:
            assert isinstance(item, inputs.Incoming) and item.document.text.strip()
            assert item.url is None or isinstance(item.url, str)


def _json_line(value: Any) -> None:
    import json

    _jsonl(json.dumps(value, ensure_ascii=bool(value) and isinstance(value, dict)).encode("utf-8", "surrogatepass"))


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
                           max_leaves=12)
FIELDS = st.fixed_dictionaries({}, optional={k: JSON_VALUES | st.text() for k in
                                             ("text", "title", "url", "published", "date", "publisher", "source")})
test_jsonl_mutated, test_jsonl_mutated_slow = twice(fi.mutated(fi.SEEDS["jsonl"]), 120)(_jsonl)
test_jsonl_fields, test_jsonl_fields_slow = twice(FIELDS | JSON_VALUES, 120)(_json_line)


def _read_file(data: bytes) -> None:
    for suffix in (".html", ".pdf", ".txt"):
        path = _file(data, suffix)
        item = reads(inputs.read_file, path, 1 << 20, None, source=path)
        assert item is None or (isinstance(item, inputs.Incoming) and item.document.text.strip())


test_read_file, test_read_file_slow = twice(fi.mutated(), 60)(_read_file)


# --- PDF ------------------------------------------------------------------------------------------------

def _pdf(data: bytes) -> None:
    result = reads(pdf.pdf_text, data, SOURCE)
    if result is not None:
        text, title = result
        assert text.strip() and (title is None or isinstance(title, str))


test_pdf_mutated, test_pdf_mutated_slow = twice(fi.mutated(fi.SEEDS["pdf"], max_ops=6), 120)(_pdf)
test_pdf_random, test_pdf_random_slow = twice(st.binary(max_size=2048).map(lambda b: b"%PDF-1.4\n" + b), 60)(_pdf)


# --- feeds and fetched pages (no network: every entry's link is answered "offline") ---------------------

def _offline(url: str, max_bytes: int, timeout: float | None = None) -> tuple[bytes, str, str]:
    raise InputError(url, "offline (fuzz test)")


def _feed(data: bytes) -> None:
    url = "https://feeds.example/rss"
    with mock.patch.object(web, "fetch", _offline):
        assert isinstance(web.is_feed(data, "application/rss+xml", url), bool)
        for item in web.read_feed(url, data, 1 << 20, None):
            if isinstance(item, InputError):
                clear(item, lambda s: bool(s))
            else:
                assert isinstance(item, inputs.Incoming) and item.document.text.strip()


def _page(data: bytes) -> None:
    for ctype in ("text/html", "application/pdf", "text/plain"):
        item = reads(web.page, "https://pages.example/a", data, ctype, "https://pages.example/a", None,
                     source="https://pages.example/a")
        assert item is None or item.document.text.strip()


test_feed_mutated, test_feed_mutated_slow = twice(fi.mutated(fi.SEEDS["feed"], max_ops=10), 120)(_feed)
test_page_mutated, test_page_mutated_slow = twice(fi.mutated(), 50)(_page)


# --- extraction -----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def _extractors(extractor: Extractor) -> Iterator[tuple[Extractor, Extractor]]:
    from materiel.extraction.pipeline import get_extractor

    yield extractor, get_extractor(prefilter=True)


EXTRACTORS: list[Extractor] = []


@pytest.fixture(autouse=True)
def _load(request: pytest.FixtureRequest) -> None:
    if "extract" in request.node.name and not EXTRACTORS:
        EXTRACTORS.extend(request.getfixturevalue("_extractors"))


def _extract(text: str) -> None:
    for extractor in EXTRACTORS:
        try:
            report = extractor.extract_text(text, source=SOURCE, published="2024-05-14")
        except InputError as error:
            clear(error, SOURCE)
            continue
        assert isinstance(report, Report)
        for t in report.transfers:
            assert text[t.evidence.start:t.evidence.end] == t.evidence.text


UNICODE = st.text(st.characters(codec=None), max_size=600)
test_extract_unicode, test_extract_unicode_slow = twice(UNICODE, 40)(_extract)
test_extract_mutated, test_extract_mutated_slow = twice(fi.mutated_text(), 50)(_extract)


def test_seeds_are_valid() -> None:
    """The seeds themselves read cleanly, so the mutations start from real inputs."""
    assert read_bytes(fi.SEEDS["html"][0], "seed.html").title == "Boats for Ghana"
    for seed in fi.SEEDS["text"]:
        assert "Ghana" in read_bytes(seed, "seed.txt").text
    assert pdf.pdf_text(fi.PDF, "seed.pdf") [0].startswith("Norway has delivered")
    assert pdf.pdf_text(fi.PDF, "seed.pdf")[1] == "Boats for Ghana"
    assert len([i for i in inputs.read_jsonl(_file(fi.SEEDS["jsonl"][0], ".jsonl"), 1 << 20, None)
                if isinstance(i, inputs.Incoming)]) == len(fi.SENTENCES)
    with mock.patch.object(web, "fetch", _offline):
        for seed in fi.SEEDS["feed"]:
            assert len([i for i in web.read_feed("u", seed, 1 << 20, None) if isinstance(i, inputs.Incoming)]) == 5


# --- atheris (coverage-guided), when installed ------------------------------------------------------------

HARNESS = Path(__file__).resolve().parents[1] / "scripts" / "fuzz.py"


def _atheris(target: str, runs: int, tmp_path: Path) -> None:
    import subprocess
    import sys

    pytest.importorskip("atheris", reason="atheris is not installed (pip install -e '.[fuzz]')")
    done = subprocess.run([sys.executable, str(HARNESS), target, f"-runs={runs}", "-max_len=65536", "-timeout=30"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    ran = re.search(r"Done (\d+) runs", done.stderr)  # libFuzzer counts its seed inputs too: 300 asked, 302 run
    assert ran is not None and int(ran.group(1)) >= runs, done.stderr[-3000:]


def test_atheris_read_bytes(tmp_path: Path) -> None:
    _atheris("read_bytes", 300, tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("target", ["read_bytes", "jsonl", "pdf", "feed", "page", "extract"])
def test_atheris_slow(target: str, tmp_path: Path) -> None:
    _atheris(target, 20_000 if target != "extract" else 2_000, tmp_path)
