"""Migration 0002 on a store made before it: down to 0001 and up again, the new columns are filled
from what the store holds, every actor of a row is in doc_actors, and search works."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from test_register import cli, jsonl

from materiel.store import open_store
from materiel.store.db import alembic_config, current_revision, head_revision


def _migrate(db: str, target: str, down: bool = False) -> None:
    from alembic import command

    with open_store(db) as store, store.engine.begin() as conn:
        cfg = alembic_config(conn)
        (command.downgrade if down else command.upgrade)(cfg, target)


def test_0002_backfills(db: str, corpus: Path) -> None:
    cli("add", "--db", db, "--quiet", str(corpus))
    before = jsonl(cli("register", "--db", db, "--json"))
    _migrate(db, "0001", down=True)
    with open_store(db, migrate=False) as store:
        assert current_revision(store.engine) == "0001"
        with store.engine.begin() as conn:  # as 0001 left it: only the actors named in the text
            conn.execute(text("DELETE FROM doc_actors WHERE actor_id = 'UKR'"))
    with open_store(db) as store:  # opening migrates
        assert current_revision(store.engine) == head_revision()
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM doc_actors WHERE actor_id = 'UKR'")).scalar()
            assert conn.execute(text("SELECT count(*) FROM doc_actors a JOIN documents d ON d.id = a.document_id "
                                     "WHERE a.published IS DISTINCT FROM d.published")).scalar() == 0
            assert conn.execute(text("SELECT count(*) FROM records WHERE factualities = ''")).scalar() == 0
            assert conn.execute(text("SELECT count(*) FROM events e JOIN documents d ON d.id = e.document_id "
                                     "WHERE e.day IS DISTINCT FROM coalesce(e.when_start, d.published)")).scalar() == 0
    after = jsonl(cli("register", "--db", db, "--json"))
    assert after == before
    assert [r["category"] for r in jsonl(cli("register", "--db", db, "--json", "--factuality", "denied"))] == ["howitzer"]
    assert len(jsonl(cli("search", "--db", db, "--json", "howitzers"))) == 4
    profile = jsonl(cli("actor", "--db", db, "--json", "UKR"))[0]
    assert profile["documents"] == 4


@pytest.mark.parametrize("rev", ["0001"])
def test_downgrade_then_upgrade_is_clean(db: str, rev: str) -> None:
    with open_store(db):
        pass
    _migrate(db, rev, down=True)
    _migrate(db, "head")
    with open_store(db) as store:
        assert current_revision(store.engine) == head_revision()


def test_ingest_keeps_actor_counts(db: str, corpus: Path) -> None:
    cli("add", "--db", db, "--quiet", str(corpus))
    with open_store(db) as store, store.engine.connect() as conn:
        wrong = conn.execute(text(
            "SELECT a.id FROM actors a WHERE a.n_documents <> (SELECT count(*) FROM doc_actors d WHERE d.actor_id = a.id) "
            "OR a.first_seen IS DISTINCT FROM (SELECT min(published) FROM doc_actors d WHERE d.actor_id = a.id) "
            "OR a.last_seen IS DISTINCT FROM (SELECT max(published) FROM doc_actors d WHERE d.actor_id = a.id)")).all()
    assert wrong == []


def test_0003_splits_records_by_collection(db: str, corpus: Path) -> None:
    files = sorted(p for p in corpus.iterdir() if p.is_file())
    for i, f in enumerate(files):
        cli("add", "--db", db, "--quiet", "--collection", "press" if i % 2 else "leaks", str(f))
    mixed = ("SELECT count(*) FROM records r JOIN mentions m ON m.record_id = r.id JOIN documents d "
             "ON d.id = m.document_id WHERE d.collection <> r.collection")
    with open_store(db) as store, store.engine.connect() as conn:
        assert conn.execute(text(mixed)).scalar() == 0
        before = conn.execute(text("SELECT count(*) FROM records")).scalar()
    _migrate(db, "0002", down=True)
    with open_store(db, migrate=False) as store, store.engine.connect() as conn:
        merged = conn.execute(text("SELECT count(*) FROM records")).scalar()
        assert merged < before  # one transfer reported in both collections was one record
        assert conn.execute(text("SELECT count(*) FROM mentions WHERE record_key LIKE 'press|%'")).scalar() == 0
    with open_store(db) as store, store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM records")).scalar() == before
        assert conn.execute(text(mixed)).scalar() == 0
