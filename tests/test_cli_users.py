"""`materiel users|grant|revoke|tokens`: accounts on the command line, each change in the audit trail."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from materiel.cli import app
from materiel.security import accounts
from materiel.store import open_store

runner = CliRunner()


def run(*args: str, input: str | None = None) -> object:
    return runner.invoke(app, list(args), input=input)


def test_users_grants_tokens_round_trip(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    assert run("users", "add", "ana", "--password", "long enough pw", "--db", db).exit_code == 0
    piped = run("users", "add", "boss", "--admin", "--db", db, input="another long pw\n")
    assert piped.exit_code == 0, piped.output
    assert run("users", "add", "ana", "--password", "long enough pw", "--db", db).exit_code == 1  # exists
    short = run("users", "add", "eve", "--password", "short", "--db", db)
    assert short.exit_code == 1 and "too short" in short.output
    assert run("grant", "ana", "press", "read", "--db", db).exit_code == 0
    granted = run("grant", "boss", "leaks", "write", "--db", db)
    assert granted.exit_code == 0 and "administrator" in granted.output
    assert run("grant", "ana", "press", "owner", "--db", db).exit_code == 1
    listed = [json.loads(line) for line in run("users", "list", "--json", "--db", db).stdout.splitlines()]
    assert {u["name"]: u["grants"] for u in listed} == {"ana": ["press:read"], "boss": ["leaks:write"]}
    made = run("tokens", "create", "ana", "--days", "7", "--db", db)
    secret = made.stdout.strip()
    assert made.exit_code == 0 and secret.startswith("mtl_")
    tokens = [json.loads(line) for line in run("tokens", "list", "--json", "--db", db).stdout.splitlines()]
    assert tokens[0]["state"] == "active" and secret not in json.dumps(tokens)
    assert run("tokens", "revoke", str(tokens[0]["id"]), "--db", db).exit_code == 0
    assert run("revoke", "ana", "press", "--db", db).exit_code == 0
    assert run("users", "passwd", "ana", "--password", "a new long pw", "--db", db).exit_code == 0
    assert run("users", "remove", "ana", "--db", db).exit_code == 0
    with open_store(db) as store, store.read() as s:
        assert accounts.count_users(s) == 1
    from materiel.security import audit

    with open_store(db) as store, store.read() as s:
        actions = [e.action for e in audit.entries(s, limit=100)]
        assert audit.verify(s).ok
    for action in ("user-add", "grant", "token-create", "token-revoke", "revoke", "user-passwd", "user-remove"):
        assert action in actions, action
