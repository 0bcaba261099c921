"""Need-to-know in the store: with a scope of the public collection only, no store function returns,
counts or hints at the sealed collection (see `tests/_two_collections.py`); an id from it is not found,
with the very message an unknown id gets. Without a scope (None), everything is there as before."""
from __future__ import annotations

import inspect
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from _two_collections import PUBLIC, SECRET, build, leaks
from materiel.store import export as exports
from materiel.store import export_ftm, filters, fulltext, lookup, names, open_store, queries
from materiel.store import profile as profiles
from materiel.store import search as store_search
from materiel.store.errors import NotFound
from materiel.store.export import FORMATS, export, network
from materiel.store.filters import RegisterFilter
from materiel.store.schema import DocumentRow, RecordRow
from materiel.store.scope import in_scope, narrow, normalize, visible
from materiel.web import facets as web_facets
from materiel.web import graph, related, titles
from materiel.web import register_query as web_search
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


READERS = [queries.register, queries.register_page, queries.record_rows, queries.record, queries.find_document,
           queries.show, queries.count_documents, queries.latest_documents, queries.sources, queries.events,
           filters.select_records, names.actor_names, lookup.find_actors, lookup.actor_ids, lookup.one_actor, lookup.suggest, profiles.actors, profiles.find_actor,
           profiles.profile, store_search.search_documents, fulltext.matching_documents, exports.mention_lines,
           exports.write_csv, exports.write_jsonl, exports.network, exports.export, export_ftm.entities,
           export_ftm.write_ftm, web_search.filtered, web_search.page, web_search.all_rows, web_facets.facets,
           graph.actor_events, related.related, titles.headlines, titles.name_documents, entity_lines]


@pytest.mark.parametrize("reader", READERS, ids=lambda f: f"{f.__module__}.{f.__name__}")
def test_every_reader_asks_for_a_scope(reader: Any) -> None:
    """Fail closed: a function that reads content takes the keyword `scope` with no default, so that a
    caller who forgets it gets a TypeError instead of every collection."""
    scope = inspect.signature(reader).parameters["scope"]
    assert scope.kind is inspect.Parameter.KEYWORD_ONLY and scope.default is inspect.Parameter.empty


def test_a_collection_asked_for_only_narrows_the_scope() -> None:
    assert narrow(None, None) is None and narrow(None, "") is None and narrow({"a"}, None) == {"a"}
    assert narrow(None, "a") == frozenset({"a"}) and narrow(frozenset({"a", "b"}), "a") == frozenset({"a"})
    assert narrow(frozenset({"a"}), "b") == frozenset()  # asking for another collection widens nothing


def test_the_helper() -> None:
    assert normalize(None) is None and normalize("") is None and normalize("a") == frozenset({"a"})
    assert normalize(set()) == frozenset() and normalize(["a", "b"]) == frozenset({"a", "b"})
    assert in_scope(RecordRow.collection, None) is None
    assert visible("a", None) and visible("a", {"a"}) and not visible("b", {"a"}) and not visible("a", set())


@pytest.mark.parametrize("scope", SCOPES, ids=["str", "frozenset", "set"])
def test_register_records_and_documents(session: Session, scope: Any) -> None:
    rows = queries.register(session, RegisterFilter(), scope=scope)
    assert {(r["supplier_id"], r["recipient_id"]) for r in rows} == {("NOR", "GHA"), ("BRA", "CHL")}
    assert all(r["documents"] == 1 and r["publishers"] != ["Quiet Ledger"] for r in rows)
    clean(session, rows)
    assert queries.register(session, RegisterFilter(text="Mongolia"), scope=scope) == []
    assert queries.register(session, RegisterFilter(supplier="Belarus"), scope=scope) == []
    boats = queries.register(session, RegisterFilter(text="patrol boats"), scope=scope)
    assert [r["supplier_id"] for r in boats] == ["NOR"]
    for r in rows:
        clean(session, queries.record(session, r["record"], scope=scope))
    for secret in records_of(session, SECRET):
        with pytest.raises(NotFound) as hidden:
            queries.record(session, secret, scope=scope)
        with pytest.raises(NotFound) as missing:
            queries.record(session, 10**9, scope=scope)
        assert str(hidden.value).replace(str(secret), "N") == str(missing.value).replace(str(10**9), "N")
    assert queries.count_documents(session, scope=scope) == 2
    latest = queries.latest_documents(session, scope=scope)
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
        assert queries.find_document(session, doc_id, scope=None).collection == SECRET  # no scope: there it is
    assert queries.find_document(session, ids_of(session, PUBLIC)[0][:4], scope=scope).collection == PUBLIC


def test_actors_sources_events_within_the_scope(session: Session) -> None:
    scope = frozenset({PUBLIC})
    assert names.actor_names(session, ["MNG", "NOR"], scope=scope) == {"NOR": "Norway"}
    assert lookup.actor_ids(session, "Mongolia", scope=scope) == [] and lookup.actor_ids(session, "MNG", scope=scope) == []
    assert lookup.actor_ids(session, "Norway", scope=scope) == ["NOR"]
    assert lookup.suggest(session, "Mon", scope=scope) == [] and lookup.find_actors(session, "Ulan Bator", scope=scope).ids == []
    publishers = queries.sources(session, scope=scope)
    assert {p["publisher"] for p in publishers} == {"Harbour Gazette", "Andes Daily"}
    clean(session, publishers)
    evs = queries.events(session, scope=scope)
    assert evs and {e["actor_id"] for e in evs} <= {"NOR", "CHL", "BRA"}  # the public texts' actors only
    clean(session, evs)
    assert queries.events(session, actor="Mongolia", scope=scope) == []
    listed = profiles.actors(session, scope=scope, min_documents=0)
    assert {a["id"] for a in listed} == {"NOR", "NOR-defence-ministry", "GHA", "BRA", "CHL", "PER"}
    nor = next(a for a in listed if a["id"] == "NOR")
    assert nor["documents"] == 1 and nor["first_seen"] == "2024-03-05" and nor["transfers_out"] == 1
    clean(session, listed)


def test_profiles_count_only_the_scope(session: Session) -> None:
    scope = frozenset({PUBLIC})
    everywhere = profiles.profile(session, "NOR", scope=None)
    assert everywhere["documents"] == 2 and everywhere["first_seen"] == "2024-02-20"
    p = profiles.profile(session, "Norway", scope=scope)
    assert p["documents"] == 1 and p["first_seen"] == "2024-03-05" and p["last_seen"] == "2024-03-05"
    assert [g["counterpart_id"] for g in p["transfers_out"]] == ["GHA"] and p["transfers_out_records"] == 1
    assert [d["collection"] for d in p["document_list"]] == [PUBLIC]
    clean(session, p)
    evs = graph.actor_events(session, "NOR", scope=scope)
    net = graph.network(session, p, evs)
    assert {n["data"]["id"] for n in net if "source" not in n["data"]} == {"NOR", "GHA"}
    clean(session, [net, graph.timeline(evs)])
    for name in ("Mongolia", "MNG", "Belarus", "kazakh"):
        with pytest.raises(NotFound) as hidden:
            profiles.profile(session, name, scope=scope)
        assert str(hidden.value) == f"no actor {name!r} in the store (see `materiel actors`)"
    assert profiles.find_actor(session, "Mongolia", scope=None).id == "MNG"


def test_search_snippets_and_related(session: Session) -> None:
    scope = frozenset({PUBLIC})
    assert store_search.search_documents(session, "Mongolia", scope=scope) == []
    assert store_search.search_documents(session, "cable", scope=scope) == []
    hits = store_search.search_documents(session, "patrol boats", scope=scope)
    assert [h["collection"] for h in hits] == [PUBLIC]
    clean(session, hits)
    assert len(store_search.search_documents(session, "patrol boats", scope=None)) == 2
    matched = set(session.scalars(select(DocumentRow.collection).where(DocumentRow.id.in_(
        fulltext.matching_documents(session, "boats", scope=scope)))))
    assert matched == {PUBLIC}
    boats_doc = hits[0]["id"]
    rel = related.related(session, boats_doc, scope=scope)
    assert all(r["collection"] == PUBLIC for r in rel)
    clean(session, rel)
    assert any(r["collection"] == SECRET for r in related.related(session, boats_doc, scope=None))  # unscoped: it is related
    assert set(titles.headlines(session, ids_of(session, SECRET), scope=scope)) == set()


def test_web_register_helpers(session: Session) -> None:
    scope = frozenset({PUBLIC})
    qy = RegisterFilter()
    rows, total = web_search.page(session, qy, scope=scope)
    assert total == 2 and len(rows) == 2
    fc = web_facets.facets(session, qy, scope=scope)
    clean(session, [rows, fc])
    counts = {f["name"]: {v["value"]: v["count"] for v in f["values"]} for f in fc}
    assert counts["supplier"] == {"NOR": 1, "BRA": 1}
    lines = entity_lines(session, [r["record"] for r in rows] + records_of(session, SECRET), scope=scope)
    assert lines
    clean(session, lines)


@pytest.mark.parametrize("fmt", FORMATS)
def test_exports_hold_only_the_scope(session: Session, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"export.{fmt}"
    n = export(session, fmt, out, scope=frozenset({PUBLIC}))
    assert n > 0
    text = out.read_text(encoding="utf-8")
    assert not leaks(text, ids_of(session, SECRET)), leaks(text, ids_of(session, SECRET))
    everything = tmp_path / f"all.{fmt}"
    export(session, fmt, everything, scope=None)
    assert leaks(everything.read_text(encoding="utf-8"), [])  # without a scope the sealed collection is there


def test_network_nodes(session: Session) -> None:
    g = network(session, scope=frozenset({PUBLIC}))
    assert set(g.nodes) <= {"NOR", "GHA", "BRA", "CHL", "PER"} and g.has_edge("NOR", "GHA")
    assert "MNG" in network(session, scope=None)


def test_empty_scope_sees_nothing_and_both_see_all(session: Session) -> None:
    none = frozenset[str]()
    assert queries.register(session, RegisterFilter(), scope=none) == []
    assert queries.count_documents(session, scope=none) == 0 and queries.sources(session, scope=none) == []
    assert queries.events(session, scope=none) == [] and profiles.actors(session, scope=none) == []
    assert store_search.search_documents(session, "boats", scope=none) == []
    with pytest.raises(NotFound):
        queries.show(session, ids_of(session, PUBLIC)[0], scope=none)
    both = frozenset({PUBLIC, SECRET})
    assert len(queries.register(session, RegisterFilter(), scope=both)) == len(queries.register(session, RegisterFilter(), scope=None)) == 5
    assert queries.count_documents(session, scope=both) == queries.count_documents(session, scope=None) == 4
    assert profiles.profile(session, "NOR", scope=both)["documents"] == 2
