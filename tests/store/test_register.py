"""The consolidated register and the views, through the command line as a user runs them."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from _helpers import cli, jsonl
from materiel.cli import app

runner = CliRunner()


@pytest.fixture
def store(db: str, corpus: Path) -> str:
    cli("add", "--db", db, "--quiet", str(corpus))
    return db


def howitzers(rows: list[dict]) -> dict:
    (row,) = [r for r in rows if r["category"] == "howitzer"]
    return row


def test_one_record_two_independent_sources_and_a_contradiction(store: str) -> None:
    rows = jsonl(cli("register", "--db", store, "--json"))
    r = howitzers(rows)
    assert (r["supplier_id"], r["recipient_id"], r["latest_stage"]) == ("ESP", "UKR", "delivered")
    assert r["documents"] == 4
    assert r["sources"] == 2  # El País and Kyiv Independent; Daily Courier repeats El País
    assert r["sources_against"] == 1
    assert r["contradiction"] is True and r["factuality"] == "contested"
    detail = r["contradiction_detail"]
    assert detail["stages"] == ["delivered"]
    assert {m["publisher"] for m in detail["asserted"]} == {"El País", "Kyiv Independent", "Daily Courier"}
    assert [(m["publisher"], m["factuality"], m["denied_by"]) for m in detail["against"]] == [
        ("Agencia Iberica", "denied", "ESP")]
    assert (r["first_date"], r["last_date"]) == ("2024-03-04", "2024-03-12")


def test_register_filters(store: str) -> None:
    def ids(*args: str) -> set[str]:
        return {r["category"] for r in jsonl(cli("register", "--db", store, "--json", *args))}

    assert ids() == {"howitzer", "tank"}
    assert ids("--min-sources", "2") == {"howitzer"}
    assert ids("--factuality", "contested") == {"howitzer"}
    assert ids("--factuality", "denied") == {"howitzer"}
    assert ids("--stage", "offered") == {"tank"}
    assert ids("--supplier", "germany") == {"tank"}
    assert ids("--recipient", "UKR", "--item", "howitz") == {"howitzer"}
    assert ids("--since", "2025-01-01") == set()
    assert ids("--until", "2024-03-04") == {"howitzer"}
    assert ids("--collection", "nothing") == set()


def test_csv_and_table(store: str) -> None:
    rows = list(csv.DictReader(io.StringIO(cli("register", "--db", store, "--csv"))))
    r = next(x for x in rows if x["category"] == "howitzer")
    assert r["sources"] == "2" and r["contradiction"] == "yes" and r["supplier"] == "Spain"
    table = cli("register", "--db", store)
    assert "CONTRADICTED" in table and "Spain" in table and "howitzer" in table


def test_record_lists_both_sides(store: str) -> None:
    rid = howitzers(jsonl(cli("register", "--db", store, "--json")))["record"]
    (rec,) = jsonl(cli("record", str(rid), "--db", store, "--json"))
    sides = {(m["publisher"], m["factuality"]) for m in rec["mention_rows"]}
    assert ("Agencia Iberica", "denied") in sides and ("Kyiv Independent", "asserted") in sides
    assert all(m["evidence"] for m in rec["mention_rows"])
    text = cli("record", str(rid), "--db", store)
    assert "contradiction" in text and "Agencia Iberica" in text


def test_actor_profile(store: str) -> None:
    (p,) = jsonl(cli("actor", "spain", "--db", store, "--json"))
    assert p["actor"]["id"] == "ESP" and p["documents"] == 4
    (out,) = p["transfers_out"]
    assert (out["counterpart_id"], out["item"], out["sources"], out["contradiction"]) == ("UKR", "howitzer", 2, True)
    assert p["transfers_in"] == []
    assert (p["first_seen"], p["last_seen"]) == ("2024-03-05", "2024-03-12")
    assert any(e["type"] == "AID" for e in p["events"]) and len(p["document_list"]) == 4
    (ukr,) = jsonl(cli("actor", "UKR", "--db", store, "--json"))
    assert [g["counterpart_id"] for g in ukr["transfers_in"]] == ["ESP"]
    rows = list(csv.DictReader(io.StringIO(cli("actor", "ESP", "--db", store, "--csv"))))
    assert rows[0]["direction"] == "out" and rows[0]["counterpart_id"] == "UKR"
    assert "supplies (out)" in cli("actor", "Spain", "--db", store)


def test_actor_errors(store: str) -> None:
    result = runner.invoke(app, ["actor", "Atlantis", "--db", store])
    assert result.exit_code == 1 and "no actor 'Atlantis'" in result.output


def test_actors_sources_events_show(store: str) -> None:
    actors = {a["id"]: a for a in jsonl(cli("actors", "--db", store, "--json"))}
    assert actors["ESP"]["transfers_out"] == 1 and actors["UKR"]["transfers_in"] == 1
    assert actors["DEU"]["transfers_out"] == 1 and actors["POL"]["transfers_in"] == 1
    sources = {s["publisher"]: s for s in jsonl(cli("sources", "--db", store, "--json"))}
    assert set(sources) == {"El País", "Kyiv Independent", "Daily Courier", "Agencia Iberica", "(unknown)"}
    assert sources["El País"]["first"] == "2024-03-05"
    events = jsonl(cli("events", "--db", store, "--json", "--actor", "ESP", "--type", "aid"))
    assert events and all(e["actor_id"] == "ESP" and e["type"] == "AID" for e in events)
    assert list(csv.DictReader(io.StringIO(cli("events", "--db", store, "--csv"))))
    doc = next(s for s in jsonl(cli("register", "--db", store, "--json")) if s["category"] == "tank")
    rec = jsonl(cli("record", str(doc["record"]), "--db", store, "--json"))[0]
    short = rec["mention_rows"][0]["document"]
    (shown,) = jsonl(cli("show", short, "--db", store, "--json"))
    assert shown["document"]["id"].startswith(short) and shown["transfers"][0]["stage"] == "offered"
    assert shown["document"]["text"].startswith("Germany")
    assert "Leopard" in cli("show", short[:6], "--db", store)
    missing = runner.invoke(app, ["show", "ffffffff", "--db", store])
    assert missing.exit_code == 1 and "no document 'ffffffff'" in missing.output


def test_add_cli_summary_and_exit_status(db: str, corpus: Path, bad: Path) -> None:
    result = runner.invoke(app, ["add", "--db", db, "--json", str(corpus), str(bad)])
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["added"] == 6 and summary["failed"] == 5 and summary["skipped"] == 0
    assert {"source", "reason"} <= set(summary["failures"][0])
    again = runner.invoke(app, ["add", "--db", db, str(corpus)])
    assert again.exit_code == 0 and "added 0 documents" in again.stderr and "skipped 5" in again.stderr


def test_collections(db: str, corpus: Path) -> None:
    cli("add", "--db", db, "-q", "--collection", "spain", str(corpus / "wire.jsonl"), str(corpus / "denial.html"))
    cli("add", "--db", db, "-q", "--collection", "germany", str(corpus / "more"))
    assert {r["category"] for r in jsonl(cli("register", "--db", db, "--json", "--collection", "germany"))} == {"tank"}
    assert [s["publisher"] for s in jsonl(cli("sources", "--db", db, "--json", "--collection", "germany"))] == ["(unknown)"]


def test_min_confidence_keeps_records_at_or_above_it(store: str) -> None:
    """A record's confidence is the highest of its mentions'; --min-confidence keeps those at or above it."""
    rows = jsonl(cli("register", "--db", store, "--json"))
    conf = {r["category"]: r["confidence"] for r in rows}
    assert set(conf) == {"howitzer", "tank"} and all(0 < c <= 1 for c in conf.values())

    def kept(x: float) -> set[str]:
        return {r["category"] for r in jsonl(cli("register", "--db", store, "--json", "--min-confidence", str(x)))}

    assert kept(0.0) == {"howitzer", "tank"}
    for cat, c in conf.items():
        assert cat in kept(c)  # at the record's own confidence: kept
        assert cat not in kept(min(1.0, c + 0.001)) or c == 1.0  # just above it: gone
    assert kept(1.0) == {cat for cat, c in conf.items() if c >= 1.0}
    bad = runner.invoke(app, ["register", "--db", store, "--min-confidence", "1.5"])
    assert bad.exit_code == 2


@pytest.mark.parametrize("args", [["register", "--limit"], ["register", "--offset"], ["events", "--limit"],
                                  ["register", "--min-sources"], ["search", "tanks", "--limit"]])
def test_a_huge_count_is_a_usage_error_not_a_traceback(tmp_path: Path, args: list[str]) -> None:
    """Issue 13: `register --limit 99999999999999999999999` ended in an OverflowError from the database."""
    result = runner.invoke(app, [*args, "99999999999999999999999", "--db", str(tmp_path / "store.db")])
    assert result.exit_code == 2 and result.exception is None or isinstance(result.exception, SystemExit)
    assert "Invalid value" in result.output and "1000000000" in result.output
    assert "Traceback" not in result.output and "OverflowError" not in result.output
