"""What one poll cycle of the watcher costs when nothing is new, measured in one run (a benchmark that
prints figures, not a test).

    python bench/poll_cycle.py [--sources 200]

`--sources` feeds are followed on a local server (127.0.0.1, a thread of this process), each feed with one
item. A first cycle, not measured, adds the items and keeps each feed's ETag. The clock (fake) is then moved
past the interval and the measured cycle polls every source again:

- `304`: the server answers the conditional request with 304 Not Modified (what well-kept feeds do);
- `200`: the server ignores validators and sends the same feed again, which is parsed and finds no new item.

Each line gives the cycle's seconds, milliseconds per source and sources per second: a conditional fetch
(guard, deadline), the lease renewal and the poll's record (two transactions) per source. The per-host
politeness delay is set to 0 here: all sources are on one host, where it would add 1 s per source (on real
sources, each on its own host, it costs nothing). SQLite store in a temporary folder; no model is loaded (a
fake extractor returns empty reports).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

HONOUR_VALIDATORS = {"on": True}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        n = self.path.strip("/").split(".")[0]
        etag = f'"{n}"'
        if HONOUR_VALIDATORS["on"] and self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {n}</title><link>http://x/</link>'
                f"<description>d</description><item><title>Story {n}</title><guid isPermaLink='false'>story-{n}</guid>"
                f"<description>Spain has delivered {n} howitzers to Ukraine.</description></item></channel></rss>").encode()
        self.send_response(200)
        for k, v in (("Content-Type", "application/rss+xml"), ("ETag", etag), ("Content-Length", str(len(body)))):
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)


def _empty_report(item: Any) -> Any:
    from materiel.record.models import DocumentInfo, Report

    doc = item.document
    return Report(document=DocumentInfo(id=doc.id, source=doc.source, title=doc.title))


def measure(sources: int) -> dict[str, float]:
    from materiel.sources import fetch
    from materiel.sources.schedule import Pacer
    from materiel.store import following, open_store
    from materiel.store.watch_loop import watch_loop
    from materiel.store.watcher import WatchConfig

    fetch.configure(allow_private=True)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    now = [datetime(2026, 1, 5, 9, 0, tzinfo=UTC)]
    cfg = WatchConfig(extract=_empty_report, pacer=Pacer(delay=0), clock=lambda: now[0])
    out: dict[str, float] = {}
    try:
        with tempfile.TemporaryDirectory() as folder, open_store(str(Path(folder) / "store.db")) as store:
            with store.write() as session:
                for n in range(sources):
                    following.follow(session, f"http://127.0.0.1:{httpd.server_port}/{n}.xml", collection="bench",
                                     every=1800, now=now[0])
            first = watch_loop(store, cfg, once=True)[0]
            assert first.added == sources, first.added
            for mode in ("304", "200"):
                HONOUR_VALIDATORS["on"] = mode == "304"
                now[0] += timedelta(hours=1)
                t0 = time.perf_counter()
                cycle = watch_loop(store, cfg, once=True)[0]
                out[mode] = time.perf_counter() - t0
                assert len(cycle.polled) == sources and cycle.added == 0, (len(cycle.polled), cycle.added)
                expected = "unchanged" if mode == "304" else "new"
                assert all(p.status == expected for p in cycle.polled), {p.status for p in cycle.polled}
    finally:
        httpd.shutdown()
        httpd.server_close()
        fetch.configure(allow_private=False)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=int, default=200)
    args = parser.parse_args()
    for mode, seconds in measure(args.sources).items():
        what = "304 Not Modified" if mode == "304" else "200, same feed"
        print(f"poll cycle over {args.sources} sources, nothing new ({what}): {seconds:.2f} s, "
              f"{1000 * seconds / args.sources:.1f} ms per source, {args.sources / seconds:.0f} sources/s")


if __name__ == "__main__":
    main()
