"""The whole chain with real accounts, over HTTP: sign-in or an API token, grants, need-to-know and the
audit trail. An anonymous request is refused; a user without a grant gets 403 for the collection and
sees no trace of it; an administrator without a grant reads nothing; the grant that lets them read is
itself logged, and so is every read; the chain verifies."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from typer.testing import CliRunner

from _two_collections import PUBLIC, SECRET, build, leaks
from materiel.cli import app as cli
from materiel.security import accounts, audit
from materiel.store import open_store
from materiel.store.schema import DocumentRow
from materiel.web.app import create_app

PW = "team test password"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("teams")
    url = build(str(folder / "store.db"), folder)
    with open_store(url) as store, store.write() as s:
        accounts.add_user(s, "alice", PW)
        accounts.grant(s, "alice", PUBLIC, "read")
        accounts.add_user(s, "boss", PW, admin=True)
    return url


@pytest.fixture(scope="module")
def ids(db: str) -> dict[str, list[str]]:
    with open_store(db) as store, store.read() as s:
        rows = s.execute(select(DocumentRow.id, DocumentRow.collection)).all()
    return {c: [i for i, cc in rows if cc == c] for c in (PUBLIC, SECRET)}


@pytest.fixture()
def client(db: str) -> Iterator[TestClient]:
    with TestClient(create_app(db, require_login=True), follow_redirects=False) as c:
        yield c


def sign_in(c: TestClient, name: str) -> None:
    token = c.get("/login").text.split('name="csrf_token" value="')[1].split('"')[0]
    r = c.post("/login", data={"name": name, "password": PW, "csrf_token": token})
    assert r.status_code == 303, r.text


def test_anonymous_is_refused(client: TestClient, ids: dict[str, list[str]]) -> None:
    assert client.get("/api/register").status_code == 401
    assert client.get(f"/api/documents/{ids[PUBLIC][0]}").status_code == 401
    assert client.get("/register").status_code == 303


def test_a_user_sees_only_their_collection(client: TestClient, ids: dict[str, list[str]]) -> None:
    sign_in(client, "alice")
    for path in ("/register.json", "/actors.json", "/documents.json", "/register.csv", "/api/register?q=Norway"):
        r = client.get(path)
        assert r.status_code == 200 and not leaks(r.text, ids[SECRET]), path
    r = client.get(f"/register.json?collection={SECRET}")
    assert r.status_code == 403 and r.json()["error"]["status"] == 403
    assert client.get(f"/api/documents/{ids[SECRET][0]}").status_code == 404
    assert client.get(f"/api/documents/{ids[PUBLIC][0]}").status_code == 200


def test_an_administrator_without_a_grant_reads_nothing(db: str, client: TestClient,
                                                       ids: dict[str, list[str]]) -> None:
    sign_in(client, "boss")
    assert client.get("/api/me").json()["collections"] == {}
    empty = client.get("/register.json").json()
    assert empty["rows"] == [] and empty["total"] == 0
    for doc in ids[PUBLIC] + ids[SECRET]:
        assert client.get(f"/api/documents/{doc}").status_code == 404
    assert client.get(f"/register.json?collection={SECRET}").status_code == 403
    granted = CliRunner().invoke(cli, ["grant", "boss", SECRET, "read", "--db", db])
    assert granted.exit_code == 0, granted.output
    doc = client.get(f"/api/documents/{ids[SECRET][0]}")  # grants apply at once
    assert doc.status_code == 200
    with open_store(db) as store, store.read() as s:
        log = [e.as_dict() for e in audit.entries(s, limit=1000)]
        assert audit.verify(s).ok
    grant = [e for e in log if e["action"] == "grant" and e["target"] == "boss"]
    assert grant and grant[-1]["collection"] == SECRET
    reads = [e for e in log if e["action"] == "read" and e["actor"] == "boss" and e["target"] == ids[SECRET][0]]
    assert reads and reads[0]["collection"] == SECRET
    denied = [e for e in log if e["action"] == "denied" and e["actor"] == "boss"]  # the 404s and the 403
    assert len(denied) == len(ids[PUBLIC] + ids[SECRET]) + 1 and all(e["collection"] is None for e in denied)
    assert any(e["action"] == "login" and e["actor"] == "boss" for e in log)


def test_an_api_token_has_its_account_s_grants(db: str, client: TestClient, ids: dict[str, list[str]]) -> None:
    with open_store(db) as store, store.write() as s:
        token = accounts.create_token(s, "alice", "script").secret
    auth = {"Authorization": f"Bearer {token}"}
    r = client.get("/api/register", headers=auth)
    assert r.status_code == 200 and not leaks(r.text, ids[SECRET])
    assert client.get(f"/api/register?collection={SECRET}", headers=auth).status_code == 403


def test_administrators_manage_grants_over_the_api(db: str, client: TestClient, ids: dict[str, list[str]]) -> None:
    with open_store(db) as store, store.write() as s:
        boss = accounts.create_token(s, "boss", "admin script").secret
        alice = accounts.create_token(s, "alice", "script").secret
    as_boss, as_alice = {"Authorization": f"Bearer {boss}"}, {"Authorization": f"Bearer {alice}"}
    assert client.get("/api/admin/users", headers=as_alice).status_code == 403
    listed = {u["name"]: u for u in client.get("/api/admin/users", headers=as_boss).json()}
    assert listed["alice"]["grants"] == [f"{PUBLIC}:read"] and listed["boss"]["admin"]
    body = {"user": "boss", "collection": PUBLIC, "level": "read"}
    assert client.post("/api/admin/grants", json=body, headers=as_alice).status_code == 403
    assert client.get(f"/api/documents/{ids[PUBLIC][0]}", headers=as_boss).status_code == 404
    assert client.post("/api/admin/grants", json=body, headers=as_boss).status_code == 200
    assert client.get(f"/api/documents/{ids[PUBLIC][0]}", headers=as_boss).status_code == 200
    unknown = client.post("/api/admin/grants", json=body | {"user": "ghost"}, headers=as_boss)
    assert unknown.status_code == 404 and "ghost" in unknown.json()["error"]["message"]
    revoke = client.post("/api/admin/grants", json=body | {"level": "none"}, headers=as_boss)
    assert revoke.status_code == 200
    assert client.get(f"/api/documents/{ids[PUBLIC][0]}", headers=as_boss).status_code == 404
    with open_store(db) as store, store.read() as s:
        log = audit.entries(s, actor="boss", limit=50)
    assert [(e.action, e.detail["to_admin"]) for e in log if e.action in ("grant", "revoke")][:2] == [
        ("revoke", True), ("grant", True)]
