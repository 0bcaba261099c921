"""`add --workers N`: extraction in N processes, the store written by this one, identical to a
single-process run (same rows, same ids, same records)."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from materiel.cli import app
from materiel.compute.runners import InProcess, Processes, make_runner
from materiel.compute.spec import ExtractSpec
from materiel.record.errors import MaterielError
from materiel.sources.document import Document
from materiel.sources.incoming import Incoming
from materiel.store import open_store
from materiel.store.db import Store
from materiel.store.ingest import ADDED, FAILED, SKIPPED, add_items
from materiel.store.schema import Base

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
VOLATILE = {"added_at", "first_seen", "last_seen"}


def register_of(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, without the times of addition."""
    out: dict[str, list[dict[str, Any]]] = {}
    with store.read() as session:
        for table in Base.metadata.sorted_tables:
            if table.name == "alembic_version":
                continue
            rows = [{k: v for k, v in r._mapping.items() if k not in VOLATILE} for r in session.execute(select(table))]
            out[table.name] = sorted(rows, key=repr)
    return out


def _items() -> list[Incoming]:
    paths = sorted(FIXTURES.glob("dev*/*.txt"))[:6]
    docs = [Incoming(Document(text=p.read_text(encoding="utf-8"), source=p.name), publisher="Wire") for p in paths]
    return [*docs, docs[0]]  # the repeat is skipped, as in one process


def test_two_workers_store_what_one_process_stores(tmp_path: Path) -> None:
    items = _items()
    spec = ExtractSpec(None, prefilter=True)
    one, two = open_store(str(tmp_path / "one.db")), open_store(str(tmp_path / "two.db"))
    try:
        s1 = add_items(one, items, collection="c", extract=spec)
        seen: list[str] = []
        s2 = add_items(two, items, collection="c", extract=spec, workers=2, on_item=lambda o: seen.append(o.status))
        assert (s1.added, len(s1.skipped)) == (s2.added, len(s2.skipped)) == (6, 1)
        assert seen == [ADDED] * 6 + [SKIPPED]
        assert register_of(one) == register_of(two)
    finally:
        one.close()
        two.close()


def _boom(item: Incoming) -> Any:
    raise ValueError("bad document")


def test_a_failing_document_is_reported_not_fatal(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "s.db"))
    try:
        s = add_items(store, _items()[:2], collection="c", extract=_boom)
        assert len(s.failed) == 2 and s.failed[0].status == FAILED and "ValueError" in s.failed[0].reason
    finally:
        store.close()


def test_runner_choice() -> None:
    assert isinstance(make_runner(ExtractSpec(), workers=1), InProcess)
    with pytest.raises(MaterielError, match="ExtractSpec"):
        make_runner(lambda item: None, workers=2)


def test_cli_add_with_workers_and_without_prefilter(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for p in sorted(FIXTURES.glob("dev3/*.txt"))[:3]:
        (src / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    runner = CliRunner()
    results = {}
    for name, extra in (("workers", ["--workers", "2"]), ("full", ["--workers", "1", "--no-prefilter"])):
        db = str(tmp_path / f"{name}.db")
        res = runner.invoke(app, ["add", str(src), "--db", db, "--json", *extra])
        assert res.exit_code == 0, res.output
        results[name] = json.loads(res.stdout.strip().splitlines()[-1])
        store = open_store(db)
        try:
            results[name + "-register"] = register_of(store)["mentions"]
        finally:
            store.close()
    assert results["workers"]["added"] == results["full"]["added"] == 3
    assert results["workers-register"] == results["full-register"]


def test_cli_add_cluster_unreachable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed")
    from materiel.compute import cluster  # optional: distributed (skipped above without it)

    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 2.0)
    doc = tmp_path / "a.txt"
    doc.write_text("Norway sold two frigates to Chile.", encoding="utf-8")
    res = CliRunner().invoke(app, ["add", str(doc), "--db", str(tmp_path / "s.db"), "--cluster", "tcp://127.0.0.1:9",
                                   "-q"])
    assert res.exit_code != 0
    assert "Dask scheduler" in res.output


def test_worker_processes_get_one_blas_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    runner = Processes(ExtractSpec(), workers=1)
    try:
        assert os.environ["OMP_NUM_THREADS"] == "1"
    finally:
        runner.close()
    assert "OMP_NUM_THREADS" not in os.environ
