"""API tokens and a password change (issue 17, item 12): `materiel users passwd` ends the account's
sessions and leaves its API tokens valid (said in its output), and `--revoke-tokens` revokes them too."""
from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from materiel.cli import app as cli
from materiel.security import accounts
from materiel.store import open_store
from materiel.web.app import create_app

PW = "a long enough password"


def test_passwd_keeps_tokens_unless_asked_to_revoke_them(tmp_path: Path) -> None:
    db = str(tmp_path / "store.db")
    with open_store(db) as store, store.write() as s:
        accounts.add_user(s, "ana", PW)
        secret = accounts.create_token(s, "ana", "nightly").secret
    bearer = {"Authorization": f"Bearer {secret}"}
    runner = CliRunner()
    with TestClient(create_app(db, require_login=True)) as c:
        kept = runner.invoke(cli, ["users", "passwd", "ana", "--password", PW + " 2", "--db", db])
        assert kept.exit_code == 0 and "API tokens stay valid" in kept.output
        assert c.get("/api/me", headers=bearer).json()["user"] == "ana"
        revoked = runner.invoke(cli, ["users", "passwd", "ana", "--password", PW + " 3", "--revoke-tokens", "--db", db])
        assert revoked.exit_code == 0 and "1 API token(s) revoked" in revoked.output, revoked.output
        assert c.get("/api/me", headers=bearer).status_code == 401
    with open_store(db) as store, store.read() as s:
        assert [t["state"] for t in accounts.list_tokens(s, "ana")] == ["revoked"]
