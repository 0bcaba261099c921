"""Reviewing in the workbench (issue 13): the record page's forms, the JSON API and the queue, on SQLite and
PostgreSQL; a reader cannot review, another collection's mentions do not exist."""
from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from _pg import pg_schema
from materiel.security.access import Access
from materiel.store import add, open_store
from materiel.web.app import create_app

PG = os.environ.get("MATERIEL_TEST_PG")
DOCS = [
    {"title": "Spain sends howitzers", "source": "El País", "published": "2024-03-05",
     "text": "Spain has delivered six howitzers to Ukraine, the Spanish defence ministry said on Tuesday."},
    {"title": "Madrid denies", "source": "Agencia Iberica", "published": "2024-03-12",
     "text": "Spain denied sending howitzers to Ukraine, a government spokesperson said on Thursday."},
    {"title": "Tanks for Poland", "source": "Wire", "published": "2024-03-12",
     "text": "Germany has offered ten Leopard 2 tanks to Poland, the German government said on Friday."},
]
SEALED = {"title": "Boats", "source": "Ledger", "published": "2024-03-01",
          "text": "Norway has delivered four patrol boats to Ghana, the Norwegian defence ministry said on Monday."}


def build(url: str, folder: Path) -> str:
    public, sealed = folder / "public.jsonl", folder / "sealed.jsonl"
    public.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    sealed.write_text(json.dumps(SEALED) + "\n", encoding="utf-8")
    with open_store(url) as store:
        assert add(store, [str(public)], collection="press").added == 3
        assert add(store, [str(sealed)], collection="sealed").added == 1
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not PG, reason="set MATERIEL_TEST_PG to a PostgreSQL URL to run the workbench tests against PostgreSQL"))])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield build(str(tmp_path / "store.db"), tmp_path)
        return
    with pg_schema(PG or "", "materiel_review_test_") as pg:
        yield build(pg, tmp_path)


def howitzers(client: TestClient) -> dict:
    (row,) = [r for r in client.get("/api/register").json()["rows"] if r["category"] == "howitzer"]
    return row


def test_the_record_page_reviews_with_forms_and_shows_both_readings(url: str) -> None:
    with TestClient(create_app(url)) as client:
        r = howitzers(client)
        assert r["contradiction"]
        page = client.get(f"/record/{r['record']}").text
        assert page.count('action="/mention/') >= 4 and "Correct…" in page
        rec = client.get(f"/api/records/{r['record']}").json()["record"]
        denial = next(m for m in rec["mention_rows"] if m["factuality"] == "denied")
        sent = client.post(f"/mention/{denial['mention']}/review", data={"decision": "rejected", "reason": "wrong factuality"},
                           follow_redirects=False)
        assert sent.status_code == 303 and sent.headers["location"] == f"/record/{r['record']}#m-{denial['mention']}"
        page = client.get(f"/record/{r['record']}").text
        assert "⚠ contradicted" not in page and "(wrong factuality)" in page and "partly reviewed" in page
        assert "contested" not in client.get(f"/api/records/{r['record']}").json()["record"]["factuality"]
        assert client.get("/api/register?contradictions=1").json()["total"] == 0
        (tanks,) = [x for x in client.get("/api/register").json()["rows"] if x["category"] == "tank"]
        (tank,) = client.get(f"/api/records/{tanks['record']}").json()["record"]["mention_rows"]
        fixed = client.post(f"/api/mentions/{tank['mention']}/review",
                            json={"decision": "corrected", "corrections": {"stage": "ordered", "quantity": "12"}})
        assert fixed.status_code == 200 and fixed.json()["corrections"] == {"stage": "ordered", "quantity": 12.0}
        page = client.get(f"/record/{tanks['record']}").text
        assert re.search(r"stage: <s[^>]*>offered</s> →\s*<strong[^>]*>ordered</strong>", page)
        corrected = client.get("/api/register?review=corrected").json()["rows"]
        assert [(x["record"], x["latest_stage"], x["quantity"]) for x in corrected] == [(tanks["record"], "ordered", 12)]
        bad = client.post(f"/api/mentions/{tank['mention']}/review", json={"decision": "rejected", "reason": "dull"})
        assert bad.status_code == 400 and "a rejection needs a reason" in bad.json()["error"]["message"]
        gone = client.post(f"/mention/{tank['mention']}/review", data={"decision": "rejected", "reason": "not a transfer"},
                           follow_redirects=False)
        assert gone.status_code == 303
        assert tanks["record"] not in [x["record"] for x in client.get("/api/register").json()["rows"]]
        assert [x["record"] for x in client.get("/api/register?review=rejected").json()["rows"]] == [tanks["record"]]


def test_the_queue_puts_the_contradiction_first(url: str) -> None:
    with TestClient(create_app(url)) as client:
        queue = client.get("/api/review").json()["queue"]
        assert queue[0]["contradiction"] and queue[0]["record"] == howitzers(client)["record"]
        page = client.get("/review").text
        assert 'src="/static/review.js"' in page and "data-csrf=" in page and page.count('class="mention-row todo"') >= 3


def test_need_to_know_a_reader_cannot_review_and_sealed_mentions_are_not_found(url: str) -> None:
    with TestClient(create_app(url)) as local:
        rows = local.get("/api/register").json()["rows"]
        sealed = next(r for r in rows if r["category"] == "ship")
        sealed_mention = local.get(f"/api/records/{sealed['record']}").json()["record"]["mention_rows"][0]["mention"]
        press_mention = local.get(f"/api/records/{howitzers(local)['record']}").json()["record"]["mention_rows"][0]["mention"]
    reader = create_app(url, access=Access.for_user("rita", [("press", "read")]))
    writer = create_app(url, access=Access.for_user("walt", [("press", "write")]))
    with TestClient(reader) as client:
        r = client.post(f"/api/mentions/{press_mention}/review", json={"decision": "accepted"})
        assert r.status_code == 403 and "reviewing needs write" in r.json()["error"]["message"]
    with TestClient(writer) as client:
        hidden = client.post(f"/api/mentions/{sealed_mention}/review", json={"decision": "accepted"})
        unknown = client.post("/api/mentions/987654/review", json={"decision": "accepted"})
        assert hidden.status_code == unknown.status_code == 404
        assert hidden.json()["error"]["message"].replace(str(sealed_mention), "N") == \
            unknown.json()["error"]["message"].replace("987654", "N")
        assert client.post(f"/api/mentions/{press_mention}/review", json={"decision": "accepted"}).status_code == 200
        assert {r["collection"] for r in client.get("/api/review").json()["queue"] for r in r["mention_rows"]} == {"press"}
        assert client.get("/api/review?collection=sealed").status_code == 403
