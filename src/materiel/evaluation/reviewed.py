"""`materiel evaluate reviewed`: the current rules scored against the analysts' decisions, the team's own
growing test set (see `materiel.store.review_gold` for how decisions become gold rows).

Each document with a reviewed mention is extracted again from its stored text with the current rules and
scored as the gold sets are (strict one-to-one first, lenient beside it; `materiel.evaluation.transfers`)
against its accepted and corrected rows. A prediction that matches only a mention nobody has reviewed is
not judged (left out of both scores). The rejected mentions are the `negatives` score: tp = rejected rows
the rules no longer produce, fn = those they still produce (strictly matched), so its recall is the share
of the analysts' rejections that the rules have learnt.
"""
from __future__ import annotations

import json
from datetime import date
from typing import Any

from materiel.evaluation.base import Score, SetResult
from materiel.evaluation.goldsets import result
from materiel.evaluation.transfers import Case, Gold, Pred, match_lenient, match_strict
from materiel.extraction.pipeline import get_extractor
from materiel.sources.document import Document

NOTE = ("reviewed mentions of the store: strict = one-to-one over accepted and corrected rows, exact roles; "
        "lenient = as score_transfers.py counts; predictions matching only unreviewed mentions are not judged; "
        "negatives: rejected rows no longer produced (tp) or still produced (fn)")


def judged(preds: list[Pred], rows: list[Gold], unreviewed: list[Gold]) -> list[Pred]:
    """The predictions that a reviewed row, or no row at all, speaks about."""
    return [p for p in preds if any(match_lenient(g, p) for g in rows) or not any(match_lenient(u, p) for u in unreviewed)]


def case_of(key: str, entry: dict[str, Any], preds: list[Pred], negatives: Score) -> Case:
    rows = [g for g in entry["rows"] if not g.get("unreviewed")]
    kept = judged(preds, rows, [g for g in entry["rows"] if g.get("unreviewed")])
    for n in entry.get("negatives", []):
        still = any(match_strict(n, p) for p in kept)
        negatives.tp += not still
        negatives.fn += still
    return Case(key, rows, kept)


def score(gold: dict[str, Any], texts: dict[str, str]) -> SetResult:
    """Extract each gold document from `texts` ({document id: text}) and score it."""
    ex = get_extractor()
    cases, negatives, missing = [], Score("negatives"), 0
    for key, entry in gold["docs"].items():
        text = texts.get(key.removesuffix(".txt"))
        if text is None:
            missing += 1
            continue
        published = date.fromisoformat(entry["published"])
        report = ex.extract(Document(text=text, source=key, title=entry.get("title"), published=published),
                            published=published)
        cases.append(case_of(key, entry, [json.loads(t.model_dump_json()) for t in report.transfers], negatives))
    note = NOTE + (f"; {missing} document(s) of the gold file not in the store (or not readable)" if missing else "")
    out = result("reviewed", "all", cases, note)
    out.scores.append(negatives)
    if not gold["docs"]:
        out.skipped = "no reviewed mention yet: review some (materiel review next) first"
    return out
