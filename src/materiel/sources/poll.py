"""One poll of a followed source, without the store: what it lists now (`poll`), each listed item as an
`Entry` (its key, and how to read it when it is new). The caller (`materiel.store.watcher`) keeps the
validators and the keys already seen, and reads only the entries it has not seen.

- A URL is fetched conditionally (If-None-Match / If-Modified-Since from the last poll's ETag and
  Last-Modified): 304 Not Modified lists nothing. The response is then a sitemap (<urlset>, <sitemapindex>),
  an RSS/Atom feed (as `materiel add` tells one, `fetch.is_feed`) or a page of links (`discover.page_links`).
  Every request goes through `fetch.get`: one deadline, the SSRF guard and the size limit, as `add`.
- An entry's key is its link (feeds, sitemaps, pages of links; a feed entry without one: its id, else its
  position and title); a local file's is its path with its modification time and size, so a changed file is
  read again (the texts it still holds are skipped by content hash when added).
- `Pacer.wait(url)` runs before every request (the per-host politeness delay).
"""
from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from materiel.record.errors import InputError
from materiel.sources import discover, fetch, limits
from materiel.sources.incoming import Incoming
from materiel.sources.inputs import is_jsonl, read_inputs
from materiel.sources.readers import iter_sources
from materiel.sources.schedule import Pacer

FEED, PAGE, SITEMAP, FOLDER = "feed", "page", "sitemap", "folder"
SITEMAP_CHILDREN = 10  # child sitemaps of a sitemap index read per poll
Item = Incoming | InputError


@dataclass(frozen=True)
class Entry:
    key: str  # the same item has the same key at every poll
    single: bool  # gives exactly one document or error (a JSON Lines file gives one per line)
    read: Callable[[], Iterator[Item]] = field(compare=False)


@dataclass(frozen=True)
class Polled:
    kind: str
    changed: bool  # False: 304 Not Modified, nothing listed
    etag: str | None = None
    last_modified: str | None = None
    entries: list[Entry] = field(default_factory=list)


def is_local(target: str) -> bool:
    return not fetch.is_url(target)


def _guarded(where: str, make: Callable[[], Item]) -> Iterator[Item]:
    try:
        yield make()
    except InputError as exc:
        yield exc
    except Exception as exc:  # a bug on one item must not stop the others
        yield InputError(where, f"item could not be read ({type(exc).__name__}: {' '.join(str(exc).split())[:300]})")


def _page_entry(link: str, max_bytes: int, publisher: str | None, pacer: Pacer) -> Entry:
    def make() -> Item:
        pacer.wait(link)
        data, ctype, final = fetch.fetch(link, max_bytes)
        return fetch.page(link, data, ctype, final, publisher)
    return Entry(link, True, lambda: _guarded(link, make))


def _feed_key(url: str, n: int, entry: dict[str, Any]) -> str:
    for name in ("link", "id"):
        value = entry.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
    title = entry.get("title")
    return f"{url}#item{n}:{title.strip() if isinstance(title, str) else ''}"


def _feed_entries(url: str, data: bytes, max_bytes: int, publisher: str | None, pacer: Pacer) -> list[Entry]:
    site, items = fetch.parse_feed(url, data)
    out = []
    for n, item in enumerate(items[:limits.FEED_MAX_ITEMS], 1):
        def make(n: int = n, item: dict[str, Any] = item) -> Item:
            link = item.get("link")
            if isinstance(link, str) and link.strip():
                pacer.wait(link.strip())
            return fetch.feed_item(url, n, item, max_bytes, publisher, site)
        out.append(Entry(_feed_key(url, n, item), True, functools.partial(_guarded, f"{url}#item{n}", make)))
    return out


def _sitemap_entries(url: str, data: bytes, max_bytes: int, publisher: str | None, pacer: Pacer) -> list[Entry]:
    most = limits.FEED_MAX_ITEMS
    pages, children = discover.sitemap_urls(url, data, most)
    for child in children[:SITEMAP_CHILDREN]:
        if len(pages) >= most:
            break
        pacer.wait(child)
        more, _ = discover.sitemap_urls(child, fetch.fetch(child, max_bytes)[0], most - len(pages))
        pages += [p for p in more if p not in pages]
    return [_page_entry(p, max_bytes, publisher, pacer) for p in pages[:most]]


def _folder_entries(path: str, max_bytes: int, publisher: str | None) -> list[Entry]:
    if not os.path.isdir(path):
        raise InputError(path, "no such folder" if not os.path.exists(path) else "not a folder")
    out = []
    for file in iter_sources([path]):
        try:
            st = os.stat(file)
        except OSError:
            continue
        out.append(Entry(f"{file}@{st.st_mtime_ns}:{st.st_size}", not is_jsonl(file),
                         functools.partial(read_inputs, [file], max_bytes, publisher)))
    return out


def poll(target: str, *, etag: str | None = None, last_modified: str | None = None, max_bytes: int,
         publisher: str | None = None, pacer: Pacer | None = None, timeout: float | None = None) -> Polled:
    """What `target` (a URL or a local folder) lists now; InputError when it cannot be read."""
    pacer = pacer or Pacer()
    if is_local(target):
        return Polled(FOLDER, True, entries=_folder_entries(target, max_bytes, publisher))
    headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", last_modified)) if v}
    pacer.wait(target)
    got = fetch.get(target, max_bytes, timeout, headers)
    if got.status == 304:
        return Polled("", False, etag or got.etag, last_modified or got.last_modified)
    if discover.is_sitemap(got.body):
        kind, entries = SITEMAP, _sitemap_entries(target, got.body, max_bytes, publisher, pacer)
    elif fetch.is_feed(got.body, got.ctype, got.final):
        kind, entries = FEED, _feed_entries(target, got.body, max_bytes, publisher, pacer)
    else:
        links = discover.page_links(got.final, got.body, limits.FEED_MAX_ITEMS)
        kind, entries = PAGE, [_page_entry(link, max_bytes, publisher, pacer) for link in links]
    return Polled(kind, True, got.etag, got.last_modified, entries)
