"""Issue 17 item 5: an upload is checked before its body is read, and read as a stream with running limits.

The app is driven through ASGI directly with a body sent in pieces and no Content-Length (as a chunked
POST is), counting how many pieces the app has pulled when it answers: a refused request must be answered
having pulled none (or only the part headers it needed), never the whole body spooled first, and with
`Connection: close`, so that the server (uvicorn) drops the connection instead of reading the rest.
"""
from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI, Request

from materiel.record.models import DocumentInfo, Report
from materiel.security.access import Access
from materiel.sources.incoming import Incoming
from materiel.web.app import create_app
from materiel.web.auth import SESSION_COOKIE, csrf_token

LIMIT = 4096
PIECE = 1024
PIECES = 200  # 200 KB after the part's header: far beyond LIMIT
BOUNDARY = "testboundary"
CALLERS = {"reader": Access.for_user("reader", [("press", "read")], via="session"),
           "writer": Access.for_user("writer", [("press", "write")], via="session")}


def as_caller(request: Request) -> Access:
    return CALLERS[request.headers.get("x-test-as", "writer")]


def nothing_found(item: Incoming) -> Report:
    return Report(document=DocumentInfo(id=item.document.id, source=item.document.source))


def field(name: str, value: str) -> bytes:
    return (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").encode()


def file_head(name: str = "big.txt") -> bytes:
    return (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n"
            "Content-Type: text/plain\r\n\r\n").encode()


def big_file(before: bytes = b"") -> list[bytes]:
    return [before + file_head()] + [b"x" * PIECE] * PIECES + [f"\r\n--{BOUNDARY}--\r\n".encode()]


def post(app: FastAPI, pieces: list[bytes], headers: dict[str, str]) -> tuple[int, bytes, int]:
    """(status, body, pieces pulled by the app) of a POST /api/add sent in pieces without Content-Length."""
    pulled = 0
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        nonlocal pulled
        if pulled < len(pieces):
            pulled += 1
            return {"type": "http.request", "body": pieces[pulled - 1], "more_body": pulled < len(pieces)}
        await asyncio.Event().wait()  # the client stays connected
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    raw = [(b"host", b"testserver"), (b"content-type", f"multipart/form-data; boundary={BOUNDARY}".encode()),
           (b"transfer-encoding", b"chunked")] + [(k.lower().encode(), v.encode()) for k, v in headers.items()]
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": "/api/add", "raw_path": b"/api/add", "query_string": b"", "root_path": "", "headers": raw,
             "client": ("127.0.0.1", 50000), "server": ("testserver", 80)}
    asyncio.run(asyncio.wait_for(app(scope, receive, send), 60))
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    if start["status"] >= 400:  # the rest of the body is never read: the server drops the connection
        assert (b"connection", b"close") in start["headers"], start["headers"]
    return start["status"], body, pulled


def folders() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob("materiel-web-add-*"))


@pytest.fixture
def teams(tmp_path: Path) -> FastAPI:
    return create_app(str(tmp_path / "teams.db"), max_upload_bytes=LIMIT, access=as_caller, extract=nothing_found)


def test_no_write_grant_is_refused_before_the_body(teams: FastAPI) -> None:
    status, body, pulled = post(teams, big_file(), {"x-test-as": "reader"})
    assert status == 403 and b"no grant to add" in body
    assert pulled == 0


def test_a_cross_site_post_in_single_user_mode_is_refused_before_the_body(tmp_path: Path) -> None:
    app = create_app(str(tmp_path / "single.db"), max_upload_bytes=LIMIT)
    status, body, pulled = post(app, big_file(), {"origin": "https://evil.example"})
    assert status == 403 and b"CSRF" in body
    assert pulled == 0


def test_a_browser_form_must_bring_its_token_before_the_files(teams: FastAPI) -> None:
    cookie = {"cookie": f"{SESSION_COOKIE}=some-session"}
    status, body, pulled = post(teams, big_file(), cookie)  # a file before any token
    assert status == 403 and b"CSRF" in body
    assert pulled == 1  # the part's header, none of its content
    status, _, pulled = post(teams, big_file(field("csrf_token", "wrong")), cookie)
    assert status == 403 and pulled == 1


def test_the_grant_to_the_collection_is_checked_before_the_files(teams: FastAPI) -> None:
    status, body, pulled = post(teams, big_file(field("collection", "sealed")), {})
    assert status == 403 and b"no grant to add to collection 'sealed'" in body
    assert pulled == 1


def test_a_file_over_the_limit_stops_the_reading(teams: FastAPI) -> None:
    before = folders()
    status, body, pulled = post(teams, big_file(field("collection", "press")), {})
    assert status == 413 and b"big.txt: larger than the limit" in body
    assert pulled <= 1 + LIMIT // PIECE + 1  # the header, the limit, and the piece that passed it
    assert folders() <= before, "the upload's folder was not removed"


def test_the_whole_body_is_bounded_too(teams: FastAPI) -> None:
    """Bytes outside any part (after the last boundary) count towards the limit of the whole body."""
    pieces = small_file(field("collection", "press")) + [b"e" * (1 << 20)] * 200
    status, body, pulled = post(teams, pieces, {})
    assert status == 413 and b"too large" in body
    assert pulled < 10

def small_file(before: bytes) -> list[bytes]:
    return [before + file_head("small.txt"), b"Spain sold ten tanks to Chile.", f"\r\n--{BOUNDARY}--\r\n".encode()]


def test_a_form_that_passes_the_checks_is_read_whole(teams: FastAPI) -> None:
    cookie = f"{SESSION_COOKIE}=some-session"
    token = csrf_token(Request({"type": "http", "app": teams, "headers": [(b"cookie", cookie.encode())]}))
    status, body, pulled = post(teams, small_file(field("csrf_token", token) + field("collection", "press")),
                                {"cookie": cookie})
    assert status == 202 and b'"collection":"press"' in body and pulled == 3
    status, body, _ = post(teams, small_file(field("collection", "press")), {"cookie": cookie, "x-csrf-token": token})
    assert status == 202, body
    late = [file_head("small.txt"), b"Spain sold ten tanks to Chile.\r\n", field("collection", "other"),
            f"--{BOUNDARY}--\r\n".encode()]
    status, body, _ = post(teams, late, {})
    assert status == 400 and b"send the collection before the files" in body
