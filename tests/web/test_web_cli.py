"""`materiel serve`: the command, its options, and a clear error for a store it cannot open."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from materiel.cli import app
from materiel.sources import fetch as web

runner = CliRunner()


def test_serve_runs_uvicorn_on_loopback_over_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app_, **kw: seen.update(app=app_, **kw))
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "s.db"), "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8123
    assert {"/api/register", "/api/add"} <= set(seen["app"].openapi()["paths"])


def test_serve_allows_private_urls_only_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    monkeypatch.delenv(web.ALLOW_PRIVATE_ENV, raising=False)
    monkeypatch.setattr(uvicorn, "run", lambda app_, **kw: None)
    try:
        assert runner.invoke(app, ["serve", "--db", str(tmp_path / "s.db"), "--allow-private-urls"]).exit_code == 0
        assert web.private_allowed()
        assert runner.invoke(app, ["serve", "--db", str(tmp_path / "s.db")]).exit_code == 0
        assert not web.private_allowed()
    finally:
        web.configure(allow_private=False)


def test_serve_explains_a_store_it_cannot_open(tmp_path: Path) -> None:
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "missing" / "s.db")])
    assert result.exit_code == 2 and "does not exist" in result.output


def test_serve_is_listed() -> None:
    result = runner.invoke(app, ["serve", "--help"])
    assert result.exit_code == 0 and "--port" in result.output and "--host" in result.output
