"""Tests of materiel.sources.readers: decoding, binary and size checks, HTML extraction, source expansion."""
from __future__ import annotations

import io
import random
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from materiel.record.errors import InputError
from materiel.sources.document import Document
from materiel.sources.readers import (
    DEFAULT_MAX_BYTES,
    iter_sources,
    looks_like_html,
    read_all,
    read_bytes,
    read_path,
    read_stdin,
)

SENTENCE = "Ruritania sent 40 armoured vehicles to Freedonia in March 2024.\n"

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en"><head>
<title>Ruritania ships armoured vehicles | Daily Arms</title>
<meta property="og:title" content="Ruritania ships armoured vehicles to Freedonia">
<meta property="article:published_time" content="2024-03-15T09:00:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">Navigation world desk</a></li></ul></nav>
<article>
<h1>Ruritania ships armoured vehicles to Freedonia</h1>
<p>Ruritania delivered forty armoured personnel carriers to Freedonia on Tuesday, the defence ministry said.</p>
<p>The vehicles were ordered in 2022 under a contract worth about 120 million euros, officials confirmed.</p>
<p>A second batch of twenty vehicles is expected to arrive before the end of the year, the ministry added.</p>
</article>
<section class="related"><h2>Articles You May Like</h2><ul>
<li><a href="/a">Sylvania orders patrol boats from abroad</a></li>
<li><a href="/b">Grand Fenwick tests a homemade drone</a></li></ul></section>
<footer>Copyright Daily Arms</footer>
</body></html>
"""


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def reason_of(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    with pytest.raises(InputError) as caught:
        read_path(path, max_bytes)
    assert caught.value.source == str(path)
    assert "\n" not in str(caught.value)
    return caught.value.reason


# --- plain text and encodings -------------------------------------------------------------------


def test_plain_text_round_trip_keeps_exact_text_and_offsets(tmp_path: Path) -> None:
    text = "  Le ministère de la “défense” a reçu 12 blindés.\r\nRuritania sent them.\n\n"
    doc = read_path(write(tmp_path, "a.txt", text))
    assert doc == Document(text=text, source=str(tmp_path / "a.txt"))
    assert doc.title is None and doc.published is None
    start = text.index("“défense”")
    assert doc.text[start : start + 9] == "“défense”"


def test_read_path_accepts_path_objects_and_keeps_source_as_given(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", SENTENCE)
    assert read_path(path).source == str(path)
    assert read_path(str(path)).text == SENTENCE


def test_utf8_bom_is_removed(tmp_path: Path) -> None:
    doc = read_path(write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + SENTENCE.encode("utf-8")))
    assert doc.text == SENTENCE


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_utf16_and_utf32_with_bom(tmp_path: Path, encoding: str) -> None:
    text = "Freedonia’s défense ministry received “forty” vehicles.\n"
    doc = read_path(write(tmp_path, "wide.txt", text.encode(encoding)))
    assert doc.text == text


def test_cp1252_text_is_decoded(tmp_path: Path) -> None:
    text = "Le ministère de la défense a reçu vingt véhicules blindés de Ruritania."
    assert read_path(write(tmp_path, "latin.txt", text.encode("cp1252"))).text == text


def test_cp1251_text_is_decoded() -> None:
    text = "Министерство обороны Руритании получило сорок новых бронемашин. Поставка завершится до конца года."
    assert read_bytes(text.encode("cp1251"), "ru.txt").text == text


def test_undecodable_text_is_an_encoding_error() -> None:
    with pytest.raises(InputError, match="unknown text encoding"):
        read_bytes(bytes(range(0x80, 0x100)) * 8, "odd.txt")


# --- empty, binary, too large, unreadable -------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf", b"\xef\xbb\xbf \n"])
def test_empty_and_whitespace_only_files(tmp_path: Path, content: bytes) -> None:
    assert reason_of(write(tmp_path, "empty.txt", content)) == "file is empty"


def test_random_bytes_with_nul_are_binary(tmp_path: Path) -> None:
    data = bytes(random.Random(7).randrange(256) for _ in range(4096)) + b"\x00\x00"
    assert reason_of(write(tmp_path, "blob.bin", data)) == "binary file, not text or HTML"


def test_control_characters_without_nul_are_binary() -> None:
    with pytest.raises(InputError, match="binary file, not text or HTML"):
        read_bytes(b"\x01\x02\x03\x04 Ruritania \x05\x06\x07\x08" * 20, "ctl.bin")


def test_png_magic_is_binary(tmp_path: Path) -> None:
    reason = reason_of(write(tmp_path, "image.png", b"\x89PNG\r\n\x1a\n" + b"IHDR chunk text"))
    assert reason.startswith("binary file, not text or HTML") and "PNG" in reason


def test_pdf_magic_says_pdf_and_what_materiel_reads(tmp_path: Path) -> None:
    reason = reason_of(write(tmp_path, "report.pdf", b"%PDF-1.7\n% plain-looking header\n"))
    assert "PDF" in reason and "text and HTML only" in reason


def test_file_over_the_limit(tmp_path: Path) -> None:
    reason = reason_of(write(tmp_path, "big.txt", SENTENCE * 3), max_bytes=10)
    assert "larger than the limit of 10 bytes" in reason and "--max-size" in reason
    assert read_path(tmp_path / "big.txt", max_bytes=len(SENTENCE) * 3).text == SENTENCE * 3


def test_default_limit_is_reported_in_megabytes() -> None:
    with pytest.raises(InputError, match="limit of 1 MB"):
        read_bytes(b"a" * (1024 * 1024 + 1), "big.txt", max_bytes=1024 * 1024)
    assert DEFAULT_MAX_BYTES == 20 * 1024 * 1024


def test_missing_file(tmp_path: Path) -> None:
    assert reason_of(tmp_path / "nope.txt") == "no such file"


def test_directory_given_to_read_path(tmp_path: Path) -> None:
    assert "directory" in reason_of(tmp_path)


# --- HTML -----------------------------------------------------------------------------------------


def test_html_article_text_title_and_date(tmp_path: Path) -> None:
    doc = read_path(write(tmp_path, "page.html", ARTICLE_HTML))
    assert "Ruritania delivered forty armoured personnel carriers" in doc.text
    assert "A second batch of twenty vehicles" in doc.text
    for boilerplate in ("Navigation world desk", "Articles You May Like", "Sylvania orders", "Copyright"):
        assert boilerplate not in doc.text
    assert doc.title == "Ruritania ships armoured vehicles to Freedonia"
    assert doc.published == date(2024, 3, 15)


def test_html_with_script_only_has_no_article_text(tmp_path: Path) -> None:
    page = "<html><head><title>x</title></head><body><script>alert('armoured');</script></body></html>"
    assert reason_of(write(tmp_path, "script.html", page)) == "HTML page has no article text"


def test_short_html_falls_back_to_body_text() -> None:
    doc = read_bytes(b"<html><body><p>Ruritania sent tanks.</p><script>x()</script></body></html>", "s.html")
    assert doc.text == "Ruritania sent tanks."


def test_html_in_declared_legacy_charset() -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>La défense a reçu 12 blindés.</p></body></html>'
    assert read_bytes(page.encode("cp1252"), "fr.html").text == "La défense a reçu 12 blindés."


@pytest.mark.parametrize(
    "page",
    [
        b"<html><body>" + b"<div>" * 100_000 + b"<p>deep</p>" + b"</div>" * 100_000 + b"</body></html>",
        b'<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><html><body><p>&b;&b;</p>',
        b"<html><body><p>" * 20_000,
        b"<html><body><img src=x onerror=alert(1)><iframe src='file:///etc/passwd'></iframe></body></html>",
    ],
)
def test_hostile_html_gives_a_document_or_an_input_error(page: bytes) -> None:
    try:
        doc = read_bytes(page, "evil.html")
    except InputError as error:
        assert "\n" not in error.reason
    else:
        assert "root:" not in doc.text


def test_looks_like_html() -> None:
    assert looks_like_html("<!DOCTYPE html><html></html>")
    assert looks_like_html("  <html lang='en'>")
    assert looks_like_html("Header junk\n<body><p>text</p></body>")
    assert not looks_like_html("Ruritania sent 3 < 4 tanks; x <pair> y.")


# --- sources ----------------------------------------------------------------------------------------


def test_directory_expansion_sorted_recursive_hidden_skipped(tmp_path: Path) -> None:
    for name in ["b.txt", "a.txt", "sub/c.txt", "sub/deeper/d.txt", "aa/z.txt", ".hidden.txt", ".git/e.txt",
                 "sub/.secret/f.txt"]:
        write(tmp_path, name, SENTENCE)
    root = str(tmp_path)
    expanded = [Path(p).relative_to(tmp_path).as_posix() for p in iter_sources([root])]
    assert expanded == ["a.txt", "aa/z.txt", "b.txt", "sub/c.txt", "sub/deeper/d.txt"]


def test_iter_sources_keeps_dash_files_and_missing_paths(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", SENTENCE)
    missing = str(tmp_path / "missing.txt")
    assert list(iter_sources(["-", str(path), missing])) == ["-", str(path), missing]


def test_read_all_yields_errors_and_documents_in_order(tmp_path: Path) -> None:
    good1 = write(tmp_path, "1.txt", SENTENCE)
    bad = write(tmp_path, "2.bin", b"\x00\x01\x02binary")
    good2 = write(tmp_path, "3.txt", "Freedonia ordered six helicopters.")
    results = list(read_all([str(tmp_path), str(tmp_path / "gone.txt")]))
    assert [type(r) for r in results] == [Document, InputError, Document, InputError]
    assert [r.source for r in results] == [str(good1), str(bad), str(good2), str(tmp_path / "gone.txt")]
    assert isinstance(results[1], InputError) and results[1].reason == "binary file, not text or HTML"


def test_read_stdin_and_dash_in_read_all(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SENTENCE.encode("utf-8"))))
    assert list(read_all(["-"])) == [Document(text=SENTENCE, source="-")]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 100)))
    with pytest.raises(InputError, match="larger than the limit"):
        read_stdin(max_bytes=10)


# --- property -----------------------------------------------------------------------------------------

PLAIN_TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=PLAIN_TEXT)
def test_any_utf8_text_reads_back_exactly(tmp_path: Path, text: str) -> None:
    assume(text.strip() and not text.lstrip().startswith("<") and not text.startswith("\ufeff"))
    assume(not looks_like_html(text))
    assert read_path(write(tmp_path, "prop.txt", text)).text == text
