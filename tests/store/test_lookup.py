"""Find by any name (issue 13): one resolver for every lookup — exact id or name, then the actor's aliases
(gazetteer names, capitals and seats of government, demonyms, short forms), then a prefix, never a piece of
a longer word; ambiguity lists the candidates with kind and country; an empty name is a usage error.
On SQLite and PostgreSQL (the `db` fixture), through the store, the command line and the workbench's API."""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from _pg import pg_schema
from materiel.cli import app
from materiel.store import open_store, queries
from materiel.store.errors import NotFound
from materiel.store.filters import RegisterFilter
from materiel.store.lookup import AmbiguousName, EmptyName, actor_ids, find_actors, one_actor, suggest
from materiel.store.profile import profile
from materiel.store.schema import ActorRow, DocActorRow, DocumentRow, RecordRow
from materiel.web.app import create_app

ACTORS = [("USA", "United States", "state", "USA"), ("GBR", "United Kingdom", "state", "GBR"),
          ("TUR", "Türkiye", "state", "TUR"), ("UKR", "Ukraine", "state", "UKR"), ("BLR", "Belarus", "state", "BLR"),
          ("RUS", "Russia", "state", "RUS"), ("airbus", "Airbus", "company", "FRA"), ("ukip", "UKIP", "other", "GBR"),
          ("rheinmetall", "Rheinmetall", "company", "DEU"),
          ("rheinmetall-landsysteme", "Rheinmetall Landsysteme", "company", "DEU"),
          ("lockheed-martin", "Lockheed Martin", "company", "USA"), ("BEL", "Belgium", "state", "BEL"),
          ("european-union", "European Union", "igo", None), ("MNG", "Mongolia", "state", "MNG")]
# (supplier, recipient, written as): one record each; MNG only in the sealed collection
RECORDS = [("USA", "UKR"), ("GBR", "UKR"), ("TUR", "UKR"), ("RUS", "BLR"), ("airbus", "BEL"), ("BLR", "RUS"),
           ("lockheed-martin", "european-union"), ("rheinmetall", "UKR"), ("rheinmetall-landsysteme", "UKR"),
           ("ukip", "GBR"), ("MNG", "RUS")]
WRITTEN = {"USA": "Uncle Sam", "GBR": "Britain", "TUR": "Turkey"}
PG = os.environ.get("MATERIEL_TEST_PG")


def fill(url: str) -> None:
    """A store of actors and records written directly: the resolver reads actors, doc_actors and records."""
    with open_store(url) as store, store.write() as s:
        for aid, name, kind, country in ACTORS:
            s.add(ActorRow(id=aid, name=name, kind=kind, country=country, n_documents=1))
        for coll in ("public", "sealed"):
            s.add(DocumentRow(id=coll * 8, source=coll, text=coll, collection=coll, publisher_key="", content_hash=coll * 8,
                              added_at=datetime(2024, 1, 1, tzinfo=UTC)))
        s.flush()
        for n, (sup, rec) in enumerate(RECORDS, 1):
            coll = "sealed" if "MNG" in (sup, rec) else "public"
            s.add(RecordRow(id=n, key=f"{coll}|{sup}|{rec}|c:tank", supplier_id=sup, recipient_id=rec, category="tank",
                            item_text="tanks", latest_stage="delivered", stages="delivered", factuality="asserted",
                            n_mentions=1, n_documents=1, sources=1, sources_against=0, publishers=[], confidence=0.9,
                            factualities="asserted", collection=coll, first_date=date(2024, 1, n)))
        for aid, *_ in ACTORS:
            coll = "sealed" if aid == "MNG" else "public"
            s.add(DocActorRow(document_id=coll * 8, actor_id=aid, text=WRITTEN.get(aid, aid), collection=coll))


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not PG, reason="set MATERIEL_TEST_PG to a PostgreSQL URL to run the lookup tests against PostgreSQL"))])
def url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One store per backend for the module: the tests only read it."""
    if request.param == "sqlite":
        path = str(tmp_path_factory.mktemp("lookup") / "store.db")
        fill(path)
        yield path
        return
    with pg_schema(PG or "") as pg:
        fill(pg)
        yield pg


@pytest.fixture
def session(url: str) -> Iterator[Session]:
    with open_store(url) as store, store.read() as s:
        yield s


NAMES = [
    ("US", "USA"), ("USA", "USA"), ("U.S.", "USA"), ("United States", "USA"), ("Washington", "USA"),
    ("America", "USA"), ("American", "USA"), ("UK", "GBR"), ("Britain", "GBR"), ("United Kingdom", "GBR"),
    ("london", "GBR"), ("Turkey", "TUR"), ("Türkiye", "TUR"), ("TURKIYE", "TUR"), ("Ankara", "TUR"),
    ("Kyiv", "UKR"), ("Kiev", "UKR"), ("Ukraine", "UKR"), ("ukr", "UKR"), ("Lockheed", "lockheed-martin"),
    ("Martin", "lockheed-martin"), ("Bela", "BLR"), ("uncle sam", "USA")]


def test_every_name_finds_its_actor(session: Session) -> None:
    found = {name: (one_actor(session, name, scope=None).id, actor_ids(session, name, scope=None)) for name, _ in NAMES}
    assert found == {name: (actor, [actor]) for name, actor in NAMES}


def test_the_levels_in_order(session: Session) -> None:
    assert find_actors(session, "usa", scope=None).level == "id"
    assert find_actors(session, "united states", scope=None).level == "name"
    assert find_actors(session, "Washington", scope=None).level == "alias"
    assert find_actors(session, "Uncle Sam", scope=None).level == "written"
    assert find_actors(session, "Lock", scope=None).level == "prefix"


def test_never_a_piece_of_a_longer_word(session: Session) -> None:
    for name in ("us", "elarus", "bus", "ussia", "artin"):  # inside Belarus, Russia, Airbus, Martin
        assert "BLR" not in (found := find_actors(session, name, scope=None).ids) and "RUS" not in found
        assert "airbus" not in found and "lockheed-martin" not in found
    # a name the reference data knows stops before the prefixes: "UK" is the United Kingdom, never UKIP
    assert find_actors(session, "UK", scope=None).ids == ["GBR"]


def test_a_known_name_of_an_absent_actor_finds_nothing(session: Session) -> None:
    with pytest.raises(NotFound):  # France is not in the store; "Fra" would not be its prefix either
        one_actor(session, "Paris", scope=None)
    with pytest.raises(NotFound):  # Mongolia is only in the sealed collection
        one_actor(session, "Ulan Bator", scope="public")
    assert one_actor(session, "Ulan Bator", scope=None).id == "MNG"


def test_ambiguity_lists_the_candidates_with_kind_and_country(session: Session) -> None:
    with pytest.raises(AmbiguousName) as exc:
        one_actor(session, "Rhein", scope=None)
    assert str(exc.value) == ("actor 'Rhein' is ambiguous: Rheinmetall (rheinmetall, company, DEU); "
                              "Rheinmetall Landsysteme (rheinmetall-landsysteme, company, DEU); give the id")
    assert [c.id for c in exc.value.candidates] == ["rheinmetall", "rheinmetall-landsysteme"]
    with pytest.raises(AmbiguousName, match=r"Belgium \(BEL, state\); European Union \(european-union, igo\)"):
        actor_ids(session, "Brussels", scope=None)  # capital of one, seat of the other
    assert one_actor(session, "Rheinmetall", scope=None).id == "rheinmetall"  # the exact name wins


def test_an_empty_name_is_a_usage_error(session: Session) -> None:
    for blank in ("", "  "):
        with pytest.raises(EmptyName):
            one_actor(session, blank, scope=None)
        with pytest.raises(EmptyName):
            queries.register(session, RegisterFilter(supplier=blank), scope=None)
    assert suggest(session, " ", scope=None) == []


def test_register_filters_and_events_use_the_resolver(session: Session) -> None:
    def pairs(**kw: str) -> set[tuple[str, str]]:
        return {(r["supplier_id"], r["recipient_id"]) for r in queries.register(session, RegisterFilter(**kw), scope=None)}

    assert pairs(supplier="US") == {("USA", "UKR")}
    assert pairs(supplier="Britain") == pairs(supplier="UK") == {("GBR", "UKR")}
    assert pairs(supplier="Turkey") == pairs(supplier="Ankara") == {("TUR", "UKR")}
    assert {s for s, _ in pairs(recipient="Kyiv")} == {"USA", "GBR", "TUR", "rheinmetall", "rheinmetall-landsysteme"}
    assert pairs(recipient="Kiev") == pairs(recipient="Ukraine")
    with pytest.raises(AmbiguousName, match="supplier 'Rhein' is ambiguous"):
        queries.register(session, RegisterFilter(supplier="Rhein"), scope=None)
    assert pairs(supplier="Mongolia") and not queries.register(session, RegisterFilter(supplier="Mongolia"), scope="public")
    assert queries.events(session, actor="US", scope=None) == []  # no event stored: the filter still resolves


def test_profiles_by_any_name(session: Session) -> None:
    assert profile(session, "Britain", scope=None)["actor"]["id"] == "GBR"
    assert profile(session, "Kiev", scope="public")["actor"]["id"] == "UKR"


def test_suggest_best_first(session: Session) -> None:
    assert [c.id for c in suggest(session, "US", scope=None)] == ["USA"]
    assert [c.id for c in suggest(session, "rhein", scope=None)] == ["rheinmetall", "rheinmetall-landsysteme"]
    assert {"USA", "GBR", "UKR", "ukip", "european-union"} == {c.id for c in suggest(session, "u", scope="public")}
    assert "MNG" not in {c.id for c in suggest(session, "M", scope="public")}


runner = CliRunner()


def test_the_command_line(url: str) -> None:
    def run(*args: str) -> tuple[int, str]:
        r = runner.invoke(app, [*args, "--db", url])
        return r.exit_code, r.output

    code, out = run("register", "--supplier", "US", "--json")
    assert code == 0 and [json.loads(line)["supplier_id"] for line in out.splitlines()] == ["USA"]
    code, out = run("register", "--recipient", "Kyiv", "--supplier", "Turkey", "--json")
    assert code == 0 and [json.loads(line)["supplier_id"] for line in out.splitlines()] == ["TUR"]
    code, out = run("actor", "Turkey", "--json")
    assert code == 0 and json.loads(out)["actor"]["id"] == "TUR"
    code, out = run("actor", "UK", "--json")
    assert code == 0 and json.loads(out)["actor"]["id"] == "GBR"
    code, out = run("actor", "")
    assert code == 2 and "the name is empty" in out
    code, out = run("register", "--supplier", "")
    assert code == 2 and "the name is empty" in out
    code, out = run("register", "--supplier", "Rhein")
    assert code == 2 and "Rheinmetall Landsysteme (rheinmetall-landsysteme, company, DEU)" in out
    code, out = run("events", "--actor", "Rhein")
    assert code == 2 and "ambiguous" in out


def test_the_workbench(url: str) -> None:
    with TestClient(create_app(url)) as client:
        hits = client.get("/api/lookup/actors", params={"q": "Kiev"}).json()
        assert hits["actors"] == [{"id": "UKR", "name": "Ukraine", "kind": "state", "country": "UKR",
                                   "label": "Ukraine (UKR, state)"}]
        assert client.get("/api/lookup/actors", params={"q": ""}).json()["actors"] == []
        assert client.get("/api/lookup/actors", params={"q": "Mongolia", "collection": "public"}).json()["actors"] == []
        rows = client.get("/api/register", params={"supplier": "Britain"}).json()["rows"]
        assert [r["supplier_id"] for r in rows] == ["GBR"]
        page = client.get("/register", params={"supplier": "Rhein"})
        assert page.status_code == 200 and "could be any of these" in page.text
        assert "/register?supplier=rheinmetall-landsysteme" in page.text
        data = client.get("/api/register", params={"supplier": "Rhein"}).json()
        assert data["rows"] == [] and [c["id"] for c in data["ambiguous"]["candidates"]] == [
            "rheinmetall", "rheinmetall-landsysteme"]
        assert [a["id"] for a in client.get("/api/actors", params={"q": "Turkey"}).json()["actors"]] == ["TUR"]
        assert client.get("/api/actors/Turkey").json()["actor"]["id"] == "TUR"
        assert client.get("/api/actors/%20").status_code == 400
