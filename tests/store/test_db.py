"""Opening stores: URLs, clear errors, migrations on open, WAL."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from materiel.cli import app
from materiel.record.errors import MaterielError
from materiel.store import StoreError, open_store, resolve_url
from materiel.store.db import current_revision, head_revision

runner = CliRunner()


def test_resolve_url(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("MATERIEL_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    assert resolve_url() == f"sqlite:///{tmp_path / 'materiel.db'}"
    monkeypatch.setenv("MATERIEL_DB", str(tmp_path / "env.db"))
    assert resolve_url() == f"sqlite:///{tmp_path / 'env.db'}"
    assert resolve_url("x.db").endswith("/x.db")
    assert resolve_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert resolve_url("sqlite:////abs/y.db") == "sqlite:////abs/y.db"


def test_migrated_on_open(db: str) -> None:
    with open_store(db) as store:
        assert current_revision(store.engine) == head_revision()
    with open_store(db) as store:  # a second open is a no-op
        assert current_revision(store.engine) == head_revision()


def test_sqlite_is_wal(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "w.db")) as store, store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"


@pytest.mark.parametrize("url, message", [
    ("/no/such/folder/x.db", "folder '/no/such/folder' does not exist"),
    ("nosuchdb://host/x", "cannot open database 'nosuchdb://host/x'"),
    ("postgresql://nobody@127.0.0.1:1/x", "cannot open database 'postgresql+psycopg://nobody@127.0.0.1:1/x'"),
])
def test_bad_url_is_one_clear_line(url: str, message: str) -> None:
    with pytest.raises(StoreError) as info:
        open_store(url)
    assert isinstance(info.value, MaterielError)
    assert message in str(info.value) and "\n" not in str(info.value)


def test_cli_bad_db(tmp_path: Path) -> None:
    result = runner.invoke(app, ["add", "--db", "/no/such/folder/x.db", str(tmp_path)])
    assert result.exit_code == 2 and "error: cannot open database" in result.output
    assert "Traceback" not in result.output
    missing = runner.invoke(app, ["register", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "no store at" in missing.output and not (tmp_path / "none.db").exists()


def test_not_a_database(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("this is not SQLite " * 200, encoding="utf-8")
    with pytest.raises(StoreError, match="cannot open database"):
        open_store(str(junk))
