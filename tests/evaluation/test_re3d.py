"""The re3d evaluator: counts on an invented fixture in re3d's format, the skip, and a sample of the real set."""
from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from materiel.evaluation import default_root
from materiel.evaluation.re3d import evaluate, split_of

DEV_TEXT = ("Russia delivered 40 T-90 tanks to Syria in March 2015. "
            "Rebels fired rockets at Aleppo, said Ahmed Hassan.")
TEST_TEXT = "Officials said Iran bought drones."


def _id(split: str) -> str:
    return next(f"fixture-{i}" for i in itertools.count() if split_of(f"fixture-{i}") == split)


def _ent(text: str, value: str, type_: str, confidence: float = 1.0) -> dict[str, Any]:
    start = text.index(value)
    return {"start": start, "end": start + len(value), "type": type_, "value": value, "confidence": confidence}


def _write(folder: Path) -> None:
    folder.mkdir(parents=True)
    dev = [_ent(DEV_TEXT, "Russia", "Organisation"),
           _ent(DEV_TEXT, "T-90 tanks", "MilitaryPlatform"),
           _ent(DEV_TEXT, "Syria", "Location"),
           _ent(DEV_TEXT, "in March 2015", "Temporal"),  # exact miss, overlap hit ("March 2015")
           _ent(DEV_TEXT, "Rebels", "Organisation"),  # missed
           _ent(DEV_TEXT, "rockets", "Weapon", 0.9),
           _ent(DEV_TEXT, "fired rockets", "Weapon", 0.2),  # below the threshold: not gold
           _ent(DEV_TEXT, "Ahmed Hassan", "Person")]
    test = [_ent(TEST_TEXT, "drones", "MilitaryPlatform")]
    records = [{"id": _id("dev"), "source": "fixture", "title": "t", "url": "", "text": DEV_TEXT,
                "entities": dev, "relations": []},
               {"id": _id("test"), "source": "fixture", "title": "t", "url": "", "text": TEST_TEXT,
                "entities": test, "relations": []}]
    (folder / "re3d.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def _counts(result: Any, name: str) -> tuple[int, int, int]:
    s = result.score(name)
    return s.tp, s.fp, s.fn


def test_fixture_counts(tmp_path: Path) -> None:
    _write(tmp_path / "re3d")
    dev = evaluate(tmp_path, "dev", None)
    assert dev.skipped is None and dev.documents == 1
    assert _counts(dev, "MilitaryPlatform exact") == (1, 0, 0)
    assert _counts(dev, "Weapon exact") == (1, 0, 0)
    assert _counts(dev, "Person exact") == (1, 0, 0)
    assert _counts(dev, "Location exact") == (1, 0, 0)
    assert _counts(dev, "Temporal exact") == (0, 1, 1)
    assert _counts(dev, "Temporal overlap") == (1, 0, 0)
    assert _counts(dev, "Organisation exact")[::2] == (1, 1)
    micro = dev.score("micro overlap")
    assert micro.tp + micro.fn == 7
    assert any('MISS Organisation "Rebels"' in m for m in dev.misses)
    assert "sha256" in dev.note and "0.5" in dev.note
    test = evaluate(tmp_path, "test", None)
    assert test.documents == 1
    assert _counts(test, "MilitaryPlatform exact") == (1, 0, 0)


def test_skip_when_absent(tmp_path: Path) -> None:
    result = evaluate(tmp_path, "dev", None)
    assert result.skipped and "not found" in result.skipped
    assert result.scores == []


def test_real_set_sample() -> None:
    root = default_root()
    if not (root / "re3d").is_dir():
        pytest.skip(f"re3d not found under {root} (set MATERIEL_EVAL or provide ../shared/eval)")
    result = evaluate(root, "dev", 5)
    assert result.skipped is None and result.documents == 5
    assert result.scores and result.score("micro overlap").tp > 0
    assert len(result.misses) <= 15
