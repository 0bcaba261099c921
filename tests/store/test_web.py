"""`materiel add URL`: pages and RSS/Atom feeds over HTTP, against a server on 127.0.0.1 started here
(never the internet). Bad URLs give one line each and the rest goes on."""
from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from typer.testing import CliRunner

from materiel.cli import app
from materiel.sources import fetch as web

runner = CliRunner()
SEEN_AGENTS: list[str] = []


def article(title: str, body: str, site: str = "Test Wire") -> bytes:
    return (f"<html><head><title>{title}</title><meta property=\"og:site_name\" content=\"{site}\"></head>"
            f"<body><nav>Home | World</nav><article><h1>{title}</h1><p>{body}</p></article></body></html>").encode()


PAGES = {
    "/page.html": ("text/html; charset=utf-8", article(
        "Madrid denies arms shipment", "Spain denied sending howitzers to Ukraine, a government spokesperson said.")),
    "/a1.html": ("text/html", article("Tanks for Poland", "Germany has offered ten Leopard 2 tanks to Poland, "
                                      "the German government said on Friday.")),
    "/a2.html": ("text/html", article("Frigates for Peru", "Chile sold two frigates to Peru, officials said.")),
    "/not-feed.rss": ("application/rss+xml", b"this is { not xml at all <<<"),
    "/big.html": ("text/html", b"<html><body><p>" + b"x" * (2 << 20) + b"</p></body></html>"),
}


def feed(base: str) -> bytes:
    items = "".join(
        f"<item><title>{t}</title><link>{base}{p}</link><pubDate>{d}</pubDate></item>"
        for t, p, d in [("Tanks for Poland", "/a1.html", "Fri, 10 May 2024 09:00:00 GMT"),
                        ("Frigates for Peru", "/a2.html", "Sat, 11 May 2024 09:00:00 GMT")])
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Defence Digest</title>'
            f"<link>{base}/</link><description>d</description>{items}</channel></rss>").encode()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        SEEN_AGENTS.append(self.headers.get("User-Agent", ""))
        if self.path == "/slow":
            time.sleep(2.0)
        if self.path == "/feed.xml":
            ctype, body = "application/rss+xml", feed(f"http://127.0.0.1:{self.server.server_port}")
        elif self.path in PAGES:
            ctype, body = PAGES[self.path]
        else:
            try:
                self.send_error(404)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stops reading at the status line
            return
        try:
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("MATERIEL_ALLOW_PRIVATE_URLS", "1")  # the test server is on loopback
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        web.configure(timeout=web.DEFAULT_TIMEOUT, allow_private=False)


def test_pages_feeds_and_failures(db: str, server: str) -> None:
    SEEN_AGENTS.clear()
    urls = [f"{server}/page.html", f"{server}/feed.xml", f"{server}/slow", f"{server}/not-feed.rss",
            f"{server}/missing.html", f"{server}/big.html", "http://127.0.0.1:9/refused"]
    result = runner.invoke(app, ["add", "--db", db, "-q", "--json", "--timeout", "0.5", "--max-size", "1", *urls])
    assert result.exit_code == 1, result.output
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["added"] == 3, summary  # the page and the feed's two items
    reasons = {f["source"].rsplit("/", 1)[-1]: f["reason"] for f in summary["failures"]}
    assert set(reasons) == {"slow", "not-feed.rss", "missing.html", "big.html", "refused"}, reasons
    assert reasons["slow"] == "timed out after 0.5 s (set --timeout)"
    assert reasons["not-feed.rss"].startswith("not a valid RSS/Atom feed")
    assert reasons["missing.html"] == "HTTP 404 Not Found"
    assert reasons["big.html"].startswith("response is larger than the limit of 1 MB")
    assert reasons["refused"].startswith("could not fetch (ConnectError")
    assert all("\n" not in r for r in reasons.values())
    assert set(SEEN_AGENTS) == {"materiel/0.1 (+https://example.invalid)"}

    sources = runner.invoke(app, ["sources", "--db", db, "--json"])
    pubs = {json.loads(x)["publisher"] for x in sources.stdout.splitlines() if x.strip()}
    assert "Test Wire" in pubs
    reg = runner.invoke(app, ["register", "--db", db, "--json"])
    rows = [json.loads(x) for x in reg.stdout.splitlines() if x.strip()]
    pairs = {(r["supplier_id"], r["recipient_id"]) for r in rows}
    assert {("DEU", "POL"), ("CHL", "PER")} <= pairs
    tanks = next(r for r in rows if r["supplier_id"] == "DEU")
    assert "2024-05-10" in json.dumps(tanks)  # the feed's pubDate became the document's date

    again = runner.invoke(app, ["add", "--db", db, "-q", "--json", f"{server}/feed.xml"])
    assert json.loads(again.stdout.strip().splitlines()[-1])["skipped"] == 2
