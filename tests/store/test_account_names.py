"""Account names that the audit trail uses for its built-in actors (issue 17, item 12): "anonymous"
(nobody signed in) and "local" (the single user) cannot be account names, in any case."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from materiel.cli import app as cli
from materiel.security import accounts
from materiel.store import open_store
from materiel.store.errors import StoreError


@pytest.mark.parametrize("name", ["anonymous", "local", "Local", "ANONYMOUS", "cli"])
def test_reserved_names_are_refused(name: str, tmp_path: Path) -> None:
    with open_store(str(tmp_path / "s.db")) as store, store.write() as s:
        with pytest.raises(StoreError, match="reserved"):
            accounts.add_user(s, name, "a long enough password")
        accounts.add_user(s, name + "1", "a long enough password")  # only the exact names


def test_users_add_refuses_a_reserved_name(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["users", "add", "local", "--password", "a long enough password",
                                      "--db", str(tmp_path / "s.db")])
    assert result.exit_code != 0 and "reserved" in result.output
