"""The review benchmarks (bench/register_reviews.py, bench/reextract.py) run at a small size and print their
figures: a smoke test, the figures themselves are the README's."""
from __future__ import annotations

from pathlib import Path

import pytest

from _helpers import ROOT, load_script

REGISTER = load_script("bench/register_reviews.py", "register_reviews")
REEXTRACT = load_script("bench/reextract.py", "bench_reextract")
BBC = ROOT.parent / "shared" / "eval" / "bbc-news" / "bbc.jsonl"


def test_the_register_benchmark_builds_a_reviewed_store_and_times_each_filter(capsys: pytest.CaptureFixture[str]) -> None:
    assert REGISTER.main(["--mentions", "1000", "--runs", "1"]) == 0
    out = capsys.readouterr().out
    assert "1,000 mentions" in out and "reviews: 2.0% accepted, 0.5% corrected, 0.5% rejected" in out
    for name in ("(no review filter): page+total", "--review reviewed: page", "--review rejected: page+total",
                 "review queue: page"):
        assert name in out


def test_the_reextract_benchmark_skips_without_the_bbc_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert REEXTRACT.main(["--shared", str(tmp_path)]) == 0
    assert "skipped:" in capsys.readouterr().out


@pytest.mark.slow
@pytest.mark.skipif(not BBC.is_file(), reason=f"{BBC} not found (the BBC News set lives in the shared folder)")
def test_the_reextract_benchmark_reviews_and_reextracts(capsys: pytest.CaptureFixture[str]) -> None:
    assert REEXTRACT.main(["--docs", "24", "--reviews", "4", "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert "24 BBC articles read" in out and "4 mentions reviewed" in out
    (row,) = [line.split() for line in out.splitlines() if line.strip().startswith("1 ")]
    assert (row[1], row[5], row[6], row[7]) == ("24", "4", "0", "0")  # documents; kept, moved, listed
