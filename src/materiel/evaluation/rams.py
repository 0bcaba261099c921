"""RAMS (Ebner et al. 2020): transfer events scored per given trigger, argument F1 by role (the scoring
shared with `wikievents` is in `triggers` and `trigger_scoring`)."""
from __future__ import annotations

import re
from pathlib import Path

from materiel.evaluation.base import SetResult, missing, register
from materiel.evaluation.trigger_scoring import Scorer
from materiel.evaluation.triggers import Arg, Event, Mapping, Record, Sample, join_tokens, jsonl, note, select


def _event(rec: Record) -> Event:
    (ts, te, [[etype, _]]) = rec["evt_triggers"][0]
    args = [Arg(re.sub(r"^evt\d+arg\d+", "", role), [(a[0], a[1] + 1)], "") for _, a, role in rec["gold_evt_links"]]
    return Event(rec["doc_key"], etype, (ts, te + 1), args)


@register("rams")
def evaluate(root: Path, split: str, limit: int | None) -> SetResult:
    skip = missing(root, "rams", "rams", split)
    if skip:
        return skip
    folder = root / "rams"
    if not (folder / f"{split}.jsonlines").is_file():
        return SetResult("rams", split, skipped=f"{folder / f'{split}.jsonlines'} not found (splits: dev, test)")
    result = SetResult("rams", split, note=note("RAMS", "a row at a trigger of an unmapped type", limit))
    records = jsonl(folder / f"{split}.jsonlines")
    arms = {r["doc_key"] for r in jsonl(folder / "arms.jsonl") if r.get("split") == split} \
        if (folder / "arms.jsonl").is_file() else set()
    samples: dict[str, Sample] = {}
    for rec, prefixes in select(records, "doc_key", arms, limit):
        text, offsets = join_tokens(rec["sentences"])
        event = _event(rec)
        event.prefixes = prefixes
        for arg in event.args:
            arg.text = text[offsets[arg.spans[0][0]][0]:offsets[arg.spans[0][1] - 1][1]]
        samples.setdefault(text, Sample(text, offsets)).events.append(event)
        result.documents += 1
    Scorer(result, Mapping.load("rams")).run(list(samples.values()))
    return result
