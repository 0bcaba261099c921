"""Regression guard on materiel's own development sets (original articles written for the project,
under tests/fixtures/dev*/), scored by the shared example scorer."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("MATERIEL_SHARED", HERE.parents[1] / "shared"))
SCORER = SHARED / "examples" / "score_transfers.py"
SETS = sorted(p for p in (HERE / "fixtures").glob("dev*/gold.json"))


@pytest.mark.skipif(not SCORER.exists(), reason=f"the shared scorer is not at {SCORER}")
@pytest.mark.parametrize("gold", SETS, ids=[p.parent.name for p in SETS])
def test_dev_set_f1(gold: Path) -> None:
    env = dict(os.environ, MATERIEL_CMD=f"{sys.executable} -m materiel.cli")
    out = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), "--min-f1", "0.80"],
                         capture_output=True, text=True, env=env, timeout=1200)
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
