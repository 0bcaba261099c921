"""The Add page: uploads, pasted text and URLs become a background job with progress; bad uploads are
refused with a clear message; nothing uploaded is executed or shown as HTML."""
from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from materiel.security import audit
from materiel.web.app import create_app

ARTICLE = "Norway has delivered four patrol boats to Ghana, the Norwegian defence ministry said on Monday.\n"
LIMIT = 4096


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(tmp_path / "add.db"), max_upload_bytes=LIMIT)) as c:
        yield c


def finish(client: TestClient, job: dict[str, Any]) -> dict[str, Any]:
    """Poll the job as the page does until it ends (bounded number of polls, no timing asserted)."""
    for _ in range(600):
        job = client.get(f"/add/jobs/{job['id']}.json").json()
        if job["finished"]:
            return job
        time.sleep(0.1)
    raise AssertionError(f"job did not finish: {job}")


def test_upload_adds_the_file_with_progress(client: TestClient) -> None:
    r = client.post("/api/add", files=[("files", ("boats.txt", ARTICLE.encode(), "text/plain"))],
                    data={"collection": "uploads", "publisher": "Test Wire"})
    assert r.status_code == 202, r.text
    job = r.json()
    assert job["total"] == 1 and job["status_url"] == f"/api/jobs/{job['id']}"
    done = finish(client, job)
    assert done["status"] == "done" and done["added"] == 1 and done["percent"] == 100 and done["transfers"] >= 1
    item = done["items"][0]
    assert item["source"] == "boats.txt" and item["status"] == "added" and item["document"]
    assert client.get(f"/api/jobs/{job['id']}").json() == done
    page = client.get(f"/add/jobs/{job['id']}").text
    assert "boats.txt" in page and f'href="/document/{item["document"]}"' in page
    doc = client.get(f"/document/{item['document']}.json").json()["document"]
    assert doc["collection"] == "uploads" and doc["publisher"] == "Test Wire"
    assert client.get("/register.json?recipient=Ghana").json()["total"] >= 1
    again = finish(client, client.post("/api/add", files=[("files", ("copy.txt", ARTICLE.encode(), "text/plain"))],
                                       data={"collection": "uploads"}).json())
    assert again["skipped"] == 1 and again["added"] == 0
    with client.app.state.store.read() as s:  # type: ignore[attr-defined]
        jobs = {e.target: e.detail for e in audit.entries(s, action="add")}
    # issue 17, item 4: a job that added nothing is in the audit trail too
    assert jobs[again["id"]] == {"added": 0, "skipped": 1, "failed": 0, "documents": []}
    assert jobs[job["id"]]["added"] == 1


def test_pasted_text_and_the_form_without_script(client: TestClient) -> None:
    r = client.post("/add", data={"text": ARTICLE}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/add/jobs/")
    job_id = r.headers["location"].rsplit("/", 1)[1]
    done = finish(client, {"id": job_id})
    assert done["added"] == 1 and done["items"][0]["source"] == "pasted text"
    assert "Added" in client.get(r.headers["location"]).text


def test_pasted_urls_are_fetched_and_failures_reported(client: TestClient) -> None:
    job = client.post("/api/add", data={"text": "http://127.0.0.1:9/nothing-here\n"}).json()
    done = finish(client, job)
    assert done["status"] == "done" and done["failed"] == 1 and done["items"][0]["reason"]


@pytest.mark.parametrize("name, body, status, words", [
    ("tool.exe", b"MZ\x90\x00", 415, "unsupported file type .exe"),
    ("image.png", b"\x89PNG\r\n\x1a\n", 415, "unsupported file type .png"),
    ("big.txt", b"x" * (LIMIT + 1), 413, "larger than the limit"),
    ("empty.txt", b"", 400, "empty"),
])
def test_bad_uploads_are_refused_clearly(client: TestClient, name: str, body: bytes, status: int, words: str) -> None:
    r = client.post("/api/add", files=[("files", (name, body, "application/octet-stream"))])
    assert r.status_code == status
    assert words in r.json()["error"]["message"] and name in r.json()["error"]["message"]
    page = client.post("/add", files=[("files", (name, body, "application/octet-stream"))])
    assert page.status_code == status and words in page.text and 'id="add-form"' in page.text


def test_oversize_paste_and_empty_form(client: TestClient) -> None:
    r = client.post("/api/add", data={"text": "word " * LIMIT})
    assert r.status_code == 413 and "pasted text" in r.json()["error"]["message"]
    r = client.post("/api/add", data={"text": "  "})
    assert r.status_code == 400 and "nothing to add" in r.json()["error"]["message"]


def test_uploaded_names_and_markup_are_never_html(client: TestClient) -> None:
    html_doc = (b"<html><head><title>Boats <script>alert(1)</script></title></head><body><article>"
                b"<p>Norway has delivered four patrol boats to Ghana, the ministry said.</p>"
                b"<script>window.pwned = 1</script></article></body></html>")
    job = client.post("/api/add", files=[("files", ("<img src=x onerror=alert(1)>.html", html_doc, "text/html"))]).json()
    done = finish(client, job)
    assert done["added"] == 1
    page = client.get(f"/add/jobs/{job['id']}").text
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;.html" in page
    reader = client.get(f"/document/{done['items'][0]['document']}").text
    assert "window.pwned" not in reader and "<script>alert" not in reader
