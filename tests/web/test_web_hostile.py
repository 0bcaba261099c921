"""The Add page against hostile clients: a trickled upload is cut off (408), and pasted URLs on private
or loopback addresses are refused by the URL guard unless the server allows them."""
from __future__ import annotations

import socket
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _live import serving
from fastapi.testclient import TestClient

from materiel.sources import fetch as web
from materiel.web.app import create_app


def _folders() -> list[Path]:
    return list(Path(tempfile.gettempdir()).glob("materiel-web-add-*"))


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, int]]:
    # The upload folders of this server go to a folder of this test's own (the server runs in this process), so a
    # suite running beside it on the same machine cannot add a folder to what `_folders` sees.
    private = tmp_path / "tmp"
    private.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    app = create_app(str(tmp_path / "slow.db"), extract=lambda item: pytest.fail("nothing to extract"))
    app.state.upload_seconds = 1.0
    with serving(app) as address:
        yield address


def test_a_trickled_upload_is_cut_off(server: tuple[str, int], tmp_path: Path) -> None:
    boundary = "hostileboundary"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"slow.txt\"\r\n"
            "Content-Type: text/plain\r\n\r\n").encode() + b"x" * 2000
    head = (f"POST /api/add HTTP/1.1\r\nHost: {server[0]}\r\nContent-Type: multipart/form-data; boundary={boundary}\r\n"
            f"Content-Length: {len(body) + 100}\r\n\r\n").encode()
    before = set(_folders())
    with socket.create_connection(server, timeout=10) as sock:
        sock.sendall(head)
        answer = b""
        for byte in body:  # one byte every 20 ms: the whole would take 40 s
            try:
                sock.sendall(bytes([byte]))
            except OSError:
                break
            sock.settimeout(0.02)
            try:
                answer += sock.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                break
            if b"\r\n\r\n" in answer:
                break
        sock.settimeout(5)
        while b"}}" not in answer:
            try:
                chunk = sock.recv(65536)
            except OSError:
                break
            if not chunk:
                break
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
    assert b"the upload took longer than 1 s" in answer
    assert set(_folders()) <= before, "the upload's folder was not removed"


@pytest.fixture
def client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    monkeypatch.delenv(web.ALLOW_PRIVATE_ENV, raising=False)
    with TestClient(create_app(str(tmp_path / "add.db"), extract=lambda item: pytest.fail("nothing to extract"))) as c:
        yield c
    web.configure(allow_private=False)


def _finish(client: TestClient, job: dict[str, Any]) -> dict[str, Any]:
    for _ in range(300):
        job = client.get(f"/api/jobs/{job['id']}").json()
        if job["finished"]:
            return job
        time.sleep(0.05)
    raise AssertionError(job)


def test_pasted_private_urls_are_refused(client: TestClient) -> None:
    job = _finish(client, client.post("/api/add", data={"text": "http://127.0.0.1:9/a\nhttp://[::1]:9/b\n"}).json())
    reasons = [i["reason"] for i in job["items"]]
    assert job["failed"] == 2, job
    assert reasons[0].startswith("refused: 127.0.0.1 is a loopback address; pass --allow-private-urls")
    assert reasons[1].startswith("refused: ::1 is a loopback address")
    page = client.get(f"/add/jobs/{job['id']}").text
    assert "refused: 127.0.0.1 is a loopback address" in page


def test_the_server_switch_allows_them(client: TestClient) -> None:
    web.configure(allow_private=True)  # what `materiel serve --allow-private-urls` sets
    job = _finish(client, client.post("/api/add", data={"text": "http://127.0.0.1:9/a\n"}).json())
    assert job["items"][0]["reason"].startswith("could not fetch (ConnectError")
