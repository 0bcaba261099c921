"""GENEVA (FrameNet-based event arguments): transfer frames scored against materiel's rows.

Gold events of the transfer types in `data/eval/geneva.toml` are compared with the rows whose
evidence lies in the event's sentence: event detection (a row with a compatible stage) and
argument F1 for supplier, recipient and item. The `arms.jsonl` subset is scored again under
dimension names prefixed "arms:".
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from materiel import lexicon
from materiel.evaluation.base import SetResult, missing, register
from materiel.extraction.pipeline import get_extractor
from materiel.record.models import Actor, Transfer
from materiel.sources.document import Document

ROLES = ("supplier", "recipient", "item")
FILES = {"dev": "val.json", "test": "test.json"}
MAX_MISSES = 15


@dataclass
class Sentence:
    record: dict[str, Any]
    start: int
    end: int
    arms: bool
    rows: list[Transfer] = field(default_factory=list)


def config() -> dict[str, Any]:
    return lexicon.toml("eval/geneva.toml")


def norm(text: str) -> str:
    """Lower case words only, padded, so that containment respects word boundaries."""
    return " " + " ".join(re.findall(r"\w+", text.lower())) + " "


def contains(a: str, b: str) -> bool:
    na, nb = norm(a), norm(b)
    return bool(na.strip() and nb.strip()) and (na in nb or nb in na)


def values(row: Transfer, role: str) -> list[str]:
    """The strings a predicted argument may match with: an actor's surface text and name, an item's
    text and designation."""
    if role == "item":
        return [v for v in (row.item.text, row.item.designation) if v]
    actor: Actor | None = getattr(row, role)
    return [actor.text, actor.name] if actor else []


def gold_args(event: dict[str, Any], cfg: dict[str, Any]) -> dict[str, list[str]]:
    roles = cfg["roles"].get(event["event_type"], {})
    out: dict[str, list[str]] = {r: [] for r in ROLES}
    for a in event["arguments"]:
        if a["role"] in roles:
            out[roles[a["role"]]].append(a["text"])
    return out


def load_sentences(folder: Path, split: str, limit: int | None) -> list[dict[str, Any]]:
    out = []
    with (folder / FILES[split]).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
                if limit is not None and len(out) >= limit:
                    break
    return out


def arms_ids(folder: Path) -> set[str]:
    path = folder / "arms.jsonl"
    if not path.is_file():
        return set()
    with path.open(encoding="utf-8") as fh:
        return {json.loads(line)["wnd_id"] for line in fh if line.strip()}


def extract(records: list[dict[str, Any]], arms: set[str]) -> list[Sentence]:
    """Runs materiel once per GENEVA document (its sentences joined by blank lines, as tokenized
    in the set) and hands each row to the sentence its evidence lies in."""

    ex = get_extractor()
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rec in records:
        by_doc[rec["doc_id"]].append(rec)
    out: list[Sentence] = []
    for recs in by_doc.values():
        sents, pos = [], 0
        for rec in recs:
            sents.append(Sentence(rec, pos, pos + len(rec["sentence"]), rec["wnd_id"] in arms))
            pos += len(rec["sentence"]) + 2
        text = "\n\n".join(r["sentence"] for r in recs)
        report = ex.report(Document(text=text, source=recs[0]["doc_id"]), ex.nlp(text))
        for row in report.transfers:
            ev = (row.evidence.start, row.evidence.end)
            best = max(sents, key=lambda s: min(ev[1], s.end) - max(ev[0], s.start))
            best.rows.append(row)
        out.extend(sents)
    return out


def _key(vals: list[str], role: str) -> str:
    """One count per predicted value: an actor by its name, an item by its text."""
    return vals[0] if role == "item" else vals[-1]


def _row_text(row: Transfer) -> str:
    s, r = row.supplier, row.recipient
    return f'{s.name if s else "?"} -> {r.name if r else "?"} "{row.item.text}" {row.stage}'


def score_sentence(sent: Sentence, cfg: dict[str, Any], result: SetResult, prefix: str,
                   misses: list[tuple[int, str]]) -> None:
    rec, rows = sent.record, sent.rows
    events = [e for e in rec["event_mentions"] if e["event_type"] in cfg["stages"]]
    golds = [gold_args(e, cfg) for e in events]
    where = f'in {rec["wnd_id"]}: {rec["sentence"][:90]}'
    rank = 0 if sent.arms else 10

    def ok(row: Transfer, i: int) -> bool:
        return row.stage in cfg["stages"][events[i]["event_type"]]

    def hits(row: Transfer, i: int) -> int:
        return sum(any(contains(v, g) for v in values(row, role) for g in golds[i][role]) for role in ROLES)

    in_sentence = norm(rec["sentence"])
    aligned: dict[int, list[Transfer]] = defaultdict(list)
    ev = result.score(prefix + "event")
    unjudged: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if events:
            best = max(range(len(events)), key=lambda i: (hits(row, i), ok(row, i), -i))
            aligned[best].append(row)
        if not any(ok(row, i) for i in range(len(events))):
            if events or not any(e["event_type"] in cfg["neutral"] for e in rec["event_mentions"]):
                ev.fp += 1
                misses.append((rank + 3, f"FP row {_row_text(row)} {where}"))
                if not events:
                    for role in ROLES:
                        vals = values(row, role)
                        if vals and _key(vals, role) not in unjudged[role] and any(norm(v) in in_sentence for v in vals):
                            unjudged[role].add(_key(vals, role))
                            result.score(prefix + role).fp += 1
    for i, event in enumerate(events):
        trig = f'{event["event_type"]} "{event["trigger"]["text"]}"'
        if any(ok(row, i) for row in rows):
            ev.tp += 1
        else:
            ev.fn += 1
            misses.append((rank + 1, f"MISS event {trig} {where}"))
        for role in ROLES:
            sc = result.score(prefix + role)
            preds = [row for row in aligned[i] if values(row, role)]
            for g in golds[i][role]:
                if any(contains(v, g) for row in preds for v in values(row, role)):
                    sc.tp += 1
                else:
                    sc.fn += 1
                    misses.append((rank + 2, f'MISS {role} "{g}" ({trig}) {where}'))
            seen: set[str] = set()
            for row in preds:
                vals = values(row, role)
                key = _key(vals, role)
                if key in seen or not any(norm(v) in in_sentence for v in vals):
                    continue  # one count per value; arguments filled from other sentences are not judged
                seen.add(key)
                if not any(contains(v, g) for v in vals for g in golds[i][role]):
                    sc.fp += 1
                    misses.append((rank + 4, f'FP {role} "{vals[0]}" ({trig}) {where}'))


def worst(misses: list[tuple[int, str]], per_kind: int = 5) -> list[str]:
    """Arms sentences first, then by kind (missed events, missed arguments, spurious rows and
    arguments), at most `per_kind` of each kind before the rest."""
    ranked = sorted(misses, key=lambda m: m[0])
    first: list[str] = []
    rest: list[str] = []
    count: defaultdict[int, int] = defaultdict(int)
    for rank, line in ranked:
        count[rank] += 1
        (first if count[rank] <= per_kind else rest).append(line)
    return (first + rest)[:MAX_MISSES]


@register("geneva")
def evaluate(root: Path, split: str, limit: int | None) -> SetResult:
    skip = missing(root, "geneva", "geneva", split)
    if skip:
        return skip
    folder = root / "geneva"
    if split not in FILES or not (folder / FILES[split]).is_file():
        return SetResult("geneva", split, skipped=f"{folder / FILES.get(split, split)} not found")
    cfg = config()
    result = SetResult("geneva", split)
    for prefix in ("", "arms:"):
        for dim in ("event", *ROLES):
            result.score(prefix + dim)
    records = load_sentences(folder, split, limit)
    sentences = extract(records, arms_ids(folder))
    misses: list[tuple[int, str]] = []
    for sent in sentences:
        score_sentence(sent, cfg, result, "", misses)
        if sent.arms:
            score_sentence(sent, cfg, result, "arms:", [])
    result.documents = len(sentences)
    result.misses = worst(misses)
    n_docs = len({s.record["doc_id"] for s in sentences})
    n_arms = sum(s.arms for s in sentences)
    result.note = (f"{FILES[split]}: {len(sentences)} sentences of {n_docs} documents ({n_arms} in arms.jsonl); "
                   "a row belongs to the sentence its evidence lies in; event = a row with a compatible stage "
                   "in the sentence; an argument matches when gold and predicted text (actor surface text or "
                   "name, item text or designation) contain one another, case-insensitive, word-bounded; "
                   "arguments filled from other sentences are not judged; rows matching no event count as "
                   "FP, in sentences without a transfer event too (GENEVA gives every annotated event) "
                   "unless the sentence has a near-transfer event (Bringing, Assistance, ...)")
    return result
