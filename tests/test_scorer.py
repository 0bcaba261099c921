"""materiel's transfer scorer: the lenient score is the one score_transfers.py prints (checked against
the script itself on an invented case), the strict score is one-to-one with exact roles."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from _gold import SHARED, need
from materiel.evaluation.goldsets import extract_cases, result
from materiel.evaluation.transfers import (
    Case,
    match_lenient,
    match_strict,
    max_matching,
    score_lenient,
    score_strict,
    strict_false_positives,
)


def state(name: str, iso3: str) -> dict[str, Any]:
    return {"id": iso3, "name": name, "kind": "state", "country": iso3}


def pred(supplier: dict[str, Any] | None, recipient: dict[str, Any], item: str, stage: str,
         quantity: int | None = None, where: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"supplier": supplier, "recipient": recipient, "intermediary": None, "where": where,
            "item": {"text": item, "designation": None, "category": "other"}, "stage": stage,
            "factuality": "asserted", "quantity": quantity, "attribution": None, "rule": "verb:supply:test",
            "confidence": 0.5}


def gold(supplier: list[str], recipient: list[str], item: list[str], stage: list[str], **kw: Any) -> dict[str, Any]:
    return {"supplier": supplier, "recipient": recipient, "item": item, "stage": stage, **kw}


# One invented document: Chile delivers howitzers to Peru (found twice), an optional row of Norway
# offering corvettes to Ghana (found once), a required row never found, and a spurious prediction.
ROWS = [
    gold(["Chile", "CHL"], ["Peru", "PER"], ["howitzer"], ["delivered"], quantity=12),
    gold(["Norway", "NOR"], ["Ghana", "GHA"], ["corvette"], ["offered"], required=False),
    gold(["Brazil", "BRA"], ["Angola", "AGO"], ["trainer aircraft"], ["ordered"]),
]
PREDS = [
    pred(state("Chile", "CHL"), state("Peru", "PER"), "12 towed howitzers", "delivered", 12),
    pred(state("Chile", "CHL"), state("Peru", "PER"), "howitzers", "delivered", 12),
    pred(state("Norway", "NOR"), state("Ghana", "GHA"), "two corvettes", "offered", 2),
    pred(state("Peru", "PER"), state("Chile", "CHL"), "rifles", "delivered"),
]


def test_strict_counts_each_gold_row_once_and_no_optional_row() -> None:
    s = score_strict([Case("doc.txt", ROWS, PREDS)])
    # one pair (row 0, a howitzer prediction); the duplicate, the optional match and the spurious row are wrong
    assert (s.tp, s.fp, s.fn) == (1, 3, 1)
    assert (round(s.precision, 2), round(s.recall, 2), round(s.f1, 2)) == (0.25, 0.5, 0.33)


def test_lenient_counts_duplicates_and_optional_matches_as_right() -> None:
    s, _ = score_lenient([Case("doc.txt", ROWS, PREDS)])
    assert (s.found, s.required, s.tp, s.fp) == (1, 2, 3, 1)
    assert (round(s.precision, 2), round(s.recall, 2), round(s.f1, 2)) == (0.75, 0.5, 0.6)


def test_strict_needs_exact_roles() -> None:
    row = gold(["Chile"], ["Peru"], ["howitzer"], ["delivered"])
    by_place = pred(None, state("Peru", "PER"), "howitzers", "delivered", where={"text": "Chile", "country": "CHL"})
    via_intermediary = dict(pred(state("Chile", "CHL"), state("Bolivia", "BOL"), "howitzers", "delivered"),
                            intermediary=state("Peru", "PER"))
    for p in (by_place, via_intermediary):
        assert match_lenient(row, p) and not match_strict(row, p)


def test_maximum_matching_is_not_greedy() -> None:
    # row 0 may take prediction 0 or 1, row 1 only prediction 0: greedy would pair one row, the maximum two
    assert max_matching([[0, 1], [0]], 2) == 2
    assert max_matching([[0], [0]], 1) == 1
    assert max_matching([[], [2]], 3) == 1


def test_lenient_score_is_what_score_transfers_prints(tmp_path: Path) -> None:
    scorer = need(SHARED / "examples" / "score_transfers.py", "the shared scorer score_transfers.py")
    (tmp_path / "doc.txt").write_text("An invented article.\n", encoding="utf-8")
    (tmp_path / "gold.json").write_text(json.dumps({"docs": {"doc.txt": {"published": "2024-01-01", "rows": ROWS}}}))
    stub = tmp_path / "stub.py"  # stands in for `materiel extract --json`: prints the fixed predictions
    stub.write_text(f"import json, sys\nprint(json.dumps({{'transfers': json.loads({json.dumps(PREDS)!r})}}))\n")
    out = subprocess.run([sys.executable, str(scorer), "--gold", str(tmp_path / "gold.json")], capture_output=True,
                         text=True, timeout=120, env={"MATERIEL_CMD": f"{sys.executable} {stub}", "PATH": ""})
    assert out.returncode == 0, out.stdout + out.stderr
    m = re.search(r"recall=([\d.]+) precision=([\d.]+) f1=([\d.]+)", out.stdout)
    assert m, out.stdout
    s, _ = score_lenient([Case("doc.txt", ROWS, PREDS)])
    assert tuple(float(x) for x in m.groups()) == (round(s.recall, 2), round(s.precision, 2), round(s.f1, 2))
    assert tuple(float(x) for x in m.groups()) == (0.5, 0.75, 0.6)


@pytest.mark.slow
def test_evaluate_dev_prints_what_score_transfers_prints() -> None:
    """On a whole set: `materiel evaluate dev --json` (lenient) and the script running `materiel extract`."""
    scorer = need(SHARED / "examples" / "score_transfers.py", "the shared scorer score_transfers.py")
    gold_path = Path(__file__).resolve().parent / "fixtures" / "dev" / "gold.json"
    env = dict(os.environ, MATERIEL_CMD=f"{sys.executable} -m materiel.cli")
    out = subprocess.run([sys.executable, str(scorer), "--gold", str(gold_path)], capture_output=True, text=True,
                         env=env, timeout=1800)
    m = re.search(r"recall=([\d.]+) precision=([\d.]+) f1=([\d.]+)", out.stdout)
    assert m, out.stdout[-2000:] + out.stderr[-2000:]
    r = result("dev", "dev", extract_cases(gold_path), "")
    s = next(s for s in r.scores if s.name == "lenient")
    assert tuple(float(x) for x in m.groups()) == (round(s.recall, 2), round(s.precision, 2), round(s.f1, 2))


def test_strict_false_positives_say_why() -> None:
    by_place = pred(None, state("Peru", "PER"), "howitzers", "delivered", 12, where={"text": "Chile", "country": "CHL"})
    fps = strict_false_positives([Case("doc.txt", ROWS, [*PREDS, by_place])])
    assert fps == {"duplicate": 1, "optional only": 1, "role": 1, "wrong": 1}
