"""What `materiel add` reads: text, HTML and PDF (text layer, `materiel.sources.pdf`) files (through `materiel.sources.readers`), JSON Lines corpora
(one article per line: text, title, url, published, source or publisher), and directories of them,
recursively. Each input becomes an `Incoming` (a Document with its URL and publisher) or an
InputError with the reason, so one bad file or line never stops the rest.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from materiel.record.errors import InputError
from materiel.sources import fetch as web
from materiel.sources import pdf, publishers
from materiel.sources.document import Document
from materiel.sources.incoming import Incoming, site_meta
from materiel.sources.readers import DEFAULT_MAX_BYTES, iter_sources, looks_like_html, read_path

JSONL_SUFFIXES = (".jsonl", ".ndjson")


def is_jsonl(path: str) -> bool:
    return path.lower().endswith(JSONL_SUFFIXES)


def count(paths: Sequence[str]) -> int:
    """How many documents the inputs hold (files, plus non-blank lines of JSON Lines files)."""
    total = 0
    for source in iter_sources(paths):
        if source != "-" and is_jsonl(source):
            try:
                with open(source, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


def parse_date(value: object) -> date | None:
    """ISO dates and datetimes ('2024-05-14', '2024-05-14T10:00:00Z') and RFC 2822 ('Tue, 14 May 2024 ...')."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"published {value!r} is not a date")
    text = value.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        raise ValueError(f"published {value!r} is not a date (use YYYY-MM-DD)") from None


def _field(obj: dict[str, object], name: str, where: str) -> str | None:
    value = obj.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(where, f"field {name!r} is not a string")
    _unicode(value, name, where)
    return value.strip() or None


def _unicode(value: str, name: str, where: str) -> None:
    """JSON's \\ud800 escapes decode to lone surrogates, which no text can hold."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(where, f"field {name!r} has invalid Unicode (a lone surrogate at character {exc.start})") from None


DATE_FIELDS = ("published", "date")  # the JSON Lines fields read as the publication date, first given first


def _jsonl_line(raw: bytes, where: str, max_bytes: int, default_publisher: str | None,
                date_field: str | None = None) -> Incoming:
    if len(raw) > max_bytes:
        raise InputError(where, f"line is larger than the limit of {max_bytes // (1 << 20)} MB (set --max-size)")
    try:
        obj = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise InputError(where, "line is not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise InputError(where, f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise InputError(where, "not valid JSON (nested too deeply)") from None
    except ValueError:  # Python's own limit on the digits of an integer (4300)
        raise InputError(where, "not valid JSON (a number too long to read)") from None
    if not isinstance(obj, dict):
        raise InputError(where, "not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(where, "no 'text' field" if text is None else "field 'text' is not a string")
    if not text.strip():
        raise InputError(where, "field 'text' is empty")
    _unicode(text, "text", where)
    try:
        published = parse_date(next((obj[k] for k in (date_field, *DATE_FIELDS) if k and obj.get(k)), None))
    except ValueError as exc:
        raise InputError(where, str(exc)) from None
    url = _field(obj, "url", where)
    name = publishers.choose([_field(obj, "publisher", where), _field(obj, "source", where)], url,
                             default_publisher, text)
    doc = Document(text=text, source=where, title=_field(obj, "title", where), published=published)
    return Incoming(doc, url=url, publisher=name)


def read_jsonl(path: str, max_bytes: int, default_publisher: str | None,
               date_field: str | None = None) -> Iterator[Incoming | InputError]:
    """Each line of a JSON Lines file; `date_field` names the field with the publication date when it is
    neither `published` nor `date`."""
    try:
        with open(path, "rb") as handle:
            for number, raw in enumerate(handle, 1):
                if not raw.strip():
                    continue
                try:
                    yield _jsonl_line(raw, f"{path}:{number}", max_bytes, default_publisher, date_field)
                except InputError as exc:
                    yield exc
    except OSError as exc:
        yield InputError(path, f"could not read file ({(exc.strerror or type(exc).__name__).lower()})")


def html_meta(path: str) -> tuple[str | None, str | None]:
    """(site name, URL) from an HTML page's head: og:site_name / application-name, og:url / canonical."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(256 * 1024).decode("utf-8", errors="replace")
    except OSError:
        return None, None
    if not looks_like_html(head):
        return None, None
    return site_meta(head)


def read_file(path: str, max_bytes: int, default_publisher: str | None) -> Incoming:
    if pdf.is_pdf(path):
        doc = pdf.read_pdf(path, max_bytes)
        return Incoming(doc, publisher=publishers.choose([], None, default_publisher, doc.text))
    doc = read_path(path, max_bytes)
    site, url = html_meta(path) if path.lower().endswith((".html", ".htm", ".xhtml")) or doc.title else (None, None)
    return Incoming(doc, url=url, publisher=publishers.choose([site], url, default_publisher, doc.text))


def read_inputs(paths: Sequence[str], max_bytes: int = DEFAULT_MAX_BYTES, publisher: str | None = None,
                date_field: str | None = None) -> Iterator[Incoming | InputError]:
    """Every document of the inputs, in order; directories recursively (hidden files skipped).
    `date_field`: the JSON Lines field holding the publication date, besides `published` and `date`."""
    for source in iter_sources(paths):
        if source == "-":
            yield InputError("-", "standard input is not supported by `materiel add` (give files)")
        elif web.is_url(source):
            yield from web.read_url(source, max_bytes, publisher)
        elif is_jsonl(source) and os.path.isfile(source):
            yield from read_jsonl(source, max_bytes, publisher, date_field)
        else:
            try:
                yield read_file(source, max_bytes, publisher)
            except InputError as exc:
                yield exc


def describe(paths: Sequence[str]) -> str:
    names = [Path(p).name or p for p in paths[:3]]
    return ", ".join(names) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")
