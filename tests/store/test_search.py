"""Full-text search (`materiel search`, `register --text`) on both backends, the query language's
translation to FTS5, and the register's pages and sorts."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_register import cli, jsonl
from typer.testing import CliRunner

from materiel.cli import app
from materiel.store.fulltext import fts5_query


@pytest.fixture
def store(db: str, corpus: Path) -> str:
    cli("add", "--db", db, "--quiet", str(corpus))
    return db


@pytest.mark.parametrize(("query", "expected"), [
    ("howitzers", '"howitzers"'),
    ("Leopard tanks", '"Leopard" AND "tanks"'),
    ('"defence ministry" Spain', '"defence ministry" AND "Spain"'),
    ("tanks OR howitzers", '("tanks" OR "howitzers")'),
    ("howitzers -denied", '("howitzers") NOT ("denied")'),
    ("deliver*", '"deliver"*'),
    ('NEAR( AND ) "unclosed', '"NEAR" AND "AND" AND "unclosed"'),
    ("-only -negative", ""),
    ("¿?!", ""),
])
def test_fts5_query(query: str, expected: str) -> None:
    assert fts5_query(query) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_input_is_a_valid_fts5_expression(query: str) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    conn.execute("INSERT INTO t VALUES ('spain delivered six howitzers')")
    expr = fts5_query(query)
    if expr:
        conn.execute("SELECT * FROM t WHERE t MATCH ?", (expr,)).fetchall()


def test_search_documents(store: str) -> None:
    rows = jsonl(cli("search", "--db", store, "--json", "howitzers"))
    assert {r["publisher"] for r in rows} == {"El País", "Kyiv Independent", "Daily Courier", "Agencia Iberica"}
    assert all(r["marks"] and all(r["snippet"][a:b].lower().startswith("howitzer") for a, b in r["marks"])
               for r in rows)
    assert all(isinstance(r["score"], float) for r in rows)
    # stemmed: "deny" finds "denied"; a phrase; exclusion; OR
    assert [r["publisher"] for r in jsonl(cli("search", "--db", store, "--json", "deny"))] == ["Agencia Iberica"]
    assert len(jsonl(cli("search", "--db", store, "--json", '"six howitzers"'))) == 3
    assert len(jsonl(cli("search", "--db", store, "--json", "howitzers -Ukrainian"))) == 3
    assert len(jsonl(cli("search", "--db", store, "--json", "Leopard OR Polish"))) == 2
    assert jsonl(cli("search", "--db", store, "--json", "submarine")) == []
    assert len(jsonl(cli("search", "--db", store, "--json", "--limit", "1", "howitzers"))) == 1


def test_search_input_errors(store: str) -> None:
    result = CliRunner().invoke(app, ["search", "--db", store, "?!"])
    assert result.exit_code == 1 and "no word to look for" in result.output


def test_register_text_sort_and_pages(store: str) -> None:
    def cats(*args: str) -> list[str]:
        return [r["category"] for r in jsonl(cli("register", "--db", store, "--json", *args))]

    assert cats("--text", "Leopard") == ["tank"]
    assert cats("--text", "denied") == ["howitzer"]
    assert cats("--text", "submarine") == []
    assert cats("--sort", "-sources") == ["howitzer", "tank"]
    assert cats("--sort", "sources") == ["tank", "howitzer"]
    assert cats("--limit", "1") == cats()[:1]
    assert cats("--limit", "1", "--offset", "1") == cats()[1:2]
    assert cats("--all") == cats()


def test_register_page_note(store: str) -> None:
    result = CliRunner().invoke(app, ["register", "--db", store, "--json", "--limit", "1"])
    assert result.exit_code == 0
    assert len(jsonl(result.stdout)) == 1
    assert "--offset 1 for the next page" in result.stderr
    bad = CliRunner().invoke(app, ["register", "--db", store, "--sort", "colour"])
    assert bad.exit_code == 1 and "cannot sort the register by 'colour'" in bad.output


def test_register_item_by_any_name(store: str) -> None:
    def cats(item: str) -> list[str]:
        return [r["category"] for r in jsonl(cli("register", "--db", store, "--json", "--item", item))]

    assert cats("leopard") == ["tank"]  # its designation
    assert cats("howitz") == ["howitzer"]  # its category (and its text)
    assert cats("TANKS") == ["tank"]  # any case
    assert cats("frigate") == []


def test_profile_groups_are_counted(store: str) -> None:
    p = jsonl(cli("actor", "--db", store, "--json", "--limit", "1", "UKR"))[0]
    assert len(p["transfers_in"]) == 1 and p["transfers_in_records"] == 1
    assert p["transfers_out"] == [] and p["transfers_out_records"] == 0
