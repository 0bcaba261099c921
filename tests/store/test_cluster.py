"""`add --cluster`: the same extraction on a real Dask LocalCluster (two worker processes), one of
which is killed mid-run: every document is stored exactly once and the register equals a local run."""
from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

import pytest
from test_workers import register_of

from materiel.compute.spec import ExtractSpec
from materiel.sources.document import Document
from materiel.sources.incoming import Incoming
from materiel.store import open_store
from materiel.store.ingest import ADDED, Outcome, add_items

distributed = pytest.importorskip("distributed", reason="Dask distributed is not installed (pip install 'materiel[cluster]')")

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _corpus(n: int = 10) -> list[Incoming]:
    """The first n fixture documents (the short ones of dev/): five batches of two, enough for a worker to die
    with a batch in hand and the rest to go on; the extraction itself is compared at length elsewhere."""
    paths = sorted(FIXTURES.glob("dev*/*.txt"))[:n]
    return [Incoming(Document(text=p.read_text(encoding="utf-8"), source=p.name), publisher="Wire") for p in paths]


def test_cluster_run_survives_a_killed_worker_and_matches_a_local_run(db: str, tmp_path: Path) -> None:
    items = _corpus()
    spec = ExtractSpec(None, prefilter=True)
    local = open_store(str(tmp_path / "local.db"))
    assert add_items(local, items, collection="c", extract=spec).added == len(items)

    cluster = distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None,
                                       worker_class=distributed.Nanny)
    client = distributed.Client(cluster)
    store = open_store(db)
    killed: list[int] = []
    outcomes: list[Outcome] = []

    def on_item(out: Outcome) -> None:
        outcomes.append(out)
        if not killed:  # after the first result: kill one worker process outright
            pids: dict[str, Any] = client.run(os.getpid)
            victim = min(pids.values())
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)

    try:
        summary = add_items(store, items, collection="c", extract=spec, on_item=on_item,
                            cluster=cluster.scheduler_address, batch_size=2)
        assert killed and killed[0] not in client.run(os.getpid).values()  # that worker is gone (its nanny restarted one)
        assert summary.added == len(items) and not summary.failed, summary.as_dict()
        assert [o.status for o in outcomes] == [ADDED] * len(items)
        assert register_of(store) == register_of(local)
        again = add_items(store, items, collection="c", extract=spec, cluster=cluster.scheduler_address)
        assert again.added == 0 and len(again.skipped) == len(items)
    finally:
        store.close()
        local.close()
        client.close()
        cluster.close()
