"""Scoring the transfer register against gold rows: the lenient score of `score_transfers.py`
and the strict one-to-one score that materiel reports as its headline.

Gold rows (the format of `examples/gold.json` and `tests/fixtures/dev*/gold.json`) give alias lists
for supplier and recipient, item keywords, the accepted stages and factualities (default: asserted),
an optional exact quantity, optional attribution keywords, and `required` (default true).

**Lenient** (`match_lenient`, `score_lenient`): exactly what `../shared/examples/score_transfers.py`
prints, reimplemented here. A prediction matches a gold row when a supplier alias starts-and-ends a
word of the predicted supplier's name, id, text or (for states and their organs) country, *or of the
place of the transfer* (an empty alias also accepts a prediction without supplier); a recipient alias
one of the predicted recipient *or intermediary*; an item keyword starts a word of the item's text,
designation, name or category; the stage and factuality (default asserted) are among the accepted
ones; and the quantity, when the row gives one, is equal. Recall = required gold rows with at least
one matching prediction / required gold rows; precision = predictions matching at least one gold row,
required or not / predictions. So one gold row may be "found" by several predictions, each counted
right, and a prediction matching only an optional ("not judged") row counts as right.

**Strict** (`match_strict`, `score_strict`): one-to-one, exact roles, judged rows only.

- Only required gold rows take part; optional rows excuse nothing (a prediction that matches only an
  optional row is a false positive).
- A prediction matches a row strictly when it matches leniently *with exact roles*: the supplier alias
  must name the predicted supplier (not the place of the transfer) and the recipient alias the
  predicted recipient (not the intermediary). Item, stage, factuality and quantity as above.
- Within each document the pairs (gold row, prediction) that match form a bipartite graph; a maximum
  matching of it pairs each gold row with at most one prediction and each prediction with at most one
  gold row. tp = size of the matching, fp = predictions - tp, fn = required rows - tp;
  precision = tp / predictions, recall = tp / required rows, F1 their harmonic mean.

A duplicate (the same transfer twice) is thus one true and one false positive under the strict score
and two true positives under the lenient one.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from materiel.evaluation.base import Score

Pred = dict[str, Any]
Gold = dict[str, Any]


# --- the script's matching, reimplemented ---------------------------------------------------------

def _low(x: object) -> str:
    return x.lower() if isinstance(x, str) else ""


def actor_text(a: object) -> str:
    """Names an actor goes by; its country counts only for states and their organs."""
    if not a:
        return ""
    if isinstance(a, str):
        return a.lower()
    assert isinstance(a, dict)
    keys = ["name", "id", "text"]
    if a.get("kind") in (None, "state", "government_body"):
        keys.append("country")
    parts = [a.get(k) for k in keys] + list(a.get("aliases") or [])
    return " | ".join(_low(p) for p in parts if isinstance(p, str))


def place_text(p: Pred) -> str:
    w = p.get("where") or {}
    if isinstance(w, str):
        return w.lower()
    return " | ".join(_low(w.get(k)) for k in ("text", "name", "country"))


def item_text(p: Pred) -> str:
    it = p.get("item") or {}
    if isinstance(it, str):
        return it.lower()
    return " | ".join(_low(it.get(k)) for k in ("text", "designation", "name", "category"))


def any_in(keys: Iterable[str], text: str, whole_word: bool = False) -> bool:
    """True when a key starts a word of text (whole_word: and ends one, plural allowed)."""
    end = r"(?:s|es)?(?![a-z0-9])" if whole_word else ""
    return any(re.search(r"(?<![a-z0-9])" + re.escape(k.lower()) + end, text) for k in keys if k)


def _rest_matches(g: Gold, p: Pred) -> bool:
    """Item, stage, factuality and quantity: the same under both scores."""
    if not any_in(g["item"], item_text(p)):
        return False
    if _low(p.get("stage")) not in g["stage"]:
        return False
    if _low(p.get("factuality") or "asserted") not in g.get("factuality", ["asserted"]):
        return False
    return not ("quantity" in g and p.get("quantity") != g["quantity"])


def _no_supplier_ok(g: Gold, p: Pred) -> bool:
    return "" in g["supplier"] and not p.get("supplier")


def match_lenient(g: Gold, p: Pred) -> bool:
    """`matches` of score_transfers.py: supplier may be the place, recipient may be the intermediary."""
    supplier = actor_text(p.get("supplier")) + " | " + place_text(p)
    if not any_in(g["supplier"], supplier, True) and not _no_supplier_ok(g, p):
        return False
    if not any_in(g["recipient"], actor_text(p.get("recipient")) + " | " + actor_text(p.get("intermediary")), True):
        return False
    return _rest_matches(g, p)


def match_strict(g: Gold, p: Pred) -> bool:
    """Exact roles: the supplier alias names the supplier, the recipient alias the recipient."""
    if not any_in(g["supplier"], actor_text(p.get("supplier")), True) and not _no_supplier_ok(g, p):
        return False
    if not any_in(g["recipient"], actor_text(p.get("recipient")), True):
        return False
    return _rest_matches(g, p)


def describe(p: Pred) -> str:
    return (f"{actor_text(p.get('supplier'))[:30]} -> {actor_text(p.get('recipient'))[:30]} | "
            f"{item_text(p)[:40]} | {p.get('stage')} {p.get('factuality')} q={p.get('quantity')}")


def describe_gold(g: Gold) -> str:
    return f"{g['supplier'][0]} -> {g['recipient'][0]} | {g['item'][0]} | {g['stage']}"


# --- documents and their predictions ---------------------------------------------------------------

@dataclass
class Case:
    """One gold document: its rows and materiel's predictions (transfers as JSON dicts)."""

    name: str
    rows: list[Gold]
    preds: list[Pred] = field(default_factory=list)


def load_gold(gold_path: Path, only: str | None = None, limit: int | None = None) -> list[tuple[str, Path, date, list[Gold]]]:
    """(name, path, publication date, rows) of each document of a gold file (paths relative to it)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    docs = [(rel, gold_path.parent / rel, date.fromisoformat(d["published"]), d["rows"])
            for rel, d in gold["docs"].items() if not only or only in rel]
    return docs[:limit] if limit is not None else docs


# --- the scores ------------------------------------------------------------------------------------

@dataclass
class LenientScore(Score):
    """The script's two fractions: recall counts gold rows found, precision predictions that match,
    so tp/fp/fn of one confusion matrix do not describe it. Here tp = predictions matching a gold row,
    fp = the others, fn = required rows not found; `found` and `required` give the recall."""

    found: int = 0
    required: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 0.0


def score_lenient(cases: Iterable[Case], misses: list[str] | None = None) -> tuple[LenientScore, Score]:
    """The lenient score and the attribution score (matched rows that have attribution keywords whose
    matches carry one of them), as the script counts them."""
    s, attr = LenientScore("lenient"), Score("attribution")
    for c in cases:
        for p in c.preds:
            if any(match_lenient(g, p) for g in c.rows):
                s.tp += 1
            else:
                s.fp += 1
                if misses is not None:
                    misses.append(f"extra  {c.name}: {describe(p)}")
        for g in c.rows:
            hits = [p for p in c.preds if match_lenient(g, p)]
            if g.get("required", True):
                s.required += 1
                s.found += bool(hits)
                s.fn += not hits
                if not hits and misses is not None:
                    misses.insert(0, f"missed {c.name}: {describe_gold(g)}")
            if hits and "attribution" in g:
                ok = any(any_in(g["attribution"], json.dumps(p.get("attribution") or "").lower()) for p in hits)
                attr.tp += ok
                attr.fn += not ok
    return s, attr


def max_matching(edges: list[list[int]], n_right: int) -> int:
    """Size of a maximum bipartite matching; edges[i] lists the right nodes left node i may take
    (augmenting paths, Kuhn's algorithm: the graphs here are a few dozen nodes)."""
    owner = [-1] * n_right

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if owner[j] < 0 or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    return sum(augment(i, set()) for i in range(len(edges)))


def score_strict(cases: Iterable[Case]) -> Score:
    """One-to-one over required rows with exact roles (see the module docstring)."""
    s = Score("strict")
    for c in cases:
        required = [g for g in c.rows if g.get("required", True)]
        edges = [[j for j, p in enumerate(c.preds) if match_strict(g, p)] for g in required]
        tp = max_matching(edges, len(c.preds))
        s.tp += tp
        s.fp += len(c.preds) - tp
        s.fn += len(required) - tp
    return s


def lenient_flags(c: Case) -> list[bool]:
    """For each prediction: does it match some gold row leniently (what calibration counts as right)."""
    return [any(match_lenient(g, p) for g in c.rows) for p in c.preds]


def strict_false_positives(cases: Iterable[Case]) -> dict[str, int]:
    """Why predictions fail the strict score: "duplicate" (strictly matches a required row another
    prediction took), "optional only" (matches only rows not judged), "role" (the supplier is only the
    place or the recipient only the intermediary), "wrong" (matches no gold row even leniently)."""
    out = {"duplicate": 0, "optional only": 0, "role": 0, "wrong": 0}
    for c in cases:
        required = [g for g in c.rows if g.get("required", True)]
        matchable = 0
        for p in c.preds:
            if any(match_strict(g, p) for g in required):
                matchable += 1
            elif any(match_lenient(g, p) for g in required):
                out["role"] += 1
            elif any(match_lenient(g, p) for g in c.rows):
                out["optional only"] += 1
            else:
                out["wrong"] += 1
        out["duplicate"] += matchable - score_strict([c]).tp
    return out
