"""Need-to-know over HTTP: a user who may read the "public" collection only never sees anything of the
"sealedroom" collection (see `tests/_two_collections.py`) on any endpoint of the workbench.

How the tests set the caller: `create_app(url, access=as_caller)`, where `as_caller(request)` returns the
`Access` named by the test-only header `X-Test-As` (alice: write to public; bob: write to sealedroom, read
public). No header: alice. The local all-access mode is `create_app(url)` without `access`.

The endpoints are enumerated from `app.routes` (as Datasette's tests do), so a new route must either
answer within the caller's scope or be listed below as holding no content; otherwise these tests fail.
"""
from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI, Request
from fastapi.testclient import TestClient
from sqlalchemy import select
from starlette.routing import Mount

from _pg import pg_schema
from _two_collections import (
    PUBLIC,
    PUBLIC_DOCS,
    SECRET,
    SECRET_DOCS,
    build,
    leaks,
)
from materiel.security import accounts
from materiel.security.access import Access
from materiel.store import open_store, watchlists
from materiel.store.filters import RegisterFilter
from materiel.store.schema import DocumentRow, RecordRow
from materiel.web.app import create_app

CALLERS = {"alice": Access.for_user("alice", [(PUBLIC, "write")]),
           "bob": Access.for_user("bob", [(SECRET, "write"), (PUBLIC, "read")])}
NO_CONTENT = {"/", "/api", "/docs", "/openapi.json", "/favicon.ico", "/login"}  # hold nothing of any collection
# the caller's own name and grants: nothing of a collection it cannot read
NO_CONTENT |= {"/api/me"}
# account names and grants, never content: an administrator's only (tests/web/test_teams.py), 403 for the rest
ADMIN_ONLY = {"/api/admin/users"}
NO_COLLECTION = NO_CONTENT | ADMIN_ONLY | {"/add"}  # GET routes without a `collection` to ask for
PARAMS = ("doc_id", "record_id", "actor_id", "job_id", "watchlist_id")
PG = os.environ.get("MATERIEL_TEST_PG")


def as_caller(request: Request) -> Access:
    return CALLERS[request.headers.get("x-test-as", "alice")]


def watching(url: str) -> str:
    """alice and bob as accounts with the grants of CALLERS, each with a watchlist of Ghana's imports (made
    before the documents are added, so that they make alerts): alice's is watchlist 1, bob's 2."""
    with open_store(url) as store, store.write() as s:
        for name, access in CALLERS.items():
            accounts.add_user(s, name, "a long password")
            for collection in sorted(access.readable or ()):
                accounts.grant(s, name, collection, "write" if access.can_write(collection) else "read")
            watchlists.create(s, "Ghana", RegisterFilter(recipient="GHA"), owner=name)
    return url


class Store:
    def __init__(self, url: str) -> None:
        with open_store(url) as store, store.read() as s:
            docs = list(s.execute(select(DocumentRow.id, DocumentRow.collection)))
            recs = list(s.execute(select(RecordRow.id, RecordRow.collection)))
        self.docs = {c: [d for d, cc in docs if cc == c] for c in (PUBLIC, SECRET)}
        self.records = {c: [r for r, cc in recs if cc == c] for c in (PUBLIC, SECRET)}


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not PG, reason="set MATERIEL_TEST_PG to a PostgreSQL URL to run the need-to-know tests against PostgreSQL"))])
def url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("need-to-know")
    if request.param == "sqlite":
        yield build(watching(str(folder / "store.db")), folder / "corpus")
        return
    with pg_schema(PG or "") as pg:
        yield build(watching(pg), folder / "corpus")


@pytest.fixture(scope="module")
def audit_log() -> list[dict[str, Any]]:
    return []


@pytest.fixture(scope="module")
def app(url: str, audit_log: list[dict[str, Any]]) -> FastAPI:
    app = create_app(url, access=as_caller)
    app.state.audit = lambda **entry: audit_log.append(entry)
    return app


@pytest.fixture(scope="module")
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="module")
def store(url: str) -> Store:
    return Store(url)


def upload(client: TestClient, who: str, collection: str, text: str) -> Any:
    line = json.dumps({"text": text}) + "\n"
    return client.post("/api/add", files=[("files", ("again.jsonl", line.encode(), "application/x-ndjson"))],
                       data={"collection": collection}, headers={"x-test-as": who})


def finish(client: TestClient, who: str, job_id: str) -> dict[str, Any]:
    for _ in range(600):
        job = client.get(f"/api/jobs/{job_id}", headers={"x-test-as": who}).json()
        if job["finished"]:
            return job
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} did not finish")


@pytest.fixture(scope="module")
def jobs(client: TestClient) -> dict[str, str]:
    """alice re-sends a public text to public, bob a sealed text to the sealed collection: both are skipped
    (already held by that collection), so the store does not change, and each has a job the other must not
    see. (A text held by another collection is stored again: see tests/store/test_collections_apart.py.)"""
    out = {}
    for who, collection, text in (("alice", PUBLIC, PUBLIC_DOCS[0]["text"]), ("bob", SECRET, SECRET_DOCS[0]["text"])):
        r = upload(client, who, collection, text)
        assert r.status_code == 202, r.text
        job = finish(client, who, r.json()["id"])
        assert job["skipped"] == 1 and job["added"] == 0, job
        out[who] = job["id"]
    return out


def flat(routes: list[Any]) -> Iterator[Any]:
    for route in routes:
        included = getattr(route, "original_router", None)  # FastAPI's include_router (no prefix here)
        if included is not None:
            yield from flat(included.routes)
        else:
            yield route


def routes(app: FastAPI) -> list[tuple[str, set[str]]]:
    """(path, methods) of every route; a mount (static files) is checked apart."""
    out = []
    for route in flat(app.routes):
        if isinstance(route, Mount):
            assert route.path == "/static", f"unexpected mount {route.path}: add it to the need-to-know tests"
            continue
        out.append((route.path, set(getattr(route, "methods", None) or {"GET"})))
    return out


def fill(path: str, values: dict[str, str]) -> str:
    def one(m: re.Match[str]) -> str:
        name = m.group(1)
        assert name in PARAMS, f"route parameter {name!r} of {path}: teach test_need_to_know what to pass"
        return values[name]

    return re.sub(r"\{(\w+)(?::\w+)?\}", one, path)


def is_api(path: str) -> bool:
    return path.startswith("/api") or path.endswith(".json")


def envelope(r: Any, status: int) -> str:
    assert r.status_code == status, (r.request.url, r.status_code, r.text[:300])
    body = r.json()
    assert set(body) == {"error"} and body["error"]["status"] == status and body["error"]["message"]
    return str(body["error"]["message"])


def blank(text: str, value: str) -> str:
    """`text` with the id `value` (as a whole word) replaced, to compare two answers."""
    return re.sub(rf"(?<![\w-]){re.escape(value)}(?![\w-])", "X", text)


def get_routes(app: FastAPI) -> list[str]:
    return [p for p, methods in routes(app) if "GET" in methods]


def public_values(store: Store, jobs: dict[str, str]) -> dict[str, str]:
    return {"doc_id": store.docs[PUBLIC][0][:12], "record_id": str(store.records[PUBLIC][0]), "actor_id": "NOR",
            "job_id": jobs["alice"], "watchlist_id": "1"}


def every_public_value(store: Store, jobs: dict[str, str]) -> list[dict[str, str]]:
    """Each public document, record and actor (and alice's job) in turn: every page of each is checked."""
    actors = ["NOR", "GHA", "BRA", "CHL", "PER", "NOR-defence-ministry"]
    n = max(len(store.docs[PUBLIC]), len(store.records[PUBLIC]), len(actors))
    return [{"doc_id": store.docs[PUBLIC][i % len(store.docs[PUBLIC])][:12],
             "record_id": str(store.records[PUBLIC][i % len(store.records[PUBLIC])]),
             "actor_id": actors[i % len(actors)], "job_id": jobs["alice"], "watchlist_id": "1"} for i in range(n)]


def test_every_get_endpoint_shows_only_the_public_collection(app: FastAPI, client: TestClient, store: Store,
                                                            jobs: dict[str, str]) -> None:
    paths = get_routes(app)
    assert {"/register.json", "/api/documents/{doc_id}", "/actor/{actor_id}", "/add/jobs/{job_id}"} <= set(paths)
    for path in paths:
        for values in every_public_value(store, jobs) if "{" in path else [{}]:
            r = client.get(fill(path, values))
            if path in ADMIN_ONLY:
                assert envelope(r, 403) == "only an administrator may manage accounts and grants"
                continue
            assert r.status_code in (200, 204), (path, r.status_code, r.text[:300])
            assert not leaks(r.text, store.docs[SECRET]), (r.request.url, leaks(r.text, store.docs[SECRET]))
    ghana = client.get("/api/register?recipient=GHA").json()
    assert ghana["total"] == 1 and ghana["rows"][0]["documents"] == 1  # the transfer both report, public side only
    assert client.get("/api/documents").json()["in_store"] == 2
    nor = client.get("/api/actors/NOR").json()
    assert nor["documents"] == 1 and nor["first_seen"] == "2024-03-05"


def test_asking_for_the_sealed_collection_is_refused(app: FastAPI, client: TestClient, store: Store,
                                                     jobs: dict[str, str]) -> None:
    for path in get_routes(app):
        if path in NO_COLLECTION:
            continue
        url = fill(path, public_values(store, jobs))
        for collection in (SECRET, "no-such-collection"):
            r = client.get(url, params={"collection": collection})
            if is_api(path):
                message = envelope(r, 403)
                assert message == f"alice has no grant to read collection {collection!r}", message
            else:
                assert r.status_code == 403, (path, r.status_code)
        assert client.get(url, params={"collection": PUBLIC}).status_code == 200, path


def test_sealed_ids_are_not_found_like_unknown_ones(app: FastAPI, client: TestClient, store: Store,
                                                    jobs: dict[str, str]) -> None:
    secret = store.docs[SECRET][0]
    hidden = {"doc_id": [secret, secret[:12], secret[:4]], "record_id": [str(r) for r in store.records[SECRET]],
              "actor_id": ["MNG", "Mongolia", "BLR", "kazakh"], "job_id": [jobs["bob"]], "watchlist_id": ["2"]}
    unknown = {"doc_id": "ffffffffffff", "record_id": "999999", "actor_id": "Atlantis", "job_id": "0123456789abcdef",
               "watchlist_id": "999999"}
    base = public_values(store, jobs)
    checked = 0
    for path in get_routes(app):
        names = [n for n in PARAMS if "{" + n in path]
        for name in names:
            nothing = client.get(fill(path, base | {name: unknown[name]}))
            for value in hidden[name]:
                r = client.get(fill(path, base | {name: value}))
                assert r.status_code == 404, (path, value, r.status_code, r.text[:200])
                if is_api(path):
                    assert blank(envelope(r, 404), value) == blank(envelope(nothing, 404), unknown[name]), path
                else:
                    assert blank(r.text, value) == blank(nothing.text, unknown[name]), path
                checked += 1
    assert checked >= 20


@pytest.mark.parametrize("probe", ["q", "supplier", "recipient", "item"])
def test_probing_with_sealed_words_is_like_probing_with_nonsense(client: TestClient, probe: str) -> None:
    for page in ("/register.json", "/register", "/documents.json", "/actors.json", "/register.csv"):
        if probe != "q" and not page.startswith("/register"):
            continue
        for word in ("Mongolia", "MNG", "Zhukovsky", "cable"):
            r = client.get(page, params={probe: word})
            nonsense = client.get(page, params={probe: "Qwzx"})
            assert r.status_code == nonsense.status_code == 200
            assert r.text.replace(word, "Qwzx") == nonsense.text, (page, probe, word)


def test_the_add_page_and_jobs(client: TestClient, store: Store, jobs: dict[str, str]) -> None:
    page = client.get("/add").text
    assert f'<option value="{PUBLIC}">' in page and f"/add/jobs/{jobs['alice']}" in page
    assert SECRET not in page and jobs["bob"] not in page
    mine = client.get(f"/api/jobs/{jobs['alice']}").json()
    assert mine["items"][0]["reason"] == f"already in the store (collection {PUBLIC!r})"
    assert mine["items"][0]["document"] in {d[:12] for d in store.docs[PUBLIC]}
    assert not leaks(json.dumps(mine), store.docs[SECRET])
    theirs = client.get(f"/api/jobs/{jobs['bob']}", headers={"x-test-as": "bob"}).json()
    assert theirs["collection"] == SECRET and theirs["items"][0]["reason"] == f"already in the store (collection {SECRET!r})"
    assert envelope(upload(client, "alice", SECRET, "Chile sold two frigates to Peru."), 403) == \
        f"alice has no grant to add to collection {SECRET!r}"
    form = client.post("/add", data={"text": "Chile sold two frigates to Peru.", "collection": SECRET},
                       follow_redirects=False)
    assert form.status_code == 403
    bob_page = client.get("/add", headers={"x-test-as": "bob"}).text
    assert f'<option value="{SECRET}">' in bob_page and f'<option value="{PUBLIC}">' not in bob_page


def test_reads_searches_and_exports_are_audited(client: TestClient, store: Store,
                                                audit_log: list[dict[str, Any]]) -> None:
    audit_log.clear()
    doc = store.docs[PUBLIC][0]
    client.get(f"/api/documents/{doc[:12]}")
    client.get("/documents.json", params={"q": "boats"})
    client.get("/register.json", params={"q": "trucks"})
    rows = client.get("/register.csv").text.strip().splitlines()
    client.get("/register.ftm.json")
    seen = [(e["actor"], e["action"], e["target"], e["collection"]) for e in audit_log]
    assert ("alice", "read", doc, PUBLIC) in seen
    assert ("alice", "search", "boats", None) in seen and ("alice", "search", "trucks", None) in seen
    assert ("alice", "export", "csv", None) in seen and ("alice", "export", "ftm", None) in seen
    csv_entry = next(e for e in audit_log if e["target"] == "csv")
    assert csv_entry["detail"]["rows"] == len(rows) - 1 == 2


def test_every_response_with_text_or_evidence_is_one_audit_entry(client: TestClient, store: Store,
                                                                 audit_log: list[dict[str, Any]]) -> None:
    """Issue 17, item 4: records, profiles and listings were never audited (reading every record of a
    collection left no entry); now each such response is one entry with what it showed."""
    record, doc = store.records[PUBLIC][0], store.docs[PUBLIC][0]
    pages = [f"/record/{record}", f"/record/{record}.json", f"/api/records/{record}", "/actor/NOR", "/api/actors/NOR",
             "/register", "/api/register", "/documents.json", f"/document/{doc[:12]}", "/register.json?q=boats"]
    for page in pages:
        audit_log.clear()
        assert client.get(page).status_code == 200, page
        assert len(audit_log) == 1, (page, audit_log)
        entry = audit_log[0]
        assert entry["actor"] == "alice" and entry["action"] in ("read", "search"), (page, entry)
        shown = entry["detail"]
        assert isinstance(shown["records"], int) and isinstance(shown["documents"], int), (page, entry)
        assert shown["records"] + shown["documents"] >= 1, (page, entry)
    audit_log.clear()
    client.get(f"/api/records/{record}")
    assert audit_log[0]["target"] == f"record:{record}" and audit_log[0]["collection"] == PUBLIC
    assert audit_log[0]["detail"]["records"] == 1 and audit_log[0]["detail"]["documents"] >= 1
    audit_log.clear()
    register = client.get("/api/register").json()
    assert audit_log[0]["detail"]["records"] == len(register["rows"]) == register["total"]


def test_refused_reads_are_logged_and_answered_like_unknown_ids(client: TestClient, store: Store,
                                                               audit_log: list[dict[str, Any]]) -> None:
    """Issue 17, item 4: a 404 for an object that exists outside the caller's grants, and every 403, is a
    "denied" entry naming the path, not the collection; an id that exists nowhere leaves none."""
    hidden = [f"/api/records/{store.records[SECRET][0]}", f"/record/{store.records[SECRET][0]}",
              f"/api/documents/{store.docs[SECRET][0][:12]}", "/api/actors/MNG", "/actor/mongolia"]
    for path in hidden:
        audit_log.clear()
        assert client.get(path).status_code == 404, path
        assert [(e["actor"], e["action"], e["target"], e["collection"], e["detail"]) for e in audit_log] == \
            [("alice", "denied", path, None, {"status": 404})], path
    for path in ("/api/records/987654", "/api/documents/abcdef12", "/api/actors/XQZ"):
        audit_log.clear()
        assert client.get(path).status_code == 404 and audit_log == [], path
    audit_log.clear()
    assert client.get("/api/register", params={"collection": SECRET}).status_code == 403
    assert [(e["action"], e["target"], e["collection"], e["detail"]) for e in audit_log] == \
        [("denied", "/api/register", None, {"status": 403})]
    audit_log.clear()
    client.get(f"/api/records/{store.records[SECRET][0]}", headers={"x-test-as": "bob"})  # bob may read it
    assert [e["action"] for e in audit_log] == ["read"]


def test_the_local_user_sees_everything(url: str, store: Store) -> None:
    with TestClient(create_app(url)) as local:
        assert local.get("/api/register").json()["total"] == 5
        assert local.get("/api/documents").json()["in_store"] == 4
        assert local.get(f"/api/documents/{store.docs[SECRET][0]}").json()["document"]["collection"] == SECRET
        assert local.get(f"/api/records/{store.records[SECRET][0]}").status_code == 200
        mongolia = local.get("/api/actors/MNG").json()
        assert mongolia["actor"]["name"] == "Mongolia" and mongolia["documents"] == 2
        nor = local.get("/api/actors/NOR").json()
        assert nor["documents"] == 2 and nor["first_seen"] == "2024-02-20"
        assert "Quiet Ledger" in local.get("/documents").text
        assert local.get("/api/register", params={"collection": SECRET}).json()["total"] == 3
        assert '<input name="collection"' in local.get("/add").text


def test_bob_reads_both_collections(client: TestClient) -> None:
    bob = {"x-test-as": "bob"}
    assert client.get("/api/register", headers=bob).json()["total"] == 5
    assert client.get("/api/register", params={"collection": SECRET}, headers=bob).json()["total"] == 3
    assert client.get("/api/actors/MNG", headers=bob).json()["documents"] == 2
