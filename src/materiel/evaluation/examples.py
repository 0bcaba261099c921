"""The examples' transfer register, scored exactly as `examples/score_transfers.py` scores it.

The shared scorer's own `matches` is imported from the shared folder (it is not copied), so the
figures here are the same as the script's. Split: the examples have none; both splits use all
documents. `materiel`'s own development sets (tests/fixtures/dev*) are scored the same way with
`materiel evaluate examples --gold FILE` semantics via `score_gold`.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

from materiel.evaluation.base import SetResult, register
from materiel.extraction.pipeline import get_extractor
from materiel.sources.readers import read_path


def _scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("materiel_shared_scorer", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_gold(gold_path: Path, scorer_path: Path, name: str, split: str, limit: int | None) -> SetResult:
    scorer = _scorer(scorer_path)
    gold: dict[str, Any] = json.loads(gold_path.read_text(encoding="utf-8"))
    result = SetResult(name, split, note=f"{gold_path}: rows matched as score_transfers.py matches them; "
                                         "no split (all documents)")
    reg, rows = result.score("register"), result.score("attribution")
    ex = get_extractor()
    for rel, doc in list(gold["docs"].items())[:limit]:
        document = read_path(gold_path.parent / rel)
        report = ex.extract(document, published=_date(doc["published"]))
        pred = [json.loads(t.model_dump_json()) for t in report.transfers]
        result.documents += 1
        for p in pred:
            if any(scorer.matches(g, p) for g in doc["rows"]):
                reg.tp += 1
            else:
                reg.fp += 1
                result.misses.append(f"FP {rel}: {scorer.describe(p)}")
        for g in doc["rows"]:
            hits = [p for p in pred if scorer.matches(g, p)]
            if g.get("required", True) and not hits:
                reg.fn += 1
                result.misses.insert(0, f"MISS {rel}: {g['supplier'][0]} -> {g['recipient'][0]} | "
                                        f"{g['item'][0]} | {g['stage']}")
            if hits and "attribution" in g:
                ok = any(scorer.any_in(g["attribution"], json.dumps(p.get("attribution") or "").lower())
                         for p in hits)
                rows.tp += ok
                rows.fn += not ok
    # the script counts a prediction matching an optional row as correct, a miss only for required rows
    result.misses = result.misses[:15]
    return result


def _date(value: str):  # noqa: ANN202
    from datetime import date

    return date.fromisoformat(value)


@register("examples")
def evaluate(root: Path, split: str, limit: int | None) -> SetResult:
    examples = root.parent / "examples"
    gold, scorer = examples / "gold.json", examples / "score_transfers.py"
    if not gold.exists() or not scorer.exists():
        return SetResult("examples", split, skipped=f"{examples} not found (the examples live in the shared folder)")
    return score_gold(gold, scorer, "examples", split, limit)
