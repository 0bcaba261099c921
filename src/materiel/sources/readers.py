"""Read user input (files, directories, stdin) into Documents, with one clear error per bad input.

Plain text is kept exactly as decoded, so character offsets point into it; HTML pages are reduced
to their article text with trafilatura. Every problem a user can cause becomes an InputError.
"""
from __future__ import annotations

import codecs
import os
import re
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

import charset_normalizer
import lxml.html
import trafilatura

from materiel.record.errors import InputError
from materiel.sources import limits
from materiel.sources.document import Document

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_SNIFF_BYTES = 64 * 1024
_MAX_CONTROL_SHARE = 0.05
# UTF-32 first: its little-endian BOM starts with UTF-16's. These codecs consume the BOM.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_MAGIC = ((b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
          (b"PK\x03\x04", "a ZIP archive or Office document"), (b"\x1f\x8b", "a gzip archive"),
          (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"), (b"\x7fELF", "an executable"),
          (b"\xd0\xcf\x11\xe0", "an old Office document"))
# Bytes that never appear in text: C0 controls except \t \n \v \f \r and ESC, plus DEL.
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B} | {0x7F}
_BAD_CATEGORIES = frozenset({"Cc", "Cn", "Co", "Cs"})
_TEXT_CONTROLS = "\t\n\v\f\r\x1b"
_HTML_START = re.compile(r"\s*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE)
_HTML_TAG = re.compile(r"<(?:html|head|body|p|article)[\s>/]", re.IGNORECASE)
_DECLARED_CHARSET = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_OS_REASONS: tuple[tuple[type[OSError], str], ...] = (
    (FileNotFoundError, "no such file"), (PermissionError, "permission denied"),
    (IsADirectoryError, "is a directory, not a file"),
    (NotADirectoryError, "no such file (part of the path is not a directory)"))
_NON_TEXT_TAGS = "//script | //style | //noscript | //template | //head"
_OPENING_TAG = re.compile(r"<[A-Za-z]")


def _human_size(n: int) -> str:
    """20971520 -> '20 MB', 1536 -> '1.5 KB', 10 -> '10 bytes'."""
    for unit, scale in (("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return "1 byte" if n == 1 else f"{n} bytes"


def _too_large(max_bytes: int, size: int | None = None) -> str:
    """Size is given only when known (stdin is read no further than the limit)."""
    actual = f"{_human_size(size)}, " if size is not None else ""
    return f"file is {actual}larger than the limit of {_human_size(max_bytes)} (set --max-size to raise it)"


def _binary_reason(data: bytes) -> str | None:
    """Why `data` is not text, or None if it may be text. Run before any encoding guess."""
    if data.startswith(b"%PDF-"):
        return "PDF file, not text or HTML: materiel reads text and HTML only (convert the PDF to text first)"
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return f"binary file, not text or HTML (looks like {kind})"
    head = data[:_SNIFF_BYTES]
    controls = sum(1 for byte in head if byte in _CONTROL_BYTES)
    binary = b"\x00" in head or controls > _MAX_CONTROL_SHARE * len(head)
    return "binary file, not text or HTML" if binary else None


def _plausible(text: str) -> bool:
    """False if too many characters are controls, unassigned or private: a wrong decoding."""
    sample = text[:_SNIFF_BYTES]
    bad = sum(1 for char in sample
              if char not in _TEXT_CONTROLS and unicodedata.category(char) in _BAD_CATEGORIES)
    return bad <= _MAX_CONTROL_SHARE * len(sample)


def _decode_bom(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding)
    return None


def _try_decode(data: bytes, encoding: str) -> str | None:
    """Strict decoding; Latin-1 and ASCII are read as their superset cp1252, as browsers do."""
    try:
        if codecs.lookup(encoding).name in ("iso8859-1", "ascii"):
            encoding = "cp1252"
        text = data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None
    return text if _plausible(text) else None


def _decode_declared(data: bytes) -> str | None:
    """Decode with the charset the document declares (HTML meta or XML declaration), if it fits."""
    match = _DECLARED_CHARSET.search(data[:4096])
    return _try_decode(data, match.group(1).decode("ascii")) if match else None


def _decode_guess(data: bytes) -> str | None:
    """charset_normalizer's best guess, preferring cp1252 when it fits as well as the winner."""
    matches = charset_normalizer.from_bytes(data)
    if (best := matches.best()) is None:
        return None
    western = any(
        "cp1252" in match.could_be_from_charset
        and match.chaos <= best.chaos and match.coherence >= best.coherence
        for match in matches
    )
    text = _try_decode(data, "cp1252") if western else None
    return text or (str(best) if _plausible(str(best)) else None)


def _decode(data: bytes, source: str) -> str:
    """BOM, then binary check, then strict UTF-8, then a declared charset, then a guess."""
    try:
        text = _decode_bom(data)
    except UnicodeDecodeError:
        why = _binary_reason(data) or "unknown text encoding (invalid bytes after a Unicode BOM)"
        raise InputError(source, why) from None
    if text is not None:
        if not _plausible(text):
            raise InputError(source, "binary file, not text or HTML")
        return text
    if (reason := _binary_reason(data)) is not None:
        raise InputError(source, reason)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _decode_declared(data) or _decode_guess(data)
    if text is None:
        raise InputError(source, "unknown text encoding (not UTF-8, and no other encoding fits)")
    return text


def looks_like_html(text: str) -> bool:
    """True if the text starts like an HTML page or has page tags in its first few KB."""
    return bool(_HTML_START.match(text) or _HTML_TAG.search(text, 0, 4096))


def _parse_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value.strip()[:10]) if value else None
    except ValueError:
        return None


def _parse_tree(html: str) -> lxml.html.HtmlElement:
    parser = lxml.html.HTMLParser(encoding="utf-8", no_network=True, remove_comments=True)
    return lxml.html.document_fromstring(html.encode("utf-8"), parser=parser)


def _body_text(tree: lxml.html.HtmlElement) -> str:
    """Plain text of the page without scripts, styles and head: one line per non-blank line."""
    for element in tree.xpath(_NON_TEXT_TAGS):
        element.drop_tree()
    lines = (" ".join(line.split()) for line in tree.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _metadata(html: str, tree: lxml.html.HtmlElement) -> tuple[str | None, date | None]:
    """Title and publication date: trafilatura's, else <meta property="article:published_time">."""
    metadata = trafilatura.extract_metadata(html, extensive=len(html) <= limits.HTML_FULL_DATE_SEARCH_CHARS)
    title = ((metadata.title if metadata else None) or "").strip() or None
    meta_times = tree.xpath('//meta[@property="article:published_time"]/@content')
    published = _parse_date(metadata.date if metadata else None)
    return title, published or (_parse_date(str(meta_times[0])) if meta_times else None)


def _count_elements(html: str, limit: int) -> int:
    """Opening tags in the page, counted up to limit + 1 (a cheap bound taken before any parser runs)."""
    count = 0
    for count, _ in enumerate(_OPENING_TAG.finditer(html), 1):
        if count > limit:
            break
    return count


def _read_html(html: str, source: str) -> Document:
    most = limits.MAX_HTML_ELEMENTS
    if _count_elements(html, most) > most:
        raise InputError(source, f"HTML page has more than {most:,} elements (a news page has a few "
                                 "thousand); save its article as text to read it")
    try:
        text = trafilatura.extract(
            html, output_format="txt", include_comments=False, include_tables=False, favor_precision=True
        )
        tree = _parse_tree(html)
        title, published = _metadata(html, tree)
        text = text or _body_text(tree)
    except Exception as error:
        raise InputError(source, f"HTML page could not be parsed ({type(error).__name__})") from None
    if not text.strip():
        raise InputError(source, "HTML page has no article text")
    return Document(text=text, source=source, title=title, published=published)


def read_bytes(data: bytes, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Decode `data` and build a Document: article text for HTML, the exact text otherwise."""
    if len(data) > max_bytes:
        raise InputError(source, _too_large(max_bytes))
    if not data.strip():
        raise InputError(source, "file is empty")
    text = _decode(data, source)
    if not text.strip():
        raise InputError(source, "file is empty")
    if looks_like_html(text):
        return _read_html(text, source)
    return Document(text=text, source=source)


def _os_reason(error: OSError) -> str:
    for kind, reason in _OS_REASONS:
        if isinstance(error, kind):
            return reason
    return f"could not read file ({(error.strerror or type(error).__name__).lower()})"


def read_path(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one file; its size is checked before reading, and the read itself is bounded."""
    source = str(path)
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            raise InputError(source, _too_large(max_bytes, size))
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise InputError(source, _os_reason(error)) from None
    return read_bytes(data, source, max_bytes)


def read_stdin(max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read standard input (source "-"), at most max_bytes + 1 bytes of it."""
    try:
        data = sys.stdin.buffer.read(max_bytes + 1)
    except OSError as error:
        raise InputError("-", _os_reason(error)) from None
    return read_bytes(data, "-", max_bytes)


def _walk_files(directory: str) -> Iterator[str]:
    """Regular files under `directory`, recursively, sorted, skipping hidden files and folders."""
    found: list[tuple[tuple[str, ...], str]] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        for name in files:
            full = os.path.join(root, name)
            if not name.startswith(".") and os.path.isfile(full):
                found.append((Path(os.path.relpath(full, directory)).parts, full))
    yield from (full for _, full in sorted(found))


def iter_sources(args: Sequence[str]) -> Iterator[str]:
    """Expand arguments: "-" and files stay as given, directories become their files."""
    for arg in args:
        if arg != "-" and os.path.isdir(arg):
            yield from _walk_files(arg)
        else:
            yield arg


def read_all(args: Sequence[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputError]:
    """Yield a Document or an InputError per source, in order, so callers can report and go on."""
    for source in iter_sources(args):
        try:
            yield read_stdin(max_bytes) if source == "-" else read_path(source, max_bytes)
        except InputError as error:
            yield error
