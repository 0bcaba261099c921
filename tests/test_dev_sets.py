"""Regression floors on the transfer gold sets: materiel's own development sets (original articles
written for the project, tests/fixtures/dev*/) and the shared examples and real-dev articles (read from
../shared, never copied here), extracted in this process and scored by materiel's scorer
(`materiel.evaluation.transfers`). Each set must reach the floors of tests/floors.toml, strict and lenient."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from _gold import need

from materiel.evaluation.base import default_root
from materiel.evaluation.goldsets import GOLD_SETS, extract_cases, gold_file, result

FLOORS = tomllib.loads((Path(__file__).with_name("floors.toml")).read_text(encoding="utf-8"))
# a few seconds each in one process with the model loaded; real-dev (30 long articles) runs with -m slow
SLOW = {"real-dev"}


def test_every_gold_set_has_floors() -> None:
    assert set(FLOORS) == set(GOLD_SETS)
    for name, floors in FLOORS.items():
        for kind in ("strict", "lenient"):
            assert abs(floors[kind]["measured"] - 0.03 - floors[kind]["floor"]) < 1e-9, (name, kind)


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.slow) if n in SLOW else n for n in GOLD_SETS])
def test_gold_set_f1_at_or_above_its_floors(name: str) -> None:
    path = gold_file(name, default_root())
    assert path is not None, "no checkout with tests/fixtures found"
    need(path, f"the gold set {name}")
    r = result(name, "dev", extract_cases(path), "")
    got = {s.name: round(s.f1, 3) for s in r.scores}
    for kind in ("strict", "lenient"):
        assert got[kind] >= FLOORS[name][kind]["floor"], (
            f"{name} {kind} F1 {got[kind]} under its floor {FLOORS[name][kind]['floor']}\n" + "\n".join(r.misses[:20]))
