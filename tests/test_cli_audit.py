"""`materiel audit verify|show|flags`: exit codes, messages, tables and JSON Lines."""
from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update
from typer.testing import CliRunner

from materiel.cli import app
from materiel.security import audit
from materiel.store import open_store
from materiel.store.schema_audit import AuditRow

runner = CliRunner()


@pytest.fixture()
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "store.db")
    with open_store(path) as store:
        audit.log(store, actor="web:ana", action="read", target="doc-1", collection="press", address="10.0.0.2")
        audit.log(store, actor="cli:root", action="grant", target="ana", collection="press", address="cli",
                  detail={"level": "read"})
        audit.log(store, actor="web:[bold]mallory[/bold]", action="login-failed", target="\x1b[2Jroot",
                  address="10.0.0.9")
    return path


def test_verify_prints_the_head_to_record(db: str) -> None:
    result = runner.invoke(app, ["audit", "verify", "--db", db])
    assert result.exit_code == 0, result.output
    with open_store(db) as store, store.read() as s:
        head = audit.verify(s).head_hash
    assert result.output.strip() == f"audit trail intact: 3 entries, head {head}"
    assert runner.invoke(app, ["audit", "verify", "--db", db, "--expect", head]).exit_code == 0
    report = json.loads(runner.invoke(app, ["audit", "verify", "--db", db, "--json"]).stdout)
    assert report["ok"] and report["checked"] == 3 and report["head_hash"] == head


def test_verify_lists_the_problems_and_exits_1(db: str) -> None:
    with open_store(db) as store, store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        conn.execute(update(AuditRow).where(AuditRow.id == 2).values(detail='{"level":"write"}'))
    result = runner.invoke(app, ["audit", "verify", "--db", db, "--expect", "ab" * 32])
    assert result.exit_code == 1
    assert "audit trail damaged: 2 problem(s) in 3 entries" in result.output
    assert "entry 2 was edited: its hash does not match its contents" in result.output
    assert f"the recorded hash {'ab' * 32} is not in the chain" in result.output
    report = json.loads(runner.invoke(app, ["audit", "verify", "--db", db, "--json"]).stdout)
    assert not report["ok"] and report["problems"][0]["entry"] == 2 and report["problems"][0]["kind"] == "edited"


def test_show_is_a_table_newest_first_with_entries_printed_as_plain_text(db: str) -> None:
    result = runner.invoke(app, ["audit", "show", "--db", db])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Audit trail — 3" in out and out.index("login-failed") < out.index("grant") < out.index("doc-1")
    assert "web:[bold]mallory[/bold]" in out and "\x1b" not in out  # no markup, no terminal escapes
    assert "\\x1b[2Jroot" in out
    assert '{"level": "read"}' in out


def test_show_filters_and_json_lines(db: str) -> None:
    result = runner.invoke(app, ["audit", "show", "--db", db, "--json", "--collection", "press", "--limit", "1"])
    assert result.exit_code == 0, result.output
    (line,) = [json.loads(x) for x in result.stdout.splitlines()]
    assert line["id"] == 2 and line["detail"] == {"level": "read"} and len(line["hash"]) == 64
    today = datetime.now(UTC).date()
    lines = runner.invoke(app, ["audit", "show", "--db", db, "--json", "--actor", "web:ana", "--action", "read",
                                "--since", str(today - timedelta(days=1)), "--until", str(today)]).stdout
    assert [json.loads(x)["target"] for x in lines.splitlines()] == ["doc-1"]
    empty = runner.invoke(app, ["audit", "show", "--db", db, "--until", "2001-01-01"])
    assert empty.exit_code == 0 and "nothing to list" in empty.output


def test_flags_take_their_thresholds_as_options(db: str) -> None:
    with open_store(db) as store, store.write() as s:
        now = datetime.now(UTC)
        for i in range(60):
            audit.append(s, actor="web:bulk", action="read", target=f"doc-{i}", at=now - timedelta(minutes=i + 1))
        audit.append(s, actor="web:ana", action="export", at=now - timedelta(minutes=3), detail={"rows": 40})
    result = runner.invoke(app, ["audit", "flags", "--db", db])
    assert result.exit_code == 0, result.output
    assert "Bulk reading in the last 24 hours — 1" in result.output and "web:bulk" in result.output
    lines = runner.invoke(app, ["audit", "flags", "--db", db, "--json", "--floor", "10", "--window-hours", "2",
                                "--factor", "3", "--baseline-days", "5"]).stdout
    found = [json.loads(x) for x in lines.splitlines()]
    assert [(f["actor"], f["volume"], f["exported"]) for f in found] == [("web:bulk", 60, 0), ("web:ana", 41, 40)]
    quiet = runner.invoke(app, ["audit", "flags", "--db", db, "--floor", "1000"])
    assert quiet.exit_code == 0 and "no bulk reading in the last 24 hours" in quiet.output


def test_errors_are_one_line_and_exit_2(db: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["audit", "show", "--db", db, "--since", "yesterday"])
    assert result.exit_code == 2 and "error: since 'yesterday' is not a date" in result.output
    result = runner.invoke(app, ["audit", "verify", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "error: no store at" in result.output
    assert runner.invoke(app, ["audit", "flags", "--db", db, "--window-hours", "0"]).exit_code == 2


def test_audit_is_listed() -> None:
    result = runner.invoke(app, ["audit", "--help"])
    assert result.exit_code == 0 and all(c in result.output for c in ("verify", "show", "flags"))
