"""Merges, splits and aliases in the workbench (issue 13): the record page's "merge with record N" and "split
these mentions out", the actor page's "merge into actor X" and "add alias", and their JSON API twins, on
SQLite and PostgreSQL; a reader cannot edit, another collection's records do not exist, each edit is in the
audit trail with its collection."""
from __future__ import annotations

from fastapi.testclient import TestClient
from test_review_web import howitzers, url  # noqa: F401  (url: the store fixture, press and sealed)

from materiel.security import audit, reviewing
from materiel.security.access import Access
from materiel.store import open_store
from materiel.web.app import create_app


def rows(client: TestClient, query: str = "") -> dict[str, dict]:
    return {r["category"]: r for r in client.get("/api/register" + query).json()["rows"]}


def mentions(client: TestClient, record: int) -> list[int]:
    return [m["mention"] for m in client.get(f"/api/records/{record}").json()["record"]["mention_rows"]]


def edits(url: str) -> list[tuple[str | None, str | None, object]]:  # noqa: F811
    with open_store(url) as store, store.read() as session:
        return [(e.target, e.collection, e.detail.get("edit")) for e in audit.entries(session, action=reviewing.REVIEW)]


def test_the_record_page_merges_and_splits_records(url: str) -> None:  # noqa: F811
    with TestClient(create_app(url)) as client:
        guns, tanks = howitzers(client), rows(client)["tank"]
        page = client.get(f"/record/{guns['record']}").text
        assert f'action="/record/{guns["record"]}/merge"' in page and 'id="split-form"' in page
        assert page.count('form="split-form"') == len(mentions(client, guns["record"])) == 2
        assert 'id="split-form"' not in client.get(f"/record/{tanks['record']}").text  # one mention: nothing to split
        (tank,) = mentions(client, tanks["record"])
        sent = client.post(f"/record/{tanks['record']}/merge", data={"into": str(guns["record"])}, follow_redirects=False)
        assert sent.status_code == 303 and sent.headers["location"] == f"/record/{guns['record']}"
        after = rows(client)
        assert "tank" not in after and after["howitzer"]["mentions"] == 3 and after["howitzer"]["corrected"]
        assert tank in mentions(client, guns["record"])
        split = client.post(f"/api/records/{guns['record']}/split", json={"mentions": [tank]})
        assert split.status_code == 200 and split.json()["records"] == [tank]
        assert [x["mention"] for x in split.json()["mentions"]] == [tank]
        now = {r["record"]: r["mentions"] for r in client.get("/api/register").json()["rows"]}
        assert (now[guns["record"]], now[tank]) == (2, 1)  # the split-off record's id is its first mention's
        none = client.post(f"/record/{guns['record']}/split", data={"csrf_token": ""}, follow_redirects=False)
        assert none.status_code == 400 and "check the mentions" in none.text
        bad = client.post(f"/api/records/{guns['record']}/merge", json={"into": guns["record"]})
        assert bad.status_code == 400 and "cannot be merged into itself" in bad.json()["error"]["message"]
        again = client.post(f"/api/records/{tank}/merge", json={"into": guns["record"]})
        assert again.status_code == 200 and again.json()["records"] == [guns["record"]]
        forged = client.post(f"/api/records/{guns['record']}/split", json={"mentions": [tank]},
                             headers={"origin": "http://elsewhere.example"})
        assert forged.status_code == 403 and "CSRF" in forged.json()["error"]["message"]
    assert edits(url) == [(f"record:{tank}", "press", "merge"), (f"record:{guns['record']}", "press", "split"),
                          (f"record:{tanks['record']}", "press", "merge")]


def test_the_actor_page_merges_actors_and_adds_aliases(url: str) -> None:  # noqa: F811
    with TestClient(create_app(url)) as client:
        assert rows(client)["tank"]["recipient_id"] == "POL"
        page = client.get("/actor/POL").text
        assert 'action="/actor/POL/merge"' in page and 'data-lookup="actors"' in page and 'action="/actor/POL/alias"' in page
        sent = client.post("/actor/POL/merge", data={"into": "Ukraine"}, follow_redirects=False)  # a name, resolved
        assert sent.status_code == 303 and sent.headers["location"] == "/actor/UKR"
        assert rows(client)["tank"]["recipient_id"] == "UKR"
        named = client.post("/api/actors/UKR/alias", json={"name": "Ukraina"})
        assert named.status_code == 200 and named.json() == {"alias": "Ukraina", "actor": "UKR", "merged": []}
        form = client.post("/actor/UKR/alias", data={"name": "Ukrayina"}, follow_redirects=False)
        assert form.status_code == 303 and form.headers["location"] == "/actor/UKR"
        known = {a["alias"] for a in client.get("/api/actors/UKR").json()["analyst_aliases"]}
        assert {"pol", "ukraina", "ukrayina"} <= known and "<q>ukraina</q>" in client.get("/actor/UKR").text
        loop = client.post("/api/actors/UKR/merge", json={"into": "POL"})
        assert loop.status_code == 400 and "cannot make a loop" in loop.json()["error"]["message"]
        assert client.post("/api/actors/ESP/merge", json={"into": "nobody-at-all"}).status_code == 404
        assert client.post("/api/actors/ESP/alias", json={"name": "  "}).status_code == 400
        merged = client.post("/api/actors/DEU/merge", json={"into": "ESP"})
        assert merged.status_code == 200 and (merged.json()["merged"], merged.json()["into"]) == ("DEU", "ESP")
    assert [(t, c) for t, c, _ in edits(url)] == [("actor:DEU", None), ("actor:UKR", None), ("actor:UKR", None),
                                                  ("actor:POL", None)]


def test_need_to_know_a_reader_cannot_edit_and_collections_stay_apart(url: str) -> None:  # noqa: F811
    with TestClient(create_app(url)) as local:
        boats, guns, tanks = rows(local)["ship"], howitzers(local), rows(local)["tank"]
    reader = create_app(url, access=Access.for_user("rita", [("press", "read")]))
    writer = create_app(url, access=Access.for_user("walt", [("press", "write")]))
    sealed = create_app(url, access=Access.for_user("sam", [("sealed", "write")]))
    with TestClient(reader) as client:
        for path, body in ((f"/api/records/{tanks['record']}/merge", {"into": guns["record"]}),
                           (f"/api/records/{guns['record']}/split", {"mentions": mentions(client, guns["record"])[:1]}),
                           ("/api/actors/POL/merge", {"into": "UKR"}), ("/api/actors/POL/alias", {"name": "Polska"})):
            r = client.post(path, json=body)
            assert r.status_code == 403, path
        form = client.post(f"/record/{tanks['record']}/merge", data={"into": str(guns["record"])})
        assert form.status_code == 403 and "reviewing needs write" in form.text
        assert 'class="actor-edits"' not in client.get("/actor/POL").text
    with TestClient(writer) as client:
        hidden = client.post(f"/api/records/{tanks['record']}/merge", json={"into": boats["record"]})
        unknown = client.post(f"/api/records/{tanks['record']}/merge", json={"into": 987654})
        assert hidden.status_code == unknown.status_code == 404
        assert hidden.json()["error"]["message"].replace(str(boats["record"]), "N") == \
            unknown.json()["error"]["message"].replace("987654", "N")
        assert client.post(f"/api/records/{boats['record']}/split", json={"mentions": [1]}).status_code == 404
        actors = client.post("/api/actors/POL/merge", json={"into": "UKR"})
        assert actors.status_code == 403 and "shared by every collection" in actors.json()["error"]["message"]
        assert client.post(f"/api/records/{tanks['record']}/merge", json={"into": guns["record"]}).status_code == 200
    with TestClient(sealed) as client:
        assert [r["category"] for r in client.get("/api/register").json()["rows"]] == ["ship"]
        assert {r["collection"] for r in client.get("/api/review").json()["queue"] for r in r["mention_rows"]} == {"sealed"}
        assert client.get(f"/api/records/{guns['record']}").status_code == 404
    assert edits(url) == [(f"record:{tanks['record']}", "press", "merge")]
