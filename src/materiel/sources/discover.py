"""What a followed page lists: the article links of a page of links (a ministry's press releases, an
outlet's section front) and the page URLs of a sitemap. Pure functions of the fetched bytes: the fetching
and the choice of what is new happen elsewhere (`materiel.sources.poll`, `materiel.store.watcher`)."""
from __future__ import annotations

import re
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.etree
import lxml.html

from materiel.record.errors import InputError

_SITEMAP_START = re.compile(rb"^\s*(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
                            rb"(?:<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>\s*)?<(?:urlset|sitemapindex)\b", re.DOTALL)
# Links to these are never articles: style sheets, scripts, images, archives, media.
_NOT_ARTICLES = (".css", ".js", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".ico", ".webp", ".zip", ".gz", ".mp3",
                 ".mp4", ".woff", ".woff2", ".xml", ".rss", ".atom", ".json")


def is_sitemap(data: bytes) -> bool:
    return bool(_SITEMAP_START.match(data[:4096]))


def _folder(path: str) -> str:
    """'/news/index.html' -> '/news/'; '/news' -> '/news/'; '/' -> '/'."""
    if path.endswith("/"):
        return path
    last = path.rsplit("/", 1)[-1]
    return path.rsplit("/", 1)[0] + "/" if "." in last else path + "/"


def page_links(url: str, data: bytes, most: int) -> list[str]:
    """The links of a page that may be articles, in page order, without duplicates: http(s) links to the
    same host, under the page's own folder (a page at /news/ lists /news/...), other than the page itself,
    not to style sheets, scripts, images or feeds. At most `most`."""
    try:
        tree = lxml.html.document_fromstring(data, parser=lxml.html.HTMLParser(no_network=True, remove_comments=True))
    except (lxml.etree.ParserError, ValueError) as exc:
        raise InputError(url, f"page of links could not be parsed ({type(exc).__name__})") from None
    here = urlsplit(url)
    folder, own = _folder(here.path or "/"), urldefrag(url)[0].rstrip("/")
    found: list[str] = []
    for href in tree.xpath("//a/@href"):
        link = urldefrag(urljoin(url, str(href).strip()))[0]
        parts = urlsplit(link)
        if parts.scheme not in ("http", "https") or (parts.hostname or "") != (here.hostname or ""):
            continue
        if not parts.path.startswith(folder) or link.rstrip("/") == own or parts.path.lower().endswith(_NOT_ARTICLES):
            continue
        if link not in found:
            found.append(link)
            if len(found) >= most:
                break
    return found


def sitemap_urls(url: str, data: bytes, most: int) -> tuple[list[str], list[str]]:
    """(page URLs, child sitemap URLs) of a sitemap or sitemap index, newest first where <lastmod> says,
    at most `most` pages. The XML parser loads no DTD or entity and reaches no network."""
    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = lxml.etree.fromstring(data, parser=parser)
    except lxml.etree.XMLSyntaxError as exc:
        raise InputError(url, f"not a valid sitemap ({str(exc).splitlines()[0][:200]})") from None
    pages: list[tuple[str, str]] = []
    children: list[str] = []
    for node in root:
        if not isinstance(node.tag, str):
            continue
        name = lxml.etree.QName(node).localname
        loc = next((c.text or "" for c in node if isinstance(c.tag, str) and lxml.etree.QName(c).localname == "loc"), "")
        mod = next((c.text or "" for c in node if isinstance(c.tag, str) and lxml.etree.QName(c).localname == "lastmod"),
                   "")
        loc = loc.strip()
        if not loc.lower().startswith(("http://", "https://")):
            continue
        if name == "url":
            pages.append((mod.strip(), loc))
        elif name == "sitemap":
            children.append(loc)
    pages.sort(key=lambda p: p[0], reverse=True)  # ISO dates sort as text; undated last
    return [loc for _, loc in pages[:most]], children
