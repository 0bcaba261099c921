"""Measured accuracy on public gold sets kept outside the repository (`../shared/eval`).

Each set has a module here that registers one evaluator with `@register(name)`. An evaluator
reads the set from the folder it is given, runs materiel on it and returns a `SetResult`; when
the folder is absent it returns a result whose `skipped` says why. The mapping from each set's
ontology to ours is a data file under `materiel/lexicon/data/eval/`. The transfer-register gold sets
(`examples`, `real-dev`, `dev`, `dev2`, `dev3`) are in `goldsets`, scored by `transfers` (strict
one-to-one and lenient); `calibrate` measures and fits confidence.
"""
from __future__ import annotations

from materiel.evaluation.base import EVALUATORS, Score, SetResult, default_root, register, run_sets

__all__ = ["EVALUATORS", "Score", "SetResult", "default_root", "register", "run_sets"]
