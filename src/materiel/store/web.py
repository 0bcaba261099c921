"""URLs for `materiel add`: web pages (HTML or PDF) and RSS/Atom feeds, fetched with httpx.

- Every request has a timeout (`--timeout`, default 20 s, for connecting and between bytes, and for the
  whole body), a size limit (`--max-size`, checked on Content-Length and while reading) and an honest
  User-Agent (`USER_AGENT`). Redirects are followed (at most 5).
- A response is a feed when its Content-Type says XML/RSS/Atom, its URL ends in .rss/.atom/.xml or /feed,
  or its body starts like one. A feed is parsed with feedparser; each entry's link is fetched as a page
  (title, date and publisher from the feed when the page gives none). An entry with no link but with
  content in the feed is read from the feed itself.
- Every failure (timeout, connection refused, HTTP error, too large, not a feed, a bad entry) is one
  InputError with the reason, so the other inputs and entries go on.
"""
from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import date
from urllib.parse import urlsplit

from materiel.document import Document
from materiel.errors import InputError
from materiel.readers import looks_like_html, read_bytes
from materiel.store import pdf, publishers

USER_AGENT = "materiel/0.1 (+https://example.invalid)"
DEFAULT_TIMEOUT = 20.0
MAX_REDIRECTS = 5
_settings = {"timeout": DEFAULT_TIMEOUT}
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml",
               "application/feed+json")
_FEED_START = re.compile(rb"^\s*(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.DOTALL)


def configure(timeout: float | None = None) -> None:
    """Set the timeout of later fetches (the CLI's --timeout)."""
    if timeout is not None:
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        _settings["timeout"] = float(timeout)


def is_url(arg: str) -> bool:
    return arg.lower().startswith(("http://", "https://"))


def _mb(n: int) -> str:
    return f"{n / (1 << 20):g} MB"


def fetch(url: str, max_bytes: int, timeout: float | None = None) -> tuple[bytes, str, str]:
    """(body, content type, final URL); raises InputError with a one-line reason."""
    import httpx

    limit = timeout or _settings["timeout"]
    deadline = time.monotonic() + limit
    try:
        with httpx.Client(headers={"User-Agent": USER_AGENT}, timeout=httpx.Timeout(limit),
                          follow_redirects=True, max_redirects=MAX_REDIRECTS) as client:
            with client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise InputError(url, f"HTTP {response.status_code} {response.reason_phrase}".strip())
                length = response.headers.get("content-length")
                if length and length.isdigit() and int(length) > max_bytes:
                    raise InputError(url, f"response is larger than the limit of {_mb(max_bytes)} (set --max-size)")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > max_bytes:
                        raise InputError(url, f"response is larger than the limit of {_mb(max_bytes)} (set --max-size)")
                    if time.monotonic() > deadline:
                        raise InputError(url, f"timed out after {limit:g} s (set --timeout)")
                ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
                return bytes(body), ctype, str(response.url)
    except httpx.TimeoutException:
        raise InputError(url, f"timed out after {limit:g} s (set --timeout)") from None
    except httpx.TooManyRedirects:
        raise InputError(url, f"more than {MAX_REDIRECTS} redirects") from None
    except httpx.InvalidURL as exc:
        raise InputError(url, f"not a valid URL ({exc})") from None
    except httpx.HTTPError as exc:
        reason = str(exc) or type(exc).__name__
        raise InputError(url, f"could not fetch ({type(exc).__name__}: {reason})") from None


def is_feed(data: bytes, ctype: str, url: str) -> bool:
    if ctype in _FEED_TYPES or ctype.endswith(("+xml", "/xml")):
        return True
    path = urlsplit(url).path.lower().rstrip("/")
    if path.endswith((".rss", ".atom", ".xml", "/feed", "/rss")) and not ctype.startswith("text/html"):
        return True
    return bool(_FEED_START.match(data[:4096]))


def _site_name(text: str) -> tuple[str | None, str | None]:
    from materiel.store.inputs import _CANONICAL, _CONTENT, _HREF, _META

    head = text[:256 * 1024]
    found: dict[str, str] = {}
    for m in _META.finditer(head):
        content = _CONTENT.search(m.group(0))
        if content and content.group(1).strip():
            found.setdefault(m.group(1).lower(), content.group(1).strip())
    canonical = _CANONICAL.search(head)
    href = _HREF.search(canonical.group(0)) if canonical else None
    return found.get("og:site_name") or found.get("application-name"), found.get("og:url") or (
        href.group(1).strip() if href else None)


def page(url: str, data: bytes, ctype: str, final: str, default_publisher: str | None, *,
         title: str | None = None, published: date | None = None, site: str | None = None):
    """An Incoming from a fetched page (HTML, plain text or PDF)."""
    from materiel.store.inputs import Incoming

    if ctype == "application/pdf" or data.lstrip().startswith(pdf.PDF_MAGIC):
        text, pdf_title = pdf.pdf_text(data, url)
        doc = Document(text=text, source=url, title=title or pdf_title, published=published)
        return Incoming(doc, url=final, publisher=publishers.choose([site], final, default_publisher, text))
    doc = read_bytes(data, url, max(len(data), 1))
    meta_site, meta_url = (None, None)
    head = data[:256 * 1024].decode("utf-8", errors="replace")
    if looks_like_html(head):
        meta_site, meta_url = _site_name(head)
    doc = Document(text=doc.text, source=url, title=doc.title or title, published=doc.published or published)
    link = meta_url or final
    return Incoming(doc, url=link, publisher=publishers.choose([meta_site, site], link, default_publisher, doc.text))


def _entry_date(entry: dict) -> date | None:  # type: ignore[type-arg]
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def read_feed(url: str, data: bytes, max_bytes: int, default_publisher: str | None) -> Iterator:  # type: ignore[type-arg]
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        why = f" ({type(parsed.bozo_exception).__name__}: {parsed.bozo_exception})" if parsed.get("bozo") else ""
        yield InputError(url, f"not a valid RSS/Atom feed{why}" if why or not parsed.get("version")
                         else "feed has no items")
        return
    site = (parsed.feed.get("title") or "").strip() or None
    for n, entry in enumerate(parsed.entries, 1):
        link = (entry.get("link") or "").strip()
        title = (entry.get("title") or "").strip() or None
        published = _entry_date(entry)
        if link:
            try:
                data_, ctype, final = fetch(link, max_bytes)
                yield page(link, data_, ctype, final, default_publisher, title=title, published=published, site=site)
            except InputError as exc:
                yield exc
            continue
        body = " ".join(c.get("value", "") for c in entry.get("content", [])) or entry.get("summary", "")
        where = f"{url}#item{n}"
        if not body.strip():
            yield InputError(where, "feed item has neither a link nor content")
            continue
        try:
            yield page(where, body.encode("utf-8"), "text/html", url, default_publisher, title=title,
                       published=published, site=site)
        except InputError as exc:
            yield exc


def read_url(url: str, max_bytes: int, default_publisher: str | None) -> Iterator:  # type: ignore[type-arg]
    """The documents a URL gives: one page, or one per feed entry; InputErrors for what fails."""
    try:
        data, ctype, final = fetch(url, max_bytes)
        if is_feed(data, ctype, final):
            yield from read_feed(url, data, max_bytes, default_publisher)
        else:
            yield page(url, data, ctype, final, default_publisher)
    except InputError as exc:
        yield exc
