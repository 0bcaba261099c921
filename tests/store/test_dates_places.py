"""Dates and places (issue 13): `add` says once per run how many documents had no publication date and how
to give one; `--published-field` reads another JSON Lines field; the register shows where a record with no
known supplier is placed ("unknown (in Syria)"); every stage chip carries its factuality, in the actor profile
too. On SQLite and PostgreSQL (the `db` fixture)."""
from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from materiel.cli import app
from materiel.store import open_store, queries
from materiel.store.filters import RegisterFilter
from materiel.store.profile import profile
from materiel.store.schema import ActorRow, DocActorRow, DocumentRow, MentionRow, RecordRow
from materiel.web.app import create_app

runner = CliRunner()
UNDATED = "Spain has offered four patrol boats to Ghana, the Spanish defence ministry said.\n"
OTHER = "Chile sold two frigates to Peru, officials in Lima said.\n"


def test_add_warns_once_about_undated_documents(db: str, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(UNDATED, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    r = runner.invoke(app, ["add", "--db", db, "--quiet", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert r.exit_code == 0, r.output
    assert r.stderr.count("no publication date") == 1
    assert "warning: 2 documents have no publication date" in r.stderr
    for hint in ("--published YYYY-MM-DD", "'published' (or 'date') field", "--published-field NAME"):
        assert hint in r.stderr
    (tmp_path / "c.txt").write_text(UNDATED.replace("four", "five"), encoding="utf-8")
    dated = runner.invoke(app, ["add", "--db", db, "--quiet", "--published", "2024-05-14", str(tmp_path / "c.txt")])
    assert dated.exit_code == 0 and "publication date" not in dated.stderr


def test_published_field_names_the_date_of_json_lines(db: str, tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": UNDATED, "pubDate": "2023-11-02T08:00:00Z"}) + "\n"
                    + json.dumps({"text": OTHER, "date": "2023-12-01"}) + "\n", encoding="utf-8")
    r = runner.invoke(app, ["add", "--db", db, "--json", "--published-field", "pubDate", str(feed)])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["undated"] == 0 and "publication date" not in r.stderr
    with open_store(db) as store, store.read() as s:
        assert sorted(d.published for d in s.query(DocumentRow)) == [date(2023, 11, 2), date(2023, 12, 1)]
    feed.write_text(json.dumps({"text": UNDATED + " Again.", "pubDate": "2023-11-02"}) + "\n", encoding="utf-8")
    r = runner.invoke(app, ["add", "--db", db, "--json", str(feed)])  # without the option the field is not read
    assert json.loads(r.stdout)["undated"] == 1 and "1 document has no publication date" in r.stderr


def fill(url: str) -> None:
    """Two records of arms going to SYR-rebels: one with no known supplier, placed in Syria by its mention;
    one from IRN whose delivery one source asserts and another negates."""
    with open_store(url) as store, store.write() as s:
        for aid, name, kind in (("SYR-rebels", "Syrian rebels", "armed_group"), ("IRN", "Iran", "state")):
            s.add(ActorRow(id=aid, name=name, kind=kind, country=aid[:3], n_documents=1))
        s.add(DocumentRow(id="d" * 64, source="d.txt", text="...", collection="default", publisher_key="", content_hash="d" * 64,
                          published=date(2024, 5, 1), added_at=datetime(2024, 5, 1, tzinfo=UTC)))
        s.flush()
        s.add(DocActorRow(document_id="d" * 64, actor_id="SYR-rebels", text="rebels", collection="default"))
        s.add(DocActorRow(document_id="d" * 64, actor_id="IRN", text="Iran", collection="default"))
        rows = [(1, None, "delivered", "asserted", "SYR", "in Syria"), (2, "IRN", "delivered", "asserted", None, None),
                (3, "IRN", "delivered", "negated", None, None), (4, "IRN", "ordered", "asserted", None, None)]
        for i, sup, stage, fact, country, where in rows:
            rid = 1 if sup is None else 2
            s.add(MentionRow(id=i, document_id="d" * 64, idx=i, record_key=f"default|{sup or '?'}|SYR-rebels|c:atgm",
                             record_id=rid, supplier_id=sup, recipient_id="SYR-rebels", item_text="missiles",
                             category="atgm", stage=stage, factuality=fact, where_country=country, where_text=where,
                             evidence_text="...", evidence_start=0, evidence_end=3, rule="test", confidence=0.8))
        for rid, sup, fact, stages in ((1, None, "asserted", "delivered"), (2, "IRN", "contested", "ordered,delivered")):
            s.add(RecordRow(id=rid, key=f"default|{sup or '?'}|SYR-rebels|c:atgm", supplier_id=sup,
                            recipient_id="SYR-rebels", category="atgm", item_text="missiles", latest_stage="delivered",
                            stages=stages, factuality=fact, n_mentions=1, n_documents=1, sources=1, sources_against=0,
                            publishers=[], confidence=0.8, factualities=fact, collection="default",
                            contradiction=fact == "contested"))


def test_the_place_of_an_unknown_supplier(db: str) -> None:
    fill(db)
    with open_store(db) as store, store.read() as s:
        rows = {r["record"]: r for r in queries.register(s, RegisterFilter(), scope=None)}
        assert rows[1]["supplier"] is None and rows[1]["place"] == "Syria" and rows[2]["place"] is None
        assert queries.record(s, 1, scope=None)["place"] == "Syria"
    table = runner.invoke(app, ["register", "--db", db], terminal_width=200)
    assert table.exit_code == 0 and "unknown (in Syria)" in table.stdout
    with TestClient(create_app(db)) as client:
        assert "unknown (in Syria)" in client.get("/register").text
        assert "unknown (in Syria)" in client.get("/record/1").text


def test_every_stage_chip_carries_its_factuality(db: str) -> None:
    fill(db)
    with open_store(db) as store, store.read() as s:
        (group,) = profile(s, "Iran", scope=None)["transfers_out"]
        assert group["stage_factuality"] == {"ordered": "asserted", "delivered": "contested"}
        assert queries.record(s, 2, scope=None)["stage_factuality"] == group["stage_factuality"]
    with TestClient(create_app(db)) as client:
        actor = client.get("/actor/IRN").text
        assert 'data-factuality="contested" title="delivered: contested"' in actor
        assert 'data-factuality="asserted" title="ordered: asserted"' in actor
        assert 'data-factuality="contested"' in client.get("/record/2").text
        register = client.get("/register").text
        assert 'class="pill st-delivered f-contested"' in register
    out = runner.invoke(app, ["actor", "Iran", "--db", db], terminal_width=200).stdout
    assert "ordered, delivered (contested)" in out
