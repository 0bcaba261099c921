"""Need-to-know in the store: with a scope of the public collection only, no store function returns,
counts or hints at the sealed collection (see `tests/_two_collections.py`); an id from it is not found,
with the very message an unknown id gets. Without a scope (None), everything is there as before."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from _two_collections import PUBLIC, SECRET, build, leaks
from materiel.store import fulltext, open_store, queries
from materiel.store import profile as profiles
from materiel.store import search as store_search
from materiel.store.errors import NotFound
from materiel.store.export import FORMATS, export, network
from materiel.store.queries import RegisterFilter
from materiel.store.schema import DocumentRow, RecordRow
from materiel.store.scope import in_scope, normalize, visible
from materiel.web import facets as web_facets
from materiel.web import graph, related, titles
from materiel.web import search as web_search
from materiel.web.ftm import entity_lines

SCOPES = [PUBLIC, frozenset({PUBLIC}), {PUBLIC}]


@pytest.fixture
def session(db: str, tmp_path: Path) -> Iterator[Session]:
    build(db, tmp_path / "corpus")
    with open_store(db) as store, store.read() as s:
        yield s


def ids_of(session: Session, collection: str) -> list[str]:
    return list(session.scalars(select(DocumentRow.id).where(DocumentRow.collection == collection)))


def records_of(session: Session, collection: str) -> list[int]:
    return list(session.scalars(select(RecordRow.id).where(RecordRow.collection == collection)))


def clean(session: Session, value: Any) -> None:
    text = json.dumps(value, default=str, ensure_ascii=False)
    assert not leaks(text, ids_of(session, SECRET)), leaks(text, ids_of(session, SECRET))


def test_the_helper() -> None:
    assert normalize(None) is None and normalize("") is None and normalize("a") == frozenset({"a"})
    assert normalize(set()) == frozenset() and normalize(["a", "b"]) == frozenset({"a", "b"})
    assert in_scope(RecordRow.collection, None) is None
    assert visible("a", None) and visible("a", {"a"}) and not visible("b", {"a"}) and not visible("a", set())


@pytest.mark.parametrize("scope", SCOPES, ids=["str", "frozenset", "set"])
def test_register_records_and_documents(session: Session, scope: Any) -> None:
    rows = queries.register(session, RegisterFilter(collection=scope))
    assert {(r["supplier_id"], r["recipient_id"]) for r in rows} == {("NOR", "GHA"), ("BRA", "CHL")}
    assert all(r["documents"] == 1 and r["publishers"] != ["Quiet Ledger"] for r in rows)
    clean(session, rows)
    assert queries.register(session, RegisterFilter(collection=scope, text="Mongolia")) == []
    assert queries.register(session, RegisterFilter(collection=scope, supplier="Belarus")) == []
    boats = queries.register(session, RegisterFilter(collection=scope, text="patrol boats"))
    assert [r["supplier_id"] for r in boats] == ["NOR"]
    for r in rows:
        clean(session, queries.record(session, r["record"], scope))
    for secret in records_of(session, SECRET):
        with pytest.raises(NotFound) as hidden:
            queries.record(session, secret, scope)
        with pytest.raises(NotFound) as missing:
            queries.record(session, 10**9, scope)
        assert str(hidden.value).replace(str(secret), "N") == str(missing.value).replace(str(10**9), "N")
    assert queries.count_documents(session, scope) == 2
    latest = queries.latest_documents(session, scope)
    assert {d["collection"] for d in latest} == {PUBLIC} and len(latest) == 2
    clean(session, latest)


def test_documents_outside_the_scope_do_not_exist(session: Session) -> None:
    scope = frozenset({PUBLIC})
    for doc_id in ids_of(session, PUBLIC):
        shown = queries.show(session, doc_id, text=True, scope=scope)
        assert shown["document"]["collection"] == PUBLIC
        clean(session, shown)
    for doc_id in ids_of(session, SECRET):
        for given in (doc_id, doc_id[:12], doc_id[:4]):
            with pytest.raises(NotFound) as hidden:
                queries.show(session, given, scope=scope)
            assert str(hidden.value) == f"no document {given!r} in the store (see `materiel sources` or `materiel register`)"
        assert queries.find_document(session, doc_id).collection == SECRET  # no scope: there it is
    assert queries.find_document(session, ids_of(session, PUBLIC)[0][:4], scope).collection == PUBLIC


def test_actors_sources_events_within_the_scope(session: Session) -> None:
    scope = frozenset({PUBLIC})
    assert queries.actor_names(session, ["MNG", "NOR"], scope) == {"NOR": "Norway"}
    assert queries.match_actor_ids(session, "Mongolia", scope) == [] and queries.match_actor_ids(session, "MNG", scope) == []
    assert "NOR" in queries.match_actor_ids(session, "Norway", scope)
    publishers = queries.sources(session, scope)
    assert {p["publisher"] for p in publishers} == {"Harbour Gazette", "Andes Daily"}
    clean(session, publishers)
    evs = queries.events(session, collection=scope)
    assert evs and {e["actor_id"] for e in evs} <= {"NOR", "CHL"}
    clean(session, evs)
    assert queries.events(session, actor="Mongolia", collection=scope) == []
    listed = profiles.actors(session, collection=scope, min_documents=0)
    assert {a["id"] for a in listed} == {"NOR", "NOR-defence-ministry", "GHA", "BRA", "CHL", "PER"}
    nor = next(a for a in listed if a["id"] == "NOR")
    assert nor["documents"] == 1 and nor["first_seen"] == "2024-03-05" and nor["transfers_out"] == 1
    clean(session, listed)


def test_profiles_count_only_the_scope(session: Session) -> None:
    scope = frozenset({PUBLIC})
    everywhere = profiles.profile(session, "NOR")
    assert everywhere["documents"] == 2 and everywhere["first_seen"] == "2024-02-20"
    p = profiles.profile(session, "Norway", collection=scope)
    assert p["documents"] == 1 and p["first_seen"] == "2024-03-05" and p["last_seen"] == "2024-03-05"
    assert [g["counterpart_id"] for g in p["transfers_out"]] == ["GHA"] and p["transfers_out_records"] == 1
    assert [d["collection"] for d in p["document_list"]] == [PUBLIC]
    clean(session, p)
    evs = graph.actor_events(session, "NOR", scope)
    net = graph.network(session, p, evs)
    assert {n["data"]["id"] for n in net if "source" not in n["data"]} == {"NOR", "GHA"}
    clean(session, [net, graph.timeline(evs)])
    for name in ("Mongolia", "MNG", "Belarus", "kazakh"):
        with pytest.raises(NotFound) as hidden:
            profiles.profile(session, name, collection=scope)
        assert str(hidden.value) == f"no actor {name!r} in the store (see `materiel actors`)"
    assert profiles.find_actor(session, "Mongolia").id == "MNG"


def test_search_snippets_and_related(session: Session) -> None:
    scope = frozenset({PUBLIC})
    assert store_search.search_documents(session, "Mongolia", collection=scope) == []
    assert store_search.search_documents(session, "cable", collection=scope) == []
    hits = store_search.search_documents(session, "patrol boats", collection=scope)
    assert [h["collection"] for h in hits] == [PUBLIC]
    clean(session, hits)
    assert len(store_search.search_documents(session, "patrol boats")) == 2
    matched = set(session.scalars(select(DocumentRow.collection).where(DocumentRow.id.in_(
        fulltext.matching_documents(session, "boats", scope)))))
    assert matched == {PUBLIC}
    boats_doc = hits[0]["id"]
    rel = related.related(session, boats_doc, scope=scope)
    assert all(r["collection"] == PUBLIC for r in rel)
    clean(session, rel)
    assert any(r["collection"] == SECRET for r in related.related(session, boats_doc))  # unscoped: it is related
    assert set(titles.headlines(session, ids_of(session, SECRET), scope)) == set()


def test_web_register_helpers(session: Session) -> None:
    scope = frozenset({PUBLIC})
    qy = web_search.Query()
    rows, total = web_search.page(session, qy, scope)
    assert total == 2 and len(rows) == 2
    fc = web_facets.facets(session, qy, scope)
    clean(session, [rows, fc])
    counts = {f["name"]: {v["value"]: v["count"] for v in f["values"]} for f in fc}
    assert counts["supplier"] == {"NOR": 1, "BRA": 1}
    lines = entity_lines(session, [r["record"] for r in rows] + records_of(session, SECRET), scope)
    assert lines
    clean(session, lines)


@pytest.mark.parametrize("fmt", FORMATS)
def test_exports_hold_only_the_scope(session: Session, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"export.{fmt}"
    n = export(session, fmt, out, frozenset({PUBLIC}))
    assert n > 0
    text = out.read_text(encoding="utf-8")
    assert not leaks(text, ids_of(session, SECRET)), leaks(text, ids_of(session, SECRET))
    everything = tmp_path / f"all.{fmt}"
    export(session, fmt, everything)
    assert leaks(everything.read_text(encoding="utf-8"), [])  # without a scope the sealed collection is there


def test_network_nodes(session: Session) -> None:
    g = network(session, frozenset({PUBLIC}))
    assert set(g.nodes) <= {"NOR", "GHA", "BRA", "CHL", "PER"} and g.has_edge("NOR", "GHA")
    assert "MNG" in network(session)


def test_empty_scope_sees_nothing_and_both_see_all(session: Session) -> None:
    none = frozenset[str]()
    assert queries.register(session, RegisterFilter(collection=none)) == []
    assert queries.count_documents(session, none) == 0 and queries.sources(session, none) == []
    assert queries.events(session, collection=none) == [] and profiles.actors(session, collection=none) == []
    assert store_search.search_documents(session, "boats", collection=none) == []
    with pytest.raises(NotFound):
        queries.show(session, ids_of(session, PUBLIC)[0], scope=none)
    both = frozenset({PUBLIC, SECRET})
    assert len(queries.register(session, RegisterFilter(collection=both))) == len(queries.register(session)) == 5
    assert queries.count_documents(session, both) == queries.count_documents(session) == 4
    assert profiles.profile(session, "NOR", collection=both)["documents"] == 2
