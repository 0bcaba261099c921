"""The workbench served for real: `serving(app)` runs uvicorn on a free loopback port in a thread and
yields its address; `chromium()` launches Debian's headless Chromium through Playwright. Shared by the
browser tests and the tests that need real sockets."""
from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(app: Any, **config: Any) -> Iterator[tuple[str, int]]:
    """(host, port) of uvicorn serving `app` until the block ends; `config`: more uvicorn.Config options."""
    import uvicorn

    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", **config))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(400):
        if srv.started:
            break
        thread.join(0.05)
    assert srv.started, "uvicorn did not start"
    try:
        yield "127.0.0.1", port
    finally:
        srv.should_exit = True
        thread.join(10)


@contextmanager
def chromium(sync_api: Any, *args: str) -> Iterator[Any]:
    """Headless Chromium, with `args` added to its command line."""
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[*ARGS, *args])
        try:
            yield b
        finally:
            b.close()
