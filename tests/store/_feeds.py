"""A feed server on 127.0.0.1 for the watcher's tests: its feed changes when the test says so, it answers
conditional requests (304 when If-None-Match matches), and it records every request with its headers."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STORIES = [
    ("Tanks for Poland", "Germany has offered ten Leopard 2 tanks to Poland, the German government said on Friday."),
    ("Frigates for Peru", "Chile sold two frigates to Peru, officials in Lima said on Monday."),
    ("Boats for Ghana", "Norway has delivered four patrol boats to Ghana, the Norwegian defence ministry said."),
    ("Howitzers for Ukraine", "Spain has delivered six howitzers to Ukraine, the Spanish defence ministry said."),
]


@dataclass
class FeedSite:
    """What the server serves: the first `shown` stories in its feed; `fail` answers 500 everywhere."""

    shown: int = 2
    fail: bool = False
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    base: str = ""

    def etag(self) -> str:
        return f'"v{self.shown}"'

    def feed(self) -> bytes:
        items = "".join(f"<item><title>{t}</title><link>{self.base}/a/{n}.html</link>"
                        f"<pubDate>Fri, 10 May 2024 09:00:00 GMT</pubDate></item>"
                        for n, (t, _) in enumerate(STORIES[:self.shown]))
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Defence Digest</title>'
                f"<link>{self.base}/</link><description>d</description>{items}</channel></rss>").encode()

    def hits(self, path: str) -> list[dict[str, str]]:
        return [h for p, h in self.requests if p == path]


def _article(n: int) -> bytes:
    title, body = STORIES[n]
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{body}</p>"
            f"</article></body></html>").encode()


def _handler(site: FeedSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def _send(self, status: int, ctype: str = "", body: bytes = b"", headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            for k, v in {**({"Content-Type": ctype} if ctype else {}), "Content-Length": str(len(body)),
                         **(headers or {})}.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            site.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            if site.fail:
                return self._send(500, "text/plain", b"down")
            if self.path == "/feed.xml":
                if self.headers.get("If-None-Match") == site.etag():
                    return self._send(304, headers={"ETag": site.etag()})
                return self._send(200, "application/rss+xml", site.feed(),
                                  {"ETag": site.etag(), "Last-Modified": "Fri, 10 May 2024 09:00:00 GMT"})
            if self.path == "/a/":  # a page of links: two articles, and links that are none
                links = '<a href="/about">About</a><a href="/a/style.css">css</a><a href="0.html">0</a><a href="/a/1.html#x">1</a>'
                return self._send(200, "text/html", f"<html><body><nav>{links}</nav></body></html>".encode())
            if self.path == "/sitemap.xml":
                locs = "".join(f"<url><loc>{site.base}/a/{n}.html</loc><lastmod>2024-05-1{n}</lastmod></url>" for n in (2, 3))
                return self._send(200, "application/xml", ('<?xml version="1.0"?><urlset xmlns='
                                                           f'"http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>').encode())
            if self.path.startswith("/a/") and self.path.endswith(".html"):
                return self._send(200, "text/html", _article(int(self.path[3:-5])))
            return self._send(404, "text/plain", b"no")
    return Handler


@contextmanager
def serve(site: FeedSite) -> Iterator[FeedSite]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    httpd.daemon_threads = True
    site.base = f"http://127.0.0.1:{httpd.server_port}"
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield site
    finally:
        httpd.shutdown()
        httpd.server_close()
