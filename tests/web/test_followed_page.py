"""The workbench's Followed page: users who may add to a collection list, follow, pause, resume and remove
the sources of their collections; a reader without a write grant gets 403; another collection's source is
not seen; forms need their CSRF token; folders of the server cannot be followed from the web."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import Request
from fastapi.testclient import TestClient

from materiel.security import audit
from materiel.security.access import Access
from materiel.store import following
from materiel.web.app import create_app

USERS = {"editor": Access.for_user("editor", [("news", "write"), ("archive", "read")]),
         "reader": Access.for_user("reader", [("news", "read")]),
         "other": Access.for_user("other", [("secret", "write")])}


def caller(request: Request) -> Access:
    return USERS.get(request.headers.get("x-test-user", ""), Access.local())


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(tmp_path / "followed.db"), access=caller), follow_redirects=False) as c:
        yield c


def as_(name: str) -> dict[str, str]:
    return {"x-test-user": name}


def test_follow_list_pause_resume_remove(client: TestClient) -> None:
    r = client.post("/api/followed", json={"target": "https://example.org/feed.xml", "every": "2h",
                                           "collection": "news"}, headers=as_("editor"))
    assert r.status_code == 201, r.text
    made = r.json()
    assert (made["every"], made["status"], made["collection"]) == ("2h", "new", "news")
    with client.app.state.store.write() as s:  # type: ignore[attr-defined]
        following.follow(s, "https://example.org/secret.xml", collection="secret", every=3600)
    listed = client.get("/followed.json", headers=as_("editor")).json()["sources"]
    assert [x["target"] for x in listed] == ["https://example.org/feed.xml"]  # not the other collection's
    page = client.get("/followed", headers=as_("editor")).text
    assert "https://example.org/feed.xml" in page and "secret.xml" not in page and 'value="news"' in page

    r = client.post(f"/followed/{made['id']}/pause", headers=as_("editor"), data={})
    assert r.status_code == 303 and r.headers["location"] == "/followed"
    assert client.get("/api/followed", headers=as_("editor")).json()["sources"][0]["status"] == "paused"
    assert client.post(f"/api/followed/{made['id']}", json={"action": "resume"},
                       headers=as_("editor")).json()["status"] == "new"
    assert client.post(f"/followed/{made['id']}/remove", headers=as_("editor")).status_code == 303
    assert client.get("/followed.json", headers=as_("editor")).json()["sources"] == []
    with client.app.state.store.read() as s:  # type: ignore[attr-defined]
        actions = [e.action for e in audit.entries(s) if e.actor == "editor"]
    assert {"follow", "pause", "resume", "unfollow"} <= set(actions)


def test_readers_and_other_collections_are_refused(client: TestClient) -> None:
    assert client.get("/followed", headers=as_("reader")).status_code == 403
    assert client.get("/followed.json?collection=archive", headers=as_("editor")).status_code == 403  # read only
    assert client.get("/followed.json?collection=news", headers=as_("editor")).status_code == 200
    assert client.get("/followed.json", headers=as_("reader")).json()["error"]["status"] == 403
    r = client.post("/api/followed", json={"target": "https://example.org/a.xml", "collection": "news"},
                    headers=as_("reader"))
    assert r.status_code == 403
    r = client.post("/api/followed", json={"target": "https://example.org/a.xml", "collection": "archive"},
                    headers=as_("editor"))  # read, not write
    assert r.status_code == 403
    with client.app.state.store.write() as s:  # type: ignore[attr-defined]
        secret = following.follow(s, "https://example.org/s.xml", collection="secret", every=3600).id
        archived = following.follow(s, "https://example.org/old.xml", collection="archive", every=3600).id
    assert client.post(f"/api/followed/{secret}", json={"action": "remove"}, headers=as_("editor")).status_code == 404
    assert client.post(f"/api/followed/{archived}", json={"action": "pause"},
                       headers=as_("editor")).status_code == 403
    assert client.post(f"/api/followed/{secret}", json={"action": "pause"}, headers=as_("other")).status_code == 200


def test_form_errors_csrf_and_no_folders(client: TestClient, tmp_path: Path) -> None:
    r = client.post("/followed", data={"target": str(tmp_path), "collection": "news"}, headers=as_("editor"))
    assert r.status_code == 400 and "http and https URLs only" in r.text
    r = client.post("/followed", data={"target": "https://example.org/f.xml", "every": "5s", "collection": "news"},
                    headers=as_("editor"))
    assert r.status_code == 400 and "too often" in r.text
    r = client.post("/followed", data={"target": "https://example.org/f.xml", "collection": "news"},
                    headers={**as_("editor"), "origin": "https://evil.example"})
    assert r.status_code == 403
    client.cookies.set("materiel_session", "x")  # a browser: its form must carry the page's token
    r = client.post("/followed", data={"target": "https://example.org/f.xml", "collection": "news"},
                    headers=as_("editor"))
    assert r.status_code == 403 and "CSRF" in r.text
    assert client.get("/followed.json", headers=as_("editor")).json()["sources"] == []
