"""Watchlists and their alerts (issue 16): an alert is made when a record first matches a watchlist and when it
changes (a new independent source, a new stage, a contradiction), once, with its evidence; adding the same
document again or consolidating again makes none; a watchlist sees only what its owner may read. On SQLite,
and on PostgreSQL with MATERIEL_TEST_PG (the `db` fixture)."""
from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select
from test_register import cli, jsonl

from materiel.security import accounts
from materiel.store import add, consolidate, open_store, watchlists
from materiel.store.filters import RegisterFilter
from materiel.store.schema import DocumentRow
from materiel.store.schema_watch import AlertRow

DELIVERED = {"title": "Spain sends howitzers to Ukraine", "source": "El País", "published": "2024-03-05",
             "text": "Spain has delivered six howitzers to Ukraine, the Spanish defence ministry said on Tuesday."}
SECOND = {"title": "Ukraine receives Spanish guns", "source": "Kyiv Independent", "published": "2024-03-11",
          "text": "Spain sent six howitzers to Ukraine last week, Ukrainian officials told reporters on Monday."}
DENIAL = {"title": "Madrid denies", "source": "Agencia Iberica", "published": "2024-03-12",
          "text": "Spain denied sending howitzers to Ukraine, a government spokesperson said on Thursday."}
EARLIER = {"title": "Howitzers reach Ukraine", "source": "Reuters", "published": "2024-02-20",
           "text": "Spain has delivered six howitzers to Ukraine, a Spanish official said on Tuesday."}
TANKS = {"title": "Tanks for Poland", "source": "Wire", "published": "2024-03-08",
         "text": "Germany has offered ten Leopard 2 tanks to Poland, the German government said on Friday."}


def article(folder: Path, name: str, *items: dict[str, str]) -> str:
    path = folder / f"{name}.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in items), encoding="utf-8")
    return str(path)


def alerts_of(db: str) -> list[dict]:
    return sorted(jsonl(cli("alerts", "--db", db, "--json")), key=lambda a: a["id"])


def test_first_match_alerts_once_with_its_evidence(db: str, tmp_path: Path) -> None:
    cli("watchlists", "add", "Spanish deliveries", "--db", db, "--supplier", "Spain", "--recipient", "Kyiv",
        "--stage", "delivered")
    first = article(tmp_path, "a", DELIVERED)
    cli("add", "--db", db, "--quiet", first)
    [alert] = alerts_of(db)
    assert (alert["kind"], alert["watchlist"], alert["collection"]) == ("match", "Spanish deliveries", "default")
    assert "Spain -> Ukraine" in alert["summary"]
    ev = alert["evidence"]
    with open_store(db) as store, store.read() as s:
        text = s.scalar(select(DocumentRow.text).where(DocumentRow.id == ev["document"]))
    assert text[ev["start"]:ev["end"]] == ev["text"] and "delivered six howitzers" in ev["text"]
    cli("add", "--db", db, "--quiet", first)  # the same document again: skipped, no alert
    with open_store(db) as store, store.write() as s:  # consolidating again: nothing changed, no alert
        consolidate.rebuild(s)
    assert [a["id"] for a in alerts_of(db)] == [alert["id"]]


def test_a_new_independent_source_and_a_contradiction_alert(db: str, tmp_path: Path) -> None:
    cli("watchlists", "add", "Ukraine", "--db", db, "--recipient", "UKR")
    cli("add", "--db", db, "--quiet", article(tmp_path, "a", DELIVERED))
    cli("add", "--db", db, "--quiet", article(tmp_path, "b", SECOND))
    cli("add", "--db", db, "--quiet", article(tmp_path, "c", DENIAL))
    got = alerts_of(db)
    assert [a["kind"] for a in got] == ["match", "source", "contradiction"]
    assert got[1]["change"] == "new independent source: 1 -> 2 sources"
    assert "last week" in got[1]["evidence"]["text"]  # the second source's sentence
    assert "denied" in got[2]["evidence"]["text"]
    assert len({a["record"] for a in got}) == 1


def test_several_actors_on_a_side_and_a_record_whose_id_changes(db: str, tmp_path: Path) -> None:
    cli("watchlists", "add", "Kyiv and Warsaw", "--db", db, "--recipient", "Ukraine", "--recipient", "Poland")
    cli("add", "--db", db, "--quiet", article(tmp_path, "b", SECOND, TANKS))
    assert sorted(a["summary"].split(":")[0] for a in alerts_of(db)) == ["Germany -> Poland", "Spain -> Ukraine"]
    cli("add", "--db", db, "--quiet", article(tmp_path, "a", EARLIER))
    assert [a["kind"] for a in alerts_of(db)] == ["match", "match", "source"]
    before = {a["record"] for a in alerts_of(db)}
    cli("reextract", "--db", db)  # new mention and record ids, the same records: nothing new to say
    assert [a["kind"] for a in alerts_of(db)] == ["match", "match", "source"]
    assert not before & {r["record"] for r in jsonl(cli("register", "--db", db, "--json"))}


def test_a_watchlist_sees_only_what_its_owner_may_read(db: str, tmp_path: Path) -> None:
    with open_store(db) as store, store.write() as s:
        accounts.add_user(s, "ana", "a long password")
        accounts.grant(s, "ana", "press", "read")
        watchlists.create(s, "Ukraine", RegisterFilter(recipient="UKR"), owner="ana")
        assert watchlists.readable_by(s, "ana") == frozenset({"press"})
    with open_store(db) as store:
        add(store, [article(tmp_path, "a", DELIVERED)], collection="leaks")
    assert alerts_of(db) == []
    with open_store(db) as store:
        add(store, [article(tmp_path, "b", SECOND)], collection="press")
    [alert] = alerts_of(db)
    assert (alert["collection"], alert["owner"], alert["kind"]) == ("press", "ana", "match")
    with open_store(db) as store, store.read() as s:
        assert s.scalar(select(AlertRow.collection).where(AlertRow.collection == "leaks")) is None


def test_watchlists_commands(db: str) -> None:
    cli("watchlists", "add", "Deliveries", "--db", db, "--stage", "delivered", "--min-sources", "2")
    [listed] = jsonl(cli("watchlists", "--db", db, "--json"))
    assert listed["filter"] == {"stage": "delivered", "min_sources": 2} and listed["owner"] is None
    assert jsonl(cli("watchlists", "show", "Deliveries", "--db", db, "--json"))[0]["alerts"] == []
    cli("watchlists", "remove", "1", "--db", db)
    assert jsonl(cli("watchlists", "list", "--db", db, "--json")) == []
    actions = [e["action"] for e in jsonl(cli("audit", "show", "--db", db, "--json"))]
    assert "watchlist-create" in actions and "watchlist-remove" in actions
