"""The register's review filters read the indexes made for them (migration 0010), on a SQLite store as
materiel leaves it (no ANALYZE: the planner has no statistics): the first page of a rare filter in order off
its partial index, every count off the narrow ix_records_review, and the default register and the review
queue still off their own indexes. bench/register_reviews.py measures them at 1,000,000 mentions."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from materiel.store import open_store
from materiel.store.db import Store
from materiel.store.filters import RegisterFilter, select_records
from materiel.store.reviews import queue


def plan(store: Store, q: Any) -> str:
    with store.read() as session:
        c = q.compile(store.engine, compile_kwargs={"render_postcompile": True})
        rows = session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + str(c),
                                                    tuple(c.params[k] for k in c.positiontup or ()))
        return " | ".join(r[-1] for r in rows)


@pytest.fixture
def store(tmp_path: Path) -> Any:
    with open_store(str(tmp_path / "store.db")) as s:
        yield s


@pytest.mark.parametrize(("review", "index"), [(None, "ix_records_order"), ("unreviewed", "ix_records_order"),
                                               ("reviewed", "ix_records_reviewed_order"),
                                               ("corrected", "ix_records_corrected_order")])
def test_a_page_is_read_in_order_off_its_index(store: Store, review: str | None, index: str) -> None:
    with store.read() as session:
        q = select_records(session, RegisterFilter(limit=100, review=review), scope=None)
    found = plan(store, q)
    assert f"USING INDEX {index}" in found and "TEMP B-TREE" not in found, found


@pytest.mark.parametrize("review", [None, "reviewed", "unreviewed", "corrected", "rejected"])
def test_a_count_reads_the_narrow_review_index(store: Store, review: str | None) -> None:
    with store.read() as session:
        q = select_records(session, RegisterFilter(review=review), scope=None).order_by(None)
    found = plan(store, select(func.count()).select_from(q.subquery()))
    assert "COVERING INDEX ix_records_review" in found, found


def test_the_queue_is_read_off_its_priority_index(store: Store) -> None:
    found = plan(store, queue(scope=None).limit(20))
    assert found.startswith("SCAN records USING INDEX ix_records_review_priority"), found  # ties: sorted by id
