"""Stored XSS: a store whose titles, texts, publishers, URLs, collection, actors, rows, events and evidence
all carry markup and script URLs (`hostile_store`). Every HTML page of the workbench, reached by following
its own links from the register, the documents and the actors (and pages that echo a query or a path), is
parsed: no element or attribute comes from the input, no link or source is a script URL."""
from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, urlsplit

import hostile_store as hs
import pytest
from fastapi.testclient import TestClient

from materiel.security import accounts
from materiel.store import open_store
from materiel.web.app import create_app
from materiel.web.render import ENV

URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcset"}
BAD_SCHEMES = ("javascript:", "data:", "vbscript:")
RAW = ("<script>alert", "<script>window.pwned", "<img src=x", "<svg onload")
MAX_PAGES = 250
PER_KIND = 40


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


def problems(html: str) -> list[str]:
    """Everything in the page that would run or load the input's markup."""
    found = [f"raw {r!r}" for r in RAW if r.lower() in html.lower()]
    parser = Tags()
    parser.feed(html)
    for tag, attrs in parser.tags:
        for name, value in attrs.items():
            if name.startswith("on"):
                found.append(f"<{tag} {name}=...>")
            plain = re.sub(r"[\x00-\x20]", "", value or "").lower()
            if name in URL_ATTRS and plain.startswith(BAD_SCHEMES):
                found.append(f"<{tag} {name}={value!r}>")
        if tag == "script" and not (str(attrs.get("src") or "").startswith("/static/")
                                    or attrs.get("type") == "application/json"):
            found.append(f"<script {attrs}>")
    return found


def links(html: str) -> list[str]:
    parser = Tags()
    parser.feed(html)
    return [str(a["href"]) for t, a in parser.tags if t == "a" and a.get("href")]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    url = hs.build(str(tmp_path_factory.mktemp("xss") / "xss.db"))
    with TestClient(create_app(url, extract=hs.fake_extract)) as c:
        yield c


def _crawl(client: TestClient, starts: list[str]) -> dict[str, str]:
    """Pages reached from `starts` by the workbench's own links, at most PER_KIND of each kind (/register
    has a link per facet value and sort order: the other pages must get their turn)."""
    seen: dict[str, str] = {}
    per_kind: Counter[str] = Counter()
    todo = deque(starts)
    while todo and len(seen) < MAX_PAGES:
        url = todo.popleft()
        path = urlsplit(url).path
        if url in seen or path.startswith(("/static", "/api", "/docs")) or path.endswith((".csv", ".json")):
            continue
        kind = path.split("/")[1]
        if per_kind[kind] >= PER_KIND and url not in starts:
            continue
        per_kind[kind] += 1
        r = client.get(url)
        if not r.headers.get("content-type", "").startswith("text/html"):
            continue
        seen[url] = r.text
        todo.extend(h for h in links(r.text) if h.startswith("/") and not h.startswith("//"))
    return seen


def test_every_page_shows_the_input_as_text(client: TestClient) -> None:
    q = quote(hs.SCRIPT)
    starts = ["/register", "/documents", "/actors", "/add", f"/register?q={q}", f"/register?q={quote(hs.MARK)}",
              f"/documents?q={quote('script alert')}", f"/actors?q={quote(hs.IMG)}",
              f"/register?collection={quote(hs.COLLECTION)}", f"/register?supplier={quote(hs.IMG)}",
              f"/register?item={q}&since={q}", f"/documents?collection={quote(hs.COLLECTION)}"]
    pages = _crawl(client, starts)
    kinds = {urlsplit(u).path.split("/")[1] for u in pages}
    assert {"register", "record", "document", "documents", "actor", "actors", "add"} <= kinds, kinds
    docs = [u for u in pages if u.startswith("/document/")]
    assert len({u.split("#")[0].split("?")[0] for u in docs}) == len(hs.URLS)
    assert any(u.startswith("/actor/") and "xss" in u for u in pages)
    bad = {u: p for u, html in pages.items() if (p := problems(html))}
    assert not bad, bad
    reader = next(html for u, html in pages.items() if u.startswith("/document/"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in reader  # shown, as text
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in reader or "&quot;&gt;&lt;img src=x" in reader
    assert 'rel="noopener noreferrer nofollow">original</a>' not in reader  # no link from a script URL


def test_pages_that_echo_the_request(client: TestClient) -> None:
    for url in ("/record/999999", f"/document/{quote(hs.SCRIPT, safe='')}", f"/actor/{quote(hs.IMG, safe='')}",
                f"/add/jobs/{quote(hs.SVG, safe='')}", f"/nothing{quote(hs.SCRIPT)}", f"/register?limit={quote(hs.IMG)}",
                f"/register?since={quote(hs.SCRIPT)}", f"/register?sort={quote(hs.SVG)}"):
        r = client.get(url)
        assert r.status_code in (200, 400, 404, 422), (url, r.status_code)
        assert r.headers["content-type"].startswith("text/html"), url
        assert not problems(r.text), (url, problems(r.text))


def test_json_twins_are_never_html(client: TestClient) -> None:
    doc = client.get("/documents.json").json()["documents"][0]["id"]
    for url in (f"/document/{doc}.json", "/register.json", f"/api/documents/{doc}", "/actors.json"):
        r = client.get(url)
        assert r.headers["content-type"].startswith("application/json"), url
        assert r.headers["x-content-type-options"] == "nosniff"


def test_only_http_links_leave_the_workbench(client: TestClient) -> None:
    """The one link built from a document's URL ('original') is http(s) only, whatever its case or spaces."""
    http = ENV.filters["http"]
    for bad in (*hs.URLS, "  http://x", "\thttps://x", "//evil.example/", "https:/\\evil", None, 3):
        assert http(bad) in ("", None) or not str(http(bad)).strip().lower().startswith(("javascript", "data", "vbscript"))
    assert http("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert http("HTTP://example.org/") == "HTTP://example.org/"


def test_problems_finds_what_it_looks_for() -> None:
    """The checker itself: each kind of injection is caught."""
    assert problems('<p>x</p><img src=x onerror=alert(1)>')
    assert problems('<a href=" javascript:alert(1)">x</a>')
    assert problems('<a href="java\nscript:alert(1)">x</a>')
    assert problems("<script>alert(1)</script>")
    assert problems('<div onmouseover="x">')
    assert not problems('<a href="/record/1">x</a><script src="/static/app.js"></script>'
                        '<script type="application/json">{"a": "\\u003cscript\\u003e"}</script>')


def test_hostile_store_helper_is_importable_from_here() -> None:
    assert Path(hs.__file__).parent == Path(__file__).parent


def test_signed_in_pages_and_the_sign_in_page(tmp_path: Path) -> None:
    """With accounts: the sign-in page echoes neither a hostile `next` nor a hostile account name as markup,
    and a reader granted the hostile collection sees its pages as text too."""
    password = "correct horse battery"
    url = hs.build(str(tmp_path / "signed.db"))
    with open_store(url) as store, store.write() as s:
        accounts.add_user(s, "ana", password)
        accounts.grant(s, "ana", hs.COLLECTION, "read")
    with TestClient(create_app(url, require_login=True), follow_redirects=False) as c:
        for target in (hs.SCRIPT, hs.IMG, hs.JS, "//evil.example/", f"/register?q={quote(hs.SVG)}"):
            r = c.get(f"/login?next={quote(target, safe='')}")
            assert r.status_code == 200 and not problems(r.text), (target, problems(r.text))
        token = r.text.split('name="csrf_token" value="')[1].split('"')[0]
        r = c.post("/login", data={"name": hs.IMG, "password": "wrong", "next": hs.JS, "csrf_token": token})
        assert not problems(r.text), problems(r.text)
        r = c.post("/login", data={"name": "ana", "password": password, "next": "/register", "csrf_token": token})
        assert r.status_code == 303, r.text[:300]
        pages = _crawl(c, ["/register", "/documents", "/actors", f"/register?q={quote(hs.SCRIPT)}"])
        assert any(u.startswith("/document/") for u in pages) and any(u.startswith("/record/") for u in pages)
        bad = {u: p for u, html in pages.items() if (p := problems(html))}
        assert not bad, bad
