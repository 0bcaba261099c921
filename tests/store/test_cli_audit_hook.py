"""The command line records what it reads, searches and exports through `materiel.cli.audit_hook`: each
command calls `materiel.security.audit.append` in a write transaction (a stand-in module in the first
test, the real trail in the second), as "cli:<login>" from "cli"."""
from __future__ import annotations

import getpass
import json
import types
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session
from typer.testing import CliRunner

import materiel.cli.audit_hook
from _two_collections import PUBLIC, build
from materiel.cli import app
from materiel.security import audit
from materiel.store import open_store

runner = CliRunner()


def cli(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, (result.output, result.exception)
    return result.stdout


@pytest.fixture
def store(tmp_path: Path) -> str:
    return build(str(tmp_path / "store.db"), tmp_path / "corpus")


@pytest.fixture
def entries(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    log: list[dict[str, Any]] = []

    def append(session: Session, **entry: Any) -> None:
        assert isinstance(session, Session) and session.in_transaction()
        log.append(entry)

    fake = types.ModuleType("materiel.security.audit")
    fake.append = append  # type: ignore[attr-defined]
    monkeypatch.setattr(materiel.cli.audit_hook, "audit", fake)
    return log


def test_show_search_register_text_and_export_are_recorded(store: str, tmp_path: Path,
                                                           entries: list[dict[str, Any]]) -> None:
    who = "cli:" + getpass.getuser()
    doc = json.loads(cli("search", "--db", store, "--json", "patrol boats", "--collection", PUBLIC).splitlines()[0])
    cli("show", "--db", store, doc["short"])
    cli("register", "--db", store, "--text", "trucks", "--json")
    cli("register", "--db", store, "--json")  # no full-text query: nothing to record
    cli("export", "--db", store, "-f", "csv", "-o", str(tmp_path / "out.csv"), "--collection", PUBLIC)
    assert [(e["action"], e["target"], e["collection"]) for e in entries] == [
        ("search", "patrol boats", PUBLIC), ("read", doc["id"], PUBLIC), ("search", "trucks", None),
        ("export", "csv", PUBLIC)]
    assert all(e["actor"] == who and e["address"] == "cli" for e in entries)
    assert entries[0]["detail"] == {"documents": 1} and entries[-1]["detail"]["rows"] == 2


def test_the_real_trail_holds_the_entries_and_verifies(store: str) -> None:
    cli("search", "--db", store, "--json", "boats")
    with open_store(store) as s, s.read() as session:
        found = audit.entries(session, action="search")
        assert [e.target for e in found] == ["boats"] and audit.verify(session).ok
