"""The BBC News measurement (bench/bbc_records.py): records per BBC category on general news.

Slow (the whole set, about two minutes): run with `pytest -m slow tests/test_bbc_records.py`. Reads the
articles from the shared folder and skips with a message when they are absent."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from _gold import SHARED
from _helpers import load_script

BENCH = load_script("bench/bbc_records.py", "bbc_records")
SRC = BENCH.bbc_path(SHARED)


def test_article_of_a_source(tmp_path: Path) -> None:
    src = tmp_path / "x.jsonl"
    src.write_text('{"id": "tech/001", "text": "a"}\n\n{"id": "sport/002", "text": "b"}\n', encoding="utf-8")
    ids = BENCH.article_ids(src)
    assert ids == {1: "tech/001", 3: "sport/002"}
    assert BENCH._article(f"{src}:3", ids) == "sport/002"
    assert BENCH._article(None, ids) == "?"


@pytest.fixture(scope="module")
def result() -> dict[str, Any]:
    if not SRC.exists():
        pytest.skip(f"the BBC News set is not at {SRC}")
    out: dict[str, Any] = BENCH.measure(SRC)
    return out


@pytest.mark.slow
def test_every_article_read(result: dict[str, Any]) -> None:
    assert result["articles"] == 2225 and result["failed"] == 0
    assert result["added"] + result["skipped"] == result["articles"]
    assert sum(result["per_category"].values()) == result["records"]
    assert all(x["category"] in BENCH.CATEGORIES for x in result["list"])


@pytest.mark.slow
def test_no_civilian_records(result: dict[str, Any]) -> None:
    """General news gives no civil deal as a record (issue 12): none in sport, entertainment and tech, at
    most two in business (the 2026-12-02 figure before materiel.extraction.civil: 17 records, 14 in business)."""
    per = result["per_category"]
    assert per["sport"] == per["entertainment"] == per["tech"] == 0, result["list"]
    assert per["business"] <= 2, result["list"]
    assert result["records"] <= 5, result["list"]
