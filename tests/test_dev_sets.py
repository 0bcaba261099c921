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
# Regression floors, a little under what each set measured when it was last tuned (see README).
FLOORS = {"dev": 0.85, "dev2": 0.60}


@pytest.mark.skipif(not SCORER.exists(), reason=f"the shared scorer is not at {SCORER}")
@pytest.mark.parametrize("gold", SETS, ids=[p.parent.name for p in SETS])
def test_dev_set_f1(gold: Path) -> None:
    env = dict(os.environ, MATERIEL_CMD=f"{sys.executable} -m materiel.cli")
    floor = FLOORS.get(gold.parent.name, 0.5)
    out = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), "--min-f1", str(floor)],
                         capture_output=True, text=True, env=env, timeout=1200)
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
