"""Hostile input, outside the network (tests/store/test_ssrf.py) and the workbench pages (tests/web/test_xss.py):
decompression bombs (PDF Flate streams, gzip and zip uploads), entity expansion and external entities in
feeds and pages, huge and deeply nested HTML, pathological texts, Rich markup in names, and the limits of
`materiel.sources.limits`, each refused quickly with one clear line naming the input."""
from __future__ import annotations

import gzip
import io
import json
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from typer.testing import CliRunner

import fuzz_inputs as fi
from materiel.cli import app
from materiel.extraction.pipeline import Extractor
from materiel.record.errors import InputError
from materiel.sources import fetch as web
from materiel.sources import inputs, limits, pdf
from materiel.sources.document import Document
from materiel.sources.readers import read_bytes, read_path

runner = CliRunner()


def refused(fn: Callable[..., Any], *args: Any) -> InputError:
    """The InputError `fn(*args)` raises (its message says which limit stopped it; no timing is asserted)."""
    with pytest.raises(InputError) as info:
        fn(*args)
    assert "\n" not in info.value.reason
    return info.value


def _flate_bomb(megabytes: int) -> bytes:
    """A content stream of `megabytes` MB of spaces inside a text string, Flate-compressed (~1000:1)."""
    z = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    body = z.compress(b"BT /F1 12 Tf 72 700 Td (") + b"".join(z.compress(chunk) for _ in range(megabytes))
    body += z.compress(b") Tj ET") + z.flush()
    stream = fi.make_pdf(b"x", compress=False)
    # Put the compressed stream in place of the plain one (object 3), with its real length and filter.
    head, rest = stream.split(b"3 0 obj\n", 1)
    _, tail = rest.split(b"endobj\n", 1)
    obj = b"3 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream\nendobj\n"
    return _rexref(head + obj + tail)


def _rexref(data: bytes) -> bytes:
    """Recompute the xref table of a PDF whose objects moved (pypdf would repair it, but slowly)."""
    body = data[:data.index(b"xref\n")]
    offsets = []
    n = 1
    while (at := body.find(b"\n%d 0 obj\n" % n)) >= 0:
        offsets.append(at + 1)
        n += 1
    xref = len(body)
    out = body + b"xref\n0 %d\n0000000000 65535 f \n" % n + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    trailer = data[data.index(b"trailer"):data.index(b"startxref")]
    return out + trailer + b"startxref\n%d\n%%%%EOF\n" % xref


# --- PDF ------------------------------------------------------------------------------------------------

def test_a_flate_bomb_pdf_is_refused_quickly() -> None:
    bomb = _flate_bomb(32)  # 32 MB of text: over materiel's 16 MB per stream, under pypdf's own 75 MB
    assert len(bomb) < 100_000
    error = refused(pdf.pdf_text, bomb, "bomb.pdf")
    assert error.source == "bomb.pdf" and error.reason.startswith("PDF is too large when decompressed")


def test_pypdf_is_bounded_while_materiel_reads() -> None:
    import pypdf

    with pdf.bounded():
        if hasattr(pypdf, "get_configuration"):
            config = pypdf.get_configuration()
            assert config.zlib_maximum_output_length == limits.PDF_MAX_STREAM_BYTES
            assert config.jbig2dec_binary is None  # no external decoder on hostile files
    if hasattr(pypdf, "get_configuration"):
        assert pypdf.get_configuration().zlib_maximum_output_length > limits.PDF_MAX_STREAM_BYTES  # restored


def test_pdf_page_text_and_time_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    four = fi.make_pdf(fi.pdf_page_text(), pages=4)
    assert pdf.pdf_text(four, "four.pdf")[0].count("Norway") == 4
    monkeypatch.setattr(limits, "PDF_MAX_PAGES", 3)
    assert refused(pdf.pdf_text, four, "four.pdf").reason == "PDF has 4 pages, more than the limit of 3"
    monkeypatch.setattr(limits, "PDF_MAX_PAGES", 2000)
    monkeypatch.setattr(limits, "PDF_MAX_TEXT_CHARS", 500)
    assert refused(pdf.pdf_text, four, "four.pdf").reason.startswith(
        "PDF text is longer than the limit of 500 characters (reached at page 2 of 4)")
    monkeypatch.setattr(limits, "PDF_MAX_TEXT_CHARS", 1_000_000)
    monkeypatch.setattr(limits, "PDF_SECONDS", 0.0)
    assert refused(pdf.pdf_text, four, "four.pdf").reason.startswith("PDF took longer than 0 s to read")


def test_a_pdf_that_breaks_pypdf_is_one_clear_line(tmp_path: Path) -> None:
    broken = fi.PDF.replace(b"/Type /Pages", b"/Type /Pagez").replace(b"/Count 1", b"/Count 99999999999")
    path = tmp_path / "broken.pdf"
    path.write_bytes(broken)
    error = refused(inputs.read_file, str(path), 1 << 20, None)
    assert error.source == str(path)


# --- archives: never decompressed, refused as binary ----------------------------------------------------

def _gzip_bomb(megabytes: int = 100) -> bytes:
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9) as gz:
        chunk = b"\0" * (1 << 20)
        for _ in range(megabytes):
            gz.write(chunk)
    return out.getvalue()


def _zip_bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("report.txt", b"A" * (50 << 20))
    return out.getvalue()


@pytest.fixture(scope="module")
def bombs() -> dict[str, bytes]:
    return {"gzip": _gzip_bomb(), "zip": _zip_bomb()}


def test_archive_bombs_are_refused_unopened(tmp_path: Path, bombs: dict[str, bytes]) -> None:
    for kind, data in bombs.items():
        assert len(data) < 200_000
        for name in (f"bomb.{kind}", "bomb.txt", "bomb.html"):
            path = tmp_path / name
            path.write_bytes(data)
            error = refused(read_path, str(path))
            assert error.reason.startswith("binary file, not text or HTML (looks like a"), error.reason
            assert refused(inputs.read_file, str(path), 1 << 20, None).source == str(path)


def test_gzip_bomb_uploads_are_refused_quickly(tmp_path: Path, bombs: dict[str, bytes]) -> None:
    from fastapi.testclient import TestClient

    from materiel.web.app import create_app

    with TestClient(create_app(str(tmp_path / "w.db"), extract=lambda item: pytest.fail("nothing to extract"))) as c:
        r = c.post("/api/add", files=[("files", ("bomb.txt.gz", bombs["gzip"], "application/gzip"))])
        assert r.status_code == 415 and "unsupported file type .gz" in r.json()["error"]["message"]
        job = c.post("/api/add", files=[("files", ("bomb.txt", bombs["gzip"], "text/plain"))]).json()
        for _ in range(2000):
            job = c.get(f"/api/jobs/{job['id']}").json()
            if job["finished"]:
                break
            time.sleep(0.05)
        assert job["finished"]
        assert job["failed"] == 1 and job["items"][0]["source"] == "bomb.txt"
        assert job["items"][0]["reason"] == "binary file, not text or HTML (looks like a gzip archive)"


# --- XML and HTML: entities, size, nesting --------------------------------------------------------------

LAUGHS = ('<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)))
XXE = '<!ENTITY xxe SYSTEM "file:///etc/hostname">'


def test_entity_expansion_and_external_entities_in_feeds() -> None:
    feed = (f'<?xml version="1.0"?><!DOCTYPE rss [{LAUGHS}{XXE}]><rss version="2.0"><channel><title>W &a9;</title>'
            "<item><title>x &a9; &xxe;</title><description>Norway has delivered four patrol boats to Ghana &a9; "
            "&xxe;, the ministry said.</description></item></channel></rss>").encode()
    hostname = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").is_file() else "\0"
    with mock.patch.object(web, "fetch", side_effect=AssertionError("no fetch")):
        out = list(web.read_feed("https://feeds.example/rss", feed, 1 << 20, None))
    for item in out:
        text = item.document.text if isinstance(item, inputs.Incoming) else item.reason
        assert "lollollol" not in text and len(text) < 10_000 and hostname not in text


def test_entity_expansion_in_html() -> None:
    page = (f'<?xml version="1.0"?><!DOCTYPE html [{LAUGHS}{XXE}]><html><body><article><p>Norway has delivered '
            "four patrol boats to Ghana &a9; &xxe;, the ministry said.</p></article></body></html>").encode()
    doc = read_bytes(page, "laughs.html")
    assert "lollollol" not in doc.text and "Ghana" in doc.text and len(doc.text) < 1000


@pytest.mark.parametrize("name, page", [
    ("many", b"<html><body>" + b"<p>Norway sold boats to Ghana.</p>" * 60_000 + b"</body></html>"),
    ("deep", b"<html><body>" + b"<div>" * 100_000 + b"Norway sold boats." + b"</div>" * 100_000 + b"</body></html>"),
    ("inline", b"<html><body><p>" + b"<b>x</b>" * 200_000 + b"</p></body></html>"),
])
def test_huge_html_is_refused_before_parsing(name: str, page: bytes) -> None:
    error = refused(read_bytes, page, f"{name}.html")
    assert error.reason.startswith(f"HTML page has more than {limits.MAX_HTML_ELEMENTS:,} elements")


def test_large_but_plain_pages_stay_quick() -> None:
    long_attribute = b"<html><body><p title='" + b"a" * (5 << 20) + b"'>Norway sold boats to Ghana.</p></body></html>"
    read_bytes(long_attribute, "attr.html")
    one_line = b"x" * (5 << 20)
    assert len(read_bytes(one_line, "line.txt").text) == 5 << 20
    tiny = b"A b. " * 100_000
    assert len(read_bytes(tiny, "tiny.txt").text) == 500_000


# --- extraction limits ----------------------------------------------------------------------------------

def test_extraction_refuses_texts_over_the_limits(extractor: Extractor) -> None:
    too_long = "x" * (limits.MAX_TEXT_CHARS + 1)
    error = refused(extractor.extract, Document(text=too_long, source="long.txt"))
    assert error.source == "long.txt" and error.reason == (
        f"text is {len(too_long):,} characters, more than the limit of {limits.MAX_TEXT_CHARS:,} for one document; "
        "split it into parts")
    tiny = Document(text="A b. " * 40_000, source="tiny.txt")  # 200,000 characters, 120,000 words and marks
    error = refused(extractor.extract, tiny)
    assert error.reason.startswith(f"text has more than {limits.MAX_TEXT_WORDS:,} words and punctuation marks")


def test_extraction_has_a_deadline(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "EXTRACT_SECONDS", 0.0)
    error = refused(extractor.extract_text, "Norway has delivered four patrol boats to Ghana.", None, "slow.txt")
    assert error.source == "slow.txt" and error.reason.startswith("extraction took longer than 0 s")


def test_add_reports_a_refused_text_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_TEXT_WORDS", 5)
    doc = tmp_path / "long.txt"
    doc.write_text("Norway has delivered four patrol boats to Ghana.\n")
    res = runner.invoke(app, ["add", "--db", str(tmp_path / "s.db"), "-q", "--json", str(doc)])
    failure = json.loads(res.stdout.strip().splitlines()[-1])["failures"][0]
    assert failure == {"source": str(doc), "reason": "text has more than 5 words and punctuation marks, the limit "
                                                     "for one document; split it into parts"} or \
        failure["reason"].startswith("text has more than 5 words")
    assert str(doc) not in failure["reason"]


def test_lone_surrogates_are_refused_clearly() -> None:
    with pytest.raises(InputError) as info:
        Document(text="Norway \ud800 Ghana", source="s.txt")
    assert str(info.value) == "s.txt: text has invalid Unicode (a lone surrogate at character 7)"


# --- JSON Lines -----------------------------------------------------------------------------------------

def test_jsonl_nesting_and_surrogates(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    lines = ["[" * 100_000 + "]" * 100_000, json.dumps({"text": "Norway \ud800 sold"}),
             json.dumps({"text": "Norway sold boats to Ghana.", "title": "\udc00"}),
             json.dumps({"text": "Norway sold boats to Ghana.", "published": "Mon, 99 Foo 2024"}),
             '{"text": "Norway sold boats to Ghana.", "n": ' + "9" * 5000 + "}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    reasons = [i.reason for i in inputs.read_jsonl(str(path), 1 << 20, None)]
    assert reasons == ["not valid JSON (nested too deeply)",
                       "field 'text' has invalid Unicode (a lone surrogate at character 7)",
                       "field 'title' has invalid Unicode (a lone surrogate at character 0)",
                       "published 'Mon, 99 Foo 2024' is not a date (use YYYY-MM-DD)",
                       "not valid JSON (a number too long to read)"]


# --- terminal output: Rich markup in names is printed as text -------------------------------------------

MARKUP = "Norway [/] [bold red]sold[/bold red] [link=https://evil.example]boats[/link] to Ghana [/x]"


def test_cli_prints_markup_from_inputs_as_text(tmp_path: Path) -> None:
    (tmp_path / "[").mkdir()
    bad = tmp_path / "[" / "] b.txt"  # a path with a Rich closing tag in it: [/]
    bad.write_bytes(b"\0\0binary")
    res = runner.invoke(app, ["extract", str(bad)])
    assert res.exit_code == 1 and "[/] b.txt: binary file" in res.output, res.output
    db = str(tmp_path / "s.db")
    res = runner.invoke(app, ["add", "--db", db, str(bad)])
    assert res.exit_code == 1 and "[/] b.txt" in res.output and "Traceback" not in res.output, res.output
    doc = tmp_path / "markup.txt"
    doc.write_text(f"{MARKUP}.\n\nNorway has delivered four patrol boats [/] to Ghana [/x], the ministry said.\n")
    res = runner.invoke(app, ["extract", "--evidence", str(doc)])
    assert res.exit_code == 0, res.output
    assert "patrol boats [/] to Ghana" in res.output
    res = runner.invoke(app, ["add", "--db", db, "-q", str(doc)])
    assert res.exit_code == 0, res.output
    found = runner.invoke(app, ["search", "patrol", "--db", db, "--json"])
    listed = json.loads(found.stdout.splitlines()[0])
    shown = runner.invoke(app, ["show", listed["short"], "--db", db])
    assert shown.exit_code == 0 and "[/]" in shown.output, shown.output
    register = runner.invoke(app, ["register", "--db", db])
    assert register.exit_code == 0, register.output
    assert runner.invoke(app, ["search", "[/x]", "--db", db]).exit_code == 0
    if "1" in register.output:
        rec = runner.invoke(app, ["record", "1", "--db", db])
        assert rec.exit_code == 0 and "Traceback" not in rec.output, rec.output
