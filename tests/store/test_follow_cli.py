"""`materiel follow`, `following` and `watch --once` on the command line, against a feed server on 127.0.0.1
and a local folder."""
from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from _feeds import FeedSite, serve
from sqlalchemy import update
from typer.testing import CliRunner

from _helpers import jsonl
from materiel.cli import app
from materiel.sources import fetch as web
from materiel.store import lease, open_store
from materiel.store.schema_following import FollowedRow

runner = CliRunner()


def run(*args: str, code: int = 0) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, (result.output, result.exception)
    return result.output


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[FeedSite]:
    monkeypatch.setenv("MATERIEL_ALLOW_PRIVATE_URLS", "1")  # the test server is on loopback
    with serve(FeedSite()) as s:
        yield s
    web.configure(timeout=web.DEFAULT_TIMEOUT, allow_private=False)


def test_follow_pause_resume_watch_remove(db: str, site: FeedSite) -> None:
    feed = f"{site.base}/feed.xml"
    made = json.loads(run("follow", feed, "--db", db, "--every", "2h", "--collection", "news", "--json"))
    assert (made["target"], made["every"], made["collection"], made["status"]) == (feed, "2h", "news", "new")
    assert "followed already" in run("follow", feed, "--db", db, "--collection", "news", code=2)
    assert "not an interval" in run("follow", feed, "--db", db, "--every", "soon", code=2)
    assert "too often" in run("follow", feed, "--db", db, "--every", "10s", "--collection", "x", code=2)

    sid = str(made["id"])
    run("following", "--db", db, "--pause", sid)
    assert jsonl(run("following", "--db", db, "--json"))[0]["status"] == "paused"
    assert run("watch", "--once", "--db", db, "--json").strip() == ""  # paused: not polled
    assert site.requests == []

    run("following", "--db", db, "--resume", sid)
    polled = jsonl(run("watch", "--once", "--db", db, "--json"))
    assert [(p["id"], p["added"], p["status"]) for p in polled] == [(made["id"], 2, "new")]
    [row] = jsonl(run("following", "--db", db, "--json"))
    assert (row["added"], row["seen"], row["kind"], row["failures"]) == (2, 2, "feed", 0)
    assert datetime.fromisoformat(row["next_due"]) > datetime.now(UTC)
    table = run("following", "--db", db)
    assert "followed sources — 1" in table and "news" in table and "2h" in table

    assert "removed #" in run("following", "--db", db, "--remove", sid)
    assert jsonl(run("following", "--db", db, "--json")) == []
    assert "no followed source #99" in run("following", "--db", db, "--pause", "99", code=1)
    assert len(jsonl(run("register", "--db", db, "--json"))) >= 2  # the documents stay


def test_a_second_watcher_exits_with_a_clear_message(db: str, site: FeedSite) -> None:
    run("follow", f"{site.base}/feed.xml", "--db", db)
    with open_store(db) as store:
        assert lease.take(store, "host:123:abc", datetime.now(UTC)) is None
    out = run("watch", "--once", "--db", db, code=3)
    assert "another watcher (host:123:abc) holds the lease" in out
    assert site.requests == []


def test_a_folder_is_followed(db: str, tmp_path: Path) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "one.txt").write_text("Germany has offered ten Leopard 2 tanks to Poland.\n", encoding="utf-8")
    assert "not an http(s) URL or a folder" in run("follow", str(tmp_path / "missing"), "--db", db, code=2)
    run("follow", str(folder), "--db", db, "--every", "1m")
    assert [p["added"] for p in jsonl(run("watch", "--once", "--db", db, "--json"))] == [1]
    (folder / "two.txt").write_text("Chile sold two frigates to Peru.\n", encoding="utf-8")
    with open_store(db) as store, store.write() as session:  # due now, without waiting a minute
        session.execute(update(FollowedRow).values(next_due=datetime.now(UTC)))
    [polled] = jsonl(run("watch", "--once", "--db", db, "--json"))
    assert (polled["added"], polled["skipped"]) == (1, 0)  # one.txt unchanged: not read again
