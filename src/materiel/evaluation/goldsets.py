"""The transfer-register gold sets: `examples` and `real-dev` (in the shared folder, never copied into
the repository) and materiel's own development sets `dev`, `dev2`, `dev3` (tests/fixtures/).

Each is extracted in this process (one model load) and scored by `materiel.evaluation.transfers`:
the strict one-to-one score first (the headline), the lenient score of `score_transfers.py` beside it,
then attribution. The sets have no split: both splits use every document.
"""
from __future__ import annotations

import json
from pathlib import Path

from materiel.evaluation.base import SetResult, register
from materiel.evaluation.transfers import Case, load_gold, score_lenient, score_strict, strict_false_positives
from materiel.extraction.pipeline import get_extractor
from materiel.sources.readers import read_path

# set -> (where it lives: "shared" beside the checkout or "repo" in it, gold file within)
GOLD_SETS: dict[str, tuple[str, str]] = {
    "examples": ("shared", "examples/gold.json"),
    "real-dev": ("shared", "examples/real-dev/gold.json"),
    "dev": ("repo", "tests/fixtures/dev/gold.json"),
    "dev2": ("repo", "tests/fixtures/dev2/gold.json"),
    "dev3": ("repo", "tests/fixtures/dev3/gold.json"),
    "dev4": ("repo", "tests/fixtures/dev4/gold.json"),  # held out until dev5; a development set since; not in the fit
    "dev5": ("repo", "tests/fixtures/dev5/gold.json"),  # held out until dev6; a development set since; not in the fit
    "dev6": ("repo", "tests/fixtures/dev6/gold.json"),  # held out until dev7; a development set since; not in the fit
    "dev7": ("repo", "tests/fixtures/dev7/gold.json"),  # held out until dev8; a development set since; not in the fit
    "dev8": ("repo", "tests/fixtures/dev8/gold.json"),  # held out until dev9; a development set since; not in the fit
    "dev9": ("repo", "tests/fixtures/dev9/gold.json"),  # held out until dev10; a development set since; not in the fit
    "dev10": ("repo", "tests/fixtures/dev10/gold.json"),  # held out until dev11; a development set since; not in the fit
    "dev11": ("repo", "tests/fixtures/dev11/gold.json"),  # held out until dev12; a development set since; not in the fit
    "dev12": ("repo", "tests/fixtures/dev12/gold.json"),  # held out until dev13; a development set since; not in the fit
    "dev13": ("repo", "tests/fixtures/dev13/gold.json"),  # held out until dev14; a development set since; not in the fit
    "dev14": ("repo", "tests/fixtures/dev14/gold.json"),  # held out until dev16; a development set since; not in the fit
    "dev15": ("repo", "tests/fixtures/dev15/gold.json"),  # held out until dev18; a development set since; not in the fit
    "dev16": ("repo", "tests/fixtures/dev16/gold.json"),  # held out until dev19; a development set since; not in the fit
    "dev17": ("repo", "tests/fixtures/dev17/gold.json"),  # held out until dev20; a development set since; not in the fit
    "dev18": ("repo", "tests/fixtures/dev18/gold.json"),  # held out until dev21; a development set since; not in the fit
    "dev19": ("repo", "tests/fixtures/dev19/gold.json"),  # held out until dev23; a development set since; not in the fit
    "dev20": ("repo", "tests/fixtures/dev20/gold.json"),  # held out until dev24; a development set since; not in the fit
    "dev21": ("repo", "tests/fixtures/dev21/gold.json"),  # held out until dev25; a development set since; not in the fit
    "dev22": ("repo", "tests/fixtures/dev22/gold.json"),  # written blind, scored first; a development set; not in the fit
    "dev23": ("repo", "tests/fixtures/dev23/gold.json"),  # held out until dev26; a development set since; not in the fit
    "dev24": ("repo", "tests/fixtures/dev24/gold.json"),  # held out until dev27; a development set since; not in the fit
    "dev25": ("repo", "tests/fixtures/dev25/gold.json"),  # held out until dev28; a development set since; not in the fit
    "dev26": ("repo", "tests/fixtures/dev26/gold.json"),  # held out until dev29; a development set since; not in the fit
    "dev27": ("repo", "tests/fixtures/dev27/gold.json"),  # held out until dev30; a development set since; not in the fit
    "dev28": ("repo", "tests/fixtures/dev28/gold.json"),  # held out until dev31; a development set since; not in the fit
    "dev29": ("repo", "tests/fixtures/dev29/gold.json"),  # held out until dev32; a development set since; not in the fit
    "dev30": ("repo", "tests/fixtures/dev30/gold.json"),  # held out until dev33; a development set since; not in the fit
    "dev31": ("repo", "tests/fixtures/dev31/gold.json"),  # held out until dev36; a development set since; not in the fit
    "dev32": ("repo", "tests/fixtures/dev32/gold.json"),  # held out until dev37; a development set since; not in the fit
    "dev33": ("repo", "tests/fixtures/dev33/gold.json"),  # held out until dev38; a development set since; not in the fit
    "dev34": ("repo", "tests/fixtures/dev34/gold.json"),  # scored on arrival; a development set from session 33; not in the fit
    "dev35": ("repo", "tests/fixtures/dev35/gold.json"),  # scored on arrival; a development set from session 33; not in the fit
    "dev36": ("repo", "tests/fixtures/dev36/gold.json"),  # held out until dev39; a development set since; not in the fit
    "dev37": ("repo", "tests/fixtures/dev37/gold.json"),  # held out until dev40; a development set since; not in the fit
    "dev38": ("repo", "tests/fixtures/dev38/gold.json"),  # held out: never tuned on, not in the calibration fit
    "dev39": ("repo", "tests/fixtures/dev39/gold.json"),  # held out: never tuned on, not in the calibration fit
    "dev40": ("repo", "tests/fixtures/dev40/gold.json"),  # held out: never tuned on, not in the calibration fit
}


def repo_root() -> Path | None:
    """The checkout holding tests/fixtures: the working directory or a parent of this file."""
    for base in [Path.cwd(), *Path(__file__).resolve().parents]:
        if (base / "tests" / "fixtures").is_dir() and (base / "pyproject.toml").exists():
            return base
    return None


def gold_file(name: str, root: Path) -> Path | None:
    """The gold file of set `name`; `root` is the shared eval folder (../shared/eval), so the shared
    examples are `root.parent / "examples"`."""
    where, rel = GOLD_SETS[name]
    base = root.parent if where == "shared" else repo_root()
    return base / rel if base is not None else None


def extract_cases(gold_path: Path, only: str | None = None, limit: int | None = None) -> list[Case]:
    """Every document of a gold file with materiel's transfers (as `extract --json` prints them)."""
    ex = get_extractor()
    cases = []
    for rel, path, published, rows in load_gold(gold_path, only, limit):
        report = ex.extract(read_path(path), published=published)
        cases.append(Case(rel, rows, [json.loads(t.model_dump_json()) for t in report.transfers]))
    return cases


def result(name: str, split: str, cases: list[Case], note: str) -> SetResult:
    fps = strict_false_positives(cases)
    why = ", ".join(f"{n} {k}" for k, n in fps.items() if n)
    r = SetResult(name, split, documents=len(cases), note=note + (f"; strict false positives: {why}" if why else ""))
    lenient, attribution = score_lenient(cases, r.misses)
    r.scores = [score_strict(cases), lenient, attribution]
    return r


def evaluate_set(name: str, root: Path, split: str, limit: int | None, only: str | None = None) -> SetResult:
    path = gold_file(name, root)
    if path is None or not path.exists():
        return SetResult(name, split, skipped=f"{path or GOLD_SETS[name][1]} not found "
                                              "(the examples and real-dev live in the shared folder)")
    note = (f"{path}: strict = one-to-one over required rows, exact roles; lenient = as "
            "score_transfers.py counts (see materiel.evaluation.transfers); no split")
    return result(name, split, extract_cases(path, only, limit), note)


def _register(name: str) -> None:
    @register(name)
    def evaluate(root: Path, split: str, limit: int | None) -> SetResult:
        return evaluate_set(name, root, split, limit)


for _name in GOLD_SETS:
    _register(_name)
