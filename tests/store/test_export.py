"""Exports: CSV and JSON Lines of the register, GEXF and GraphML actor networks."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from materiel.cli import app

runner = CliRunner()


@pytest.fixture
def store(db: str, corpus: Path) -> str:
    assert runner.invoke(app, ["add", "--db", db, "-q", str(corpus)]).exit_code == 0
    return db


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_network_loads_back(store: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"net.{fmt}"
    result = runner.invoke(app, ["export", "--db", store, "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    g = nx.read_gexf(out) if fmt == "gexf" else nx.read_graphml(out)
    assert g.is_directed() and g.has_edge("ESP", "UKR") and g.has_edge("DEU", "POL")
    e = g.edges["ESP", "UKR"]
    assert int(e["transfers"]) == 1 and int(e["sources"]) == 2 and e["contradiction"] in (True, "true")
    label = g.nodes["ESP"].get("label")
    assert label == "Spain" and g.nodes["ESP"]["kind"] == "state"


def test_csv_and_jsonl(store: str, tmp_path: Path) -> None:
    assert runner.invoke(app, ["export", "--db", store, "-f", "csv", "-o", str(tmp_path / "r.csv")]).exit_code == 0
    rows = list(csv.DictReader((tmp_path / "r.csv").open(encoding="utf-8")))
    assert {r["supplier_id"] for r in rows} == {"ESP", "DEU"}
    assert all(r["evidence"] and r["record"] for r in rows)
    assert {r["record_contradiction"] for r in rows if r["category"] == "howitzer"} == {"yes"}
    assert runner.invoke(app, ["export", "--db", store, "-f", "jsonl", "-o", str(tmp_path / "r.jsonl")]).exit_code == 0
    recs = [json.loads(line) for line in (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(recs) == 2 and all(r["mention_rows"] for r in recs)


def test_export_errors(store: str, tmp_path: Path) -> None:
    bad = runner.invoke(app, ["export", "--db", store, "-f", "pdf", "-o", str(tmp_path / "x.pdf")])
    assert bad.exit_code == 2 and "is not one of" in bad.output
    nowhere = runner.invoke(app, ["export", "--db", store, "-f", "csv", "-o", str(tmp_path / "no" / "x.csv")])
    assert nowhere.exit_code == 1 and "does not exist" in nowhere.output


def _gexf(store: str, tmp_path: Path, *options: str) -> nx.DiGraph:
    out = tmp_path / f"net{'-'.join(options)}.gexf"
    result = runner.invoke(app, ["export", "--db", store, "--format", "gexf", "-o", str(out), *options])
    assert result.exit_code == 0, result.output
    assert 'mode="dynamic"' in out.read_text(encoding="utf-8") and 'timeformat="date"' in out.read_text(encoding="utf-8")
    return nx.read_gexf(out)


def test_gexf_edges_carry_their_time_for_gephis_timeline(store: str, tmp_path: Path) -> None:
    g = _gexf(store, tmp_path)
    listed = runner.invoke(app, ["register", "--db", store, "--json", "--supplier", "ESP", "--recipient", "UKR"])
    rows = [json.loads(line) for line in listed.output.splitlines() if line.startswith("{")]
    assert rows
    e = g.edges["ESP", "UKR"]  # from the first date of its records to their last (the denial of 2024-03-12)
    assert e["start"] == min(r["first_date"] or r["first_seen"] for r in rows) < e["end"]
    assert e["end"] == max(r["last_date"] or r["last_seen"] for r in rows) == "2024-03-12"
    assert "start" not in g.edges["DEU", "POL"]  # a text with no date at all: an edge of every time
    assert all(int(d["events"]) == 0 for _, _, d in g.edges(data=True))  # no event edge unless asked for


def test_gexf_with_events_keeps_the_mix_and_transfers_only_keeps_transfers(store: str, tmp_path: Path) -> None:
    plain = _gexf(store, tmp_path)
    mixed = _gexf(store, tmp_path, "--with-events")
    assert sum(int(d["events"]) for _, _, d in mixed.edges(data=True)) > 0
    assert set(plain.edges) <= set(mixed.edges)
    dated = [d for u, v, d in mixed.edges(data=True) if int(d["events"]) and not {u, v} & {"DEU", "POL"}]
    assert dated and all("start" in d for d in dated)  # events are dated too (the tanks text has no date)
    only = _gexf(store, tmp_path, "--transfers-only")
    assert all(int(d["transfers"]) > 0 and int(d["seizures"]) == 0 for _, _, d in only.edges(data=True))
    both = runner.invoke(app, ["export", "--db", store, "-f", "gexf", "-o", str(tmp_path / "x.gexf"),
                               "--transfers-only", "--with-events"])
    assert both.exit_code == 2 and "not both" in both.output
