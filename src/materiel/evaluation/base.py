"""What every evaluator returns, the registry, and the shared scoring helpers."""
from __future__ import annotations

import importlib
import os
import pkgutil
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

Evaluator = Callable[[Path, str, "int | None"], "SetResult"]
EVALUATORS: dict[str, Evaluator] = {}
ORDER = ["examples", "real-dev", "dev", "dev2", "dev3", "re3d", "geneva", "rams", "wikievents", "plover-gsr",
         "conflibert-cameo", "petrarch-unittests"]


@dataclass
class Score:
    """Counts for one measured dimension (an entity type, an argument role, a match mode)."""

    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


@dataclass
class SetResult:
    set: str
    split: str
    documents: int = 0
    scores: list[Score] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    note: str = ""
    skipped: str | None = None

    def score(self, name: str) -> Score:
        for s in self.scores:
            if s.name == name:
                return s
        s = Score(name)
        self.scores.append(s)
        return s

    def as_dict(self) -> dict[str, object]:
        return {"set": self.set, "split": self.split, "documents": self.documents,
                "scores": [s.as_dict() for s in self.scores], "misses": self.misses,
                "note": self.note, "skipped": self.skipped}


def register(name: str) -> Callable[[Evaluator], Evaluator]:
    def deco(fn: Evaluator) -> Evaluator:
        EVALUATORS[name] = fn
        return fn
    return deco


def default_root() -> Path:
    """`MATERIEL_EVAL`, else `../shared/eval` from the working directory, else beside the checkout."""
    env = os.environ.get("MATERIEL_EVAL")
    if env:
        return Path(env)
    for base in (Path.cwd(), Path(__file__).resolve().parents[3]):
        cand = base.parent / "shared" / "eval"
        if cand.is_dir():
            return cand
    return Path.cwd().parent / "shared" / "eval"


def load_all() -> None:
    for mod in pkgutil.iter_modules([str(Path(__file__).resolve().parent)]):
        if mod.name != "base":
            importlib.import_module(f"materiel.evaluation.{mod.name}")


def run_sets(names: list[str] | None, root: Path, split: str, limit: int | None) -> list[SetResult]:
    load_all()
    wanted = names or [n for n in ORDER if n in EVALUATORS] + sorted(set(EVALUATORS) - set(ORDER))
    out = []
    for name in wanted:
        fn = EVALUATORS.get(name)
        if fn is None:
            out.append(SetResult(name, split, skipped=f"unknown set (known: {', '.join(sorted(EVALUATORS))})"))
            continue
        out.append(fn(root, split, limit))
    return out


def missing(root: Path, folder: str, name: str, split: str) -> SetResult | None:
    """The skip result when a set's folder is absent, else None."""
    path = root / folder
    if not path.is_dir():
        return SetResult(name, split, skipped=f"{path} not found (gold sets live in the shared folder)")
    return None


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
