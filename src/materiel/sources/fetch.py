"""URLs for `materiel add`: web pages (HTML or PDF) and RSS/Atom feeds, fetched with httpx.

- Every fetch has a deadline (`--timeout`, default 20 s, for the whole fetch: name resolution, connecting,
  headers, body and redirects), a size limit (`--max-size`, checked on Content-Length and while reading,
  after decompressing gzip/deflate bodies, which are decompressed no further than the limit) and an
  honest User-Agent (`USER_AGENT`). Redirects are followed (at most 5), each hop checked like the first.
- Only http and https URLs are fetched, and only from public addresses (`materiel.sources.netguard`): a
  host that resolves to a loopback, private, link-local, ... address is refused unless private URLs are
  allowed (`configure(allow_private=True)`, the CLI's --allow-private-urls, or the environment variable
  MATERIEL_ALLOW_PRIVATE_URLS=1).
- A response is a feed when its Content-Type says XML/RSS/Atom, its URL ends in .rss/.atom/.xml or /feed,
  or its body starts like one. A feed is parsed with feedparser; each entry's link is fetched as a page
  (title, date and publisher from the feed when the page gives none). An entry with no link but with
  content in the feed is read from the feed itself. At most FEED_MAX_ITEMS items of a feed are read.
- Every failure (timeout, connection refused, HTTP error, too large, not a feed, a bad entry) is one
  InputError with the reason, so the other inputs and entries go on.
"""
from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from materiel.record.errors import InputError
from materiel.sources import limits, netguard, pdf, publishers
from materiel.sources.body import Body, too_large
from materiel.sources.document import Document
from materiel.sources.incoming import Incoming, site_meta
from materiel.sources.readers import looks_like_html, read_bytes

USER_AGENT = "materiel/0.1 (+https://example.invalid)"
DEFAULT_TIMEOUT = 20.0
MAX_REDIRECTS = 5
ALLOW_PRIVATE_ENV = "MATERIEL_ALLOW_PRIVATE_URLS"
_settings: dict[str, float | bool] = {"timeout": DEFAULT_TIMEOUT, "allow_private": False}
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml",
               "application/feed+json")
_FEED_START = re.compile(rb"^\s*(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.DOTALL)


def configure(timeout: float | None = None, allow_private: bool | None = None) -> None:
    """Set the timeout of later fetches (the CLI's --timeout) and whether they may reach private,
    loopback and other non-public addresses (--allow-private-urls; off by default)."""
    if timeout is not None:
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        _settings["timeout"] = float(timeout)
    if allow_private is not None:
        _settings["allow_private"] = bool(allow_private)


def private_allowed() -> bool:
    """True when configured so, or when MATERIEL_ALLOW_PRIVATE_URLS is 1/true/yes."""
    env = os.environ.get(ALLOW_PRIVATE_ENV, "").strip().lower() in ("1", "true", "yes", "on")
    return bool(_settings["allow_private"]) or env


def is_url(arg: str) -> bool:
    return arg.lower().startswith(("http://", "https://"))


def _check_scheme(url: str, hop: str) -> None:
    scheme = urlsplit(hop).scheme.lower()
    if scheme not in ("http", "https"):
        where = "" if hop == url else f" (redirected to {hop})"
        kind = f"{scheme}: URLs" if scheme else "URLs without a scheme"
        raise InputError(url, f"refused: only http and https URLs are fetched, not {kind}{where}")


def _follow(client: Any, url: str, hops: list[str]) -> Any:
    """The response at the end of the redirects (at most MAX_REDIRECTS, each hop's scheme checked here and
    its address by the guard); `hops` gets every URL requested."""
    response = client.send(client.build_request("GET", url), stream=True)
    while response.next_request is not None:
        response.close()
        if len(hops) > MAX_REDIRECTS:
            raise InputError(url, f"more than {MAX_REDIRECTS} redirects")
        hops.append(str(response.next_request.url))
        _check_scheme(url, hops[-1])
        response = client.send(response.next_request, stream=True)
    return response


@dataclass(frozen=True)
class Fetched:
    """A response: its status (200, or 304 Not Modified to a conditional request, with an empty body),
    body, content type, final URL and validators (ETag, Last-Modified) for the next conditional request."""

    status: int
    body: bytes
    ctype: str
    final: str
    etag: str | None = None
    last_modified: str | None = None


def _read(url: str, response: Any, max_bytes: int, deadline: float, limit: float) -> Fetched:
    if response.status_code >= 400:
        raise InputError(url, f"HTTP {response.status_code} {response.reason_phrase}".strip())
    length = response.headers.get("content-length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise too_large(url, max_bytes)
    body = Body(url, response.headers.get("content-encoding", ""), max_bytes)
    for chunk in response.iter_raw():
        body.feed(chunk)
        if time.monotonic() > deadline:
            raise InputError(url, f"timed out after {limit:g} s (set --timeout)")
    ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
    return Fetched(response.status_code, bytes(body.data), ctype, str(response.url), response.headers.get("etag"),
                   response.headers.get("last-modified"))


def fetch(url: str, max_bytes: int, timeout: float | None = None) -> tuple[bytes, str, str]:
    """(body, content type, final URL); raises InputError with a one-line reason."""
    got = get(url, max_bytes, timeout)
    return got.body, got.ctype, got.final


def get(url: str, max_bytes: int, timeout: float | None = None, headers: dict[str, str] | None = None) -> Fetched:
    """The response at `url` within one deadline, guard and size limit; `headers` are sent as well
    (If-None-Match / If-Modified-Since make it conditional). Raises InputError with a one-line reason."""
    import httpx

    limit = float(timeout or _settings["timeout"])
    deadline = time.monotonic() + limit
    _check_scheme(url, url)
    hops = [url]
    try:
        with netguard.client(deadline, private_allowed(), timeout=httpx.Timeout(limit),
                             headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate",
                                      **(headers or {})}) as client:
            response = _follow(client, url, hops)
            try:
                return _read(url, response, max_bytes, deadline, limit)
            finally:
                response.close()
    except netguard.Refused as exc:
        where = "" if hops[-1] == url else f" (redirected to {hops[-1]})"
        raise InputError(url, exc.reason + where) from None
    except httpx.TimeoutException:
        raise InputError(url, f"timed out after {limit:g} s (set --timeout)") from None
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


def page(url: str, data: bytes, ctype: str, final: str, default_publisher: str | None, *,
         title: str | None = None, published: date | None = None, site: str | None = None) -> Incoming:
    """An Incoming from a fetched page (HTML, plain text or PDF)."""
    if ctype == "application/pdf" or data.lstrip().startswith(pdf.PDF_MAGIC):
        text, pdf_title = pdf.pdf_text(data, url)
        doc = Document(text=text, source=url, title=title or pdf_title, published=published)
        return Incoming(doc, url=final, publisher=publishers.choose([site], final, default_publisher, text))
    doc = read_bytes(data, url, max(len(data), 1))
    meta_site, meta_url = (None, None)
    head = data[:256 * 1024].decode("utf-8", errors="replace")
    if looks_like_html(head):
        meta_site, meta_url = site_meta(head)
    doc = Document(text=doc.text, source=url, title=doc.title or title, published=doc.published or published)
    link = meta_url or final
    return Incoming(doc, url=link, publisher=publishers.choose([meta_site, site], link, default_publisher, doc.text))


def _entry_date(entry: dict[str, Any]) -> date | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            try:
                return date(value.tm_year, value.tm_mon, value.tm_mday)
            except (AttributeError, TypeError, ValueError):
                return None
    return None


def _str(value: object) -> str:
    """A feed field as text: feedparser leaves None (or other types) where a broken feed has nothing."""
    return value.strip() if isinstance(value, str) else ""


def _one_line(text: object) -> str:
    return " ".join(str(text).split())[:300]


def feed_item(url: str, n: int, entry: dict[str, Any], max_bytes: int, default_publisher: str | None,
              site: str | None) -> Incoming | InputError:
    """The document of a feed's `n`th entry: its linked page, else the content the feed itself holds."""
    link = _str(entry.get("link"))
    title = _str(entry.get("title")) or None
    published = _entry_date(entry)
    if link:
        try:
            data, ctype, final = fetch(link, max_bytes)
            return page(link, data, ctype, final, default_publisher, title=title, published=published, site=site)
        except InputError as exc:
            return exc
    content = entry.get("content")
    contents = content if isinstance(content, list) else []
    body = " ".join(_str(c.get("value")) for c in contents if isinstance(c, dict)) or _str(entry.get("summary"))
    where = f"{url}#item{n}"
    if not body:
        return InputError(where, "feed item has neither a link nor content")
    try:
        return page(where, body.encode("utf-8", "replace"), "text/html", url, default_publisher, title=title,
                    published=published, site=site)
    except InputError as exc:
        return exc


def parse_feed(url: str, data: bytes) -> tuple[str | None, list[dict[str, Any]]]:
    """(the feed's title, its entries) with feedparser; InputError when it is no feed or has no items."""
    import feedparser

    try:
        parsed = feedparser.parse(data)
    except Exception as exc:
        raise InputError(url, f"not a valid RSS/Atom feed ({type(exc).__name__}: {_one_line(exc)})") from None
    if not parsed.entries:
        why = f" ({type(parsed.bozo_exception).__name__}: {_one_line(parsed.bozo_exception)})" if parsed.get("bozo") else ""
        raise InputError(url, f"not a valid RSS/Atom feed{why}" if why or not parsed.get("version")
                         else "feed has no items")
    return _str(parsed.feed.get("title")) or None, list(parsed.entries)


def read_feed(url: str, data: bytes, max_bytes: int,
              default_publisher: str | None) -> Iterator[Incoming | InputError]:
    """One Incoming or InputError per item (at most FEED_MAX_ITEMS); a broken item never stops the rest."""
    try:
        site, entries = parse_feed(url, data)
    except InputError as exc:
        yield exc
        return
    most = limits.FEED_MAX_ITEMS
    if len(entries) > most:
        yield InputError(url, f"feed has {len(entries)} items: only the first {most} are read")
    for n, entry in enumerate(entries[:most], 1):
        try:
            yield feed_item(url, n, entry, max_bytes, default_publisher, site)
        except Exception as exc:
            yield InputError(f"{url}#item{n}", f"feed item could not be read ({type(exc).__name__}: {_one_line(exc)})")


def read_url(url: str, max_bytes: int, default_publisher: str | None) -> Iterator[Incoming | InputError]:
    """The documents a URL gives: one page, or one per feed entry; InputErrors for what fails."""
    try:
        data, ctype, final = fetch(url, max_bytes)
        if is_feed(data, ctype, final):
            yield from read_feed(url, data, max_bytes, default_publisher)
        else:
            yield page(url, data, ctype, final, default_publisher)
    except InputError as exc:
        yield exc
