"""The analysts' decisions as a gold set (`materiel review export --gold`) and the current rules scored
against them (`materiel evaluate reviewed`), on SQLite and PostgreSQL."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from _helpers import cli, jsonl
from materiel.cli import app
from materiel.evaluation.transfers import load_gold

runner = CliRunner()


@pytest.fixture
def reviewed(db: str, corpus: Path) -> str:
    """The corpus with the denial rejected, one claim accepted and the tanks corrected."""
    cli("add", "--db", db, "--quiet", str(corpus))
    rows = {r["category"]: r for r in jsonl(cli("register", "--db", db, "--json"))}
    mentions = jsonl(cli("record", str(rows["howitzer"]["record"]), "--db", db, "--json"))[0]["mention_rows"]
    denial = next(m for m in mentions if m["factuality"] == "denied")
    claim = next(m for m in mentions if m["factuality"] == "asserted")
    cli("review", "reject", str(denial["mention"]), "--reason", "wrong factuality", "--db", db)
    cli("review", "accept", str(claim["mention"]), "--db", db)
    (tank,) = jsonl(cli("record", str(rows["tank"]["record"]), "--db", db, "--json"))[0]["mention_rows"]
    cli("review", "correct", str(tank["mention"]), "--stage", "delivered", "--db", db)
    return db


def test_export_gold_writes_reviewed_rows_negatives_and_unreviewed_rows(reviewed: str, tmp_path: Path) -> None:
    path = tmp_path / "gold" / "gold.json"
    path.parent.mkdir()
    result = runner.invoke(app, ["review", "export", "--gold", str(path), "--texts", "--db", reviewed])
    assert result.exit_code == 0, result.output
    assert "3 document(s), 2 reviewed row(s), 1 negative(s)" in result.output
    gold = json.loads(path.read_text(encoding="utf-8"))
    rows = [r for d in gold["docs"].values() for r in d["rows"]]
    required = [r for r in rows if r.get("required", True)]
    assert sorted((r["supplier"][0], r["recipient"][0], r["item"][0], r["stage"][0]) for r in required) == [
        ("DEU", "POL", "Leopard 2", "delivered"), ("ESP", "UKR", "howitzer", "delivered")]
    assert all(r["unreviewed"] for r in rows if not r.get("required", True))
    (negative,) = [n for d in gold["docs"].values() for n in d["negatives"]]
    assert (negative["factuality"], negative["reason"]) == (["denied"], "wrong factuality")
    loaded = load_gold(path)  # the format of ../shared/examples/gold.json: the evaluation loader reads it
    assert len(loaded) == 3 and all(p.exists() for _, p, _, _ in loaded)


def test_evaluate_reviewed_scores_the_rules_against_the_decisions(reviewed: str, tmp_path: Path) -> None:
    (res,) = jsonl(cli("evaluate", "reviewed", "--db", reviewed, "--json"))
    scores = {s["name"]: s for s in res["scores"]}
    assert res["set"] == "reviewed" and res["documents"] == 3
    assert (scores["strict"]["tp"], scores["strict"]["fn"]) == (1, 1)  # the howitzers found; the tanks say "offered"
    assert (scores["negatives"]["tp"], scores["negatives"]["fn"]) == (0, 1)  # the rules still read the denial
    path = tmp_path / "g.json"
    cli("review", "export", "--gold", str(path), "--db", reviewed)
    (again,) = jsonl(cli("evaluate", "reviewed", "--db", reviewed, "--gold", str(path), "--json"))
    assert again["scores"] == res["scores"]
