"""End to end: the shared examples scored as `score_transfers.py` scores them (F1 >= 0.80)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(os.environ.get("MATERIEL_SHARED", Path(__file__).resolve().parents[2] / "shared"))
SCORER = SHARED / "examples" / "score_transfers.py"


@pytest.mark.skipif(not SCORER.exists(), reason=f"shared examples not found at {SCORER}")
def test_examples_register_f1() -> None:
    env = dict(os.environ, MATERIEL_CMD=f"{sys.executable} -m materiel.cli")
    out = subprocess.run([sys.executable, str(SCORER), "--min-f1", "0.80"], capture_output=True,
                         text=True, env=env, timeout=900)
    last = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else out.stderr
    assert out.returncode == 0, f"{last}\n{out.stdout[-3000:]}\n{out.stderr[-2000:]}"


def test_bundled_example_gives_rows() -> None:
    from materiel import extract

    text = (Path(__file__).resolve().parents[1] / "examples" / "arms-report.txt").read_text(encoding="utf-8")
    report = extract(text, published="2024-05-14")
    stages = {t.stage for t in report.transfers}
    assert {"requested", "ordered", "offered", "refused", "delivered"} <= stages
