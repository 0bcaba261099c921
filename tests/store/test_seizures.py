"""Seizures in the store: the stage "intercepted" and its seizer (intercepted_by) through migration 0004,
consolidation, the register and its filters, the workbench's record data and every export.
The article is invented for this test."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import inspect, text
from test_migrations import _migrate
from test_register import cli, jsonl

from materiel.store import open_store
from materiel.store.db import current_revision, head_revision
from materiel.store.export_ftm import actor_entity_id
from materiel.web.app import create_app

SEIZURE = ("The Colombian navy intercepted a boat smuggling 300 rifles from Venezuela to the ELN, "
           "officials said on Monday.\n")


@pytest.fixture
def seized(db: str, corpus: Path) -> str:
    (corpus / "seizure.txt").write_text(SEIZURE, encoding="utf-8")
    cli("add", "--db", db, "--quiet", str(corpus))
    return db


def _record(db: str) -> dict:
    rows = jsonl(cli("register", "--db", db, "--json", "--stage", "intercepted"))
    assert len(rows) == 1, rows
    return rows[0]


def test_register_stage_and_seizer(seized: str) -> None:
    r = _record(seized)
    assert (r["supplier_id"], r["latest_stage"], r["stages"]) == ("VEN", "intercepted", ["intercepted"])
    assert r["intercepted_by_id"] and r["intercepted_by_id"].startswith("COL")
    assert r["recipient_id"] != r["intercepted_by_id"]
    # the seizer by its own id (an id selects that actor only: COL is Colombia, not its navy or police)
    assert [x["record"] for x in jsonl(cli("register", "--db", seized, "--json", "--intercepted-by",
                                           r["intercepted_by_id"]))] == [r["record"]]
    assert jsonl(cli("register", "--db", seized, "--json", "--intercepted-by", "ESP")) == []
    detail = jsonl(cli("record", "--db", seized, "--json", str(r["record"])))[0]
    assert detail["intercepted_by_id"] == r["intercepted_by_id"]
    assert detail["mention_rows"] and all(m["intercepted_by_id"] == r["intercepted_by_id"] for m in detail["mention_rows"])


def test_exports_carry_the_seizer(seized: str, tmp_path: Path) -> None:
    seizer = _record(seized)["intercepted_by_id"]
    cli("export", "--db", seized, "-f", "csv", "-o", str(tmp_path / "r.csv"))
    rows = [r for r in csv.DictReader((tmp_path / "r.csv").open(encoding="utf-8")) if r["stage"] == "intercepted"]
    assert rows and all(r["intercepted_by_id"] == seizer and r["intercepted_by"] for r in rows)
    assert all(r["record_intercepted_by_id"] == seizer for r in rows)
    cli("export", "--db", seized, "-f", "jsonl", "-o", str(tmp_path / "r.jsonl"))
    lines = [json.loads(x) for x in (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [x["intercepted_by_id"] for x in lines if x["latest_stage"] == "intercepted"] == [seizer]
    for fmt in ("graphml", "gexf"):
        out = tmp_path / f"net.{fmt}"
        cli("export", "--db", seized, "-f", fmt, "-o", str(out))
        g = nx.read_gexf(out) if fmt == "gexf" else nx.read_graphml(out)
        assert g.has_edge(seizer, "VEN") and int(g.edges[seizer, "VEN"]["seizures"]) == 1
        assert not g.has_edge("VEN", seizer)


def test_ftm_names_the_seizer_as_involved(seized: str, tmp_path: Path) -> None:
    pytest.importorskip("followthemoney")
    seizer = _record(seized)["intercepted_by_id"]
    cli("export", "--db", seized, "-f", "ftm", "-o", str(tmp_path / "e.ftm"))
    entities = [json.loads(x) for x in (tmp_path / "e.ftm").read_text(encoding="utf-8").splitlines()]
    events = [e for e in entities if e["schema"] == "Event" and "intercepted" in " ".join(e["properties"]["summary"])]
    assert len(events) == 1 and actor_entity_id(seizer) in events[0]["properties"]["involved"]
    links = [e for e in entities if e["schema"] == "UnknownLink" and e["properties"].get("role") == ["intercepted the shipment"]]
    assert [(x["properties"]["subject"], x["properties"]["object"]) for x in links] == \
        [([actor_entity_id(seizer)], [events[0]["id"]])]
    assert actor_entity_id(seizer) in {e["id"] for e in entities}


def test_0004_down_and_up(seized: str) -> None:
    before = jsonl(cli("register", "--db", seized, "--json"))
    _migrate(seized, "0003", down=True)
    with open_store(seized, migrate=False) as store:
        assert current_revision(store.engine) == "0003"
        columns = {c["name"] for c in inspect(store.engine).get_columns("mentions")}
        assert "intercepted_by_id" not in columns and "intercepted_by_text" not in columns
        assert "intercepted_by_id" not in {c["name"] for c in inspect(store.engine).get_columns("records")}
        with store.engine.connect() as conn:  # the rows keep their stage
            assert conn.execute(text("SELECT count(*) FROM mentions WHERE stage = 'intercepted'")).scalar() == 1
    _migrate(seized, "0002", down=True)  # older revisions rebuild records without the seizer columns
    with open_store(seized) as store:  # opening migrates to head
        assert current_revision(store.engine) == head_revision()
    after = jsonl(cli("register", "--db", seized, "--json"))
    assert [r["record"] for r in after] == [r["record"] for r in before]
    # a store migrated from before 0004 knows no seizer until its documents are read again
    assert [r["intercepted_by_id"] for r in after if r["latest_stage"] == "intercepted"] == [None]


def test_workbench_filters_facets_and_record_page(seized: str) -> None:
    seizer = _record(seized)["intercepted_by_id"]
    with TestClient(create_app(seized)) as client:
        page = client.get("/register.json?stage=intercepted").json()
        assert [r["intercepted_by_id"] for r in page["rows"]] == [seizer]
        facet = next(f for f in page["facets"] if f["name"] == "intercepted_by")
        assert [(v["value"], v["count"]) for v in facet["values"]] == [(seizer, 1)]
        kept = client.get(f"/api/register?intercepted_by={seizer}").json()
        assert kept["total"] == 1
        everything = client.get("/register.json").json()
        assert everything["total"] > 1
        html = client.get(f"/record/{page['rows'][0]['record']}").text
        assert "intercepted by" in html and f"/actor/{seizer}" in html and "st-intercepted" in html
