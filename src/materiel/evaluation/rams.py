"""RAMS (Ebner et al. 2020): transfer events scored per given trigger, argument F1 by role.

Also holds the per-trigger scoring that `wikievents` shares: both sets give tokenised text, gold
events with a trigger and argument token spans, and a mapping of their types and roles onto our
transfer fields (`materiel/lexicon/data/eval/<set>.toml`).
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from materiel.evaluation.base import SetResult, missing, register
from materiel.extraction.pipeline import get_extractor
from materiel.lexicon import toml
from materiel.record.models import Transfer
from materiel.sources.document import Document

if TYPE_CHECKING:
    from materiel.extraction.pipeline import Extractor

FIELDS = ("supplier", "recipient", "item", "where")
MODES = ("overlap", "head", "exact")
Record = dict[str, Any]  # one JSON line of a set


@dataclass
class Arg:
    role: str
    spans: list[tuple[int, int]]  # token spans, end exclusive: the annotated mention first, then coreferent ones
    text: str


@dataclass
class Event:
    key: str
    type: str
    trigger: tuple[int, int]  # token span, end exclusive
    args: list[Arg]
    prefixes: tuple[str, ...] = ("",)  # "" for the split, "arms:" when the record is in arms.jsonl


@dataclass
class Sample:
    text: str
    offsets: list[tuple[int, int]]  # token index -> character span in `text`
    events: list[Event] = field(default_factory=list)
    prefixes: tuple[str, ...] = ("",)  # for counts that belong to the whole text (see `Scorer.complete`)


NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "”", "’", "'", "...", "n't", "n’t",
                   *(q + c for q in "'’" for c in ("s", "re", "ve", "ll", "d", "m"))}
NO_SPACE_AFTER = {"(", "[", "{", "“", "‘", "$", "#", "@"}
NOT_HYPHENATED = {"a", "an", "the", "and", "or", "but", "which", "who", "that", "as", "in", "on", "to"}


def join_tokens(sentences: Iterable[list[str]]) -> tuple[str, list[tuple[int, int]]]:
    """The text rebuilt from the tokens, with each token's character span. Tokens are joined by one
    space except where the tokeniser split a word or punctuation off ("n't", "'s", commas, brackets,
    quotes, "anti - tank" -> "anti-tank"): materiel reads news text, not tokens."""
    tokens = [t for sent in sentences for t in sent]
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos, quote_open, glue = 0, False, True
    for i, tok in enumerate(tokens):
        prev, nxt = tokens[i - 1] if i else "", tokens[i + 1] if i + 1 < len(tokens) else ""
        hyphen = tok == "-" and prev[-1:].isalnum() and nxt[:1].isalnum() and nxt.lower() not in NOT_HYPHENATED
        space = not (glue or tok in NO_SPACE_BEFORE or hyphen)
        if tok == '"':
            space, quote_open = not glue and not quote_open, not quote_open
        if space:
            parts.append(" ")
            pos += 1
        offsets.append((pos, pos + len(tok)))
        parts.append(tok)
        pos += len(tok)
        glue = hyphen or tok in NO_SPACE_AFTER or (tok == '"' and quote_open)
    return "".join(parts), offsets


class Mapping:
    """Their event types (prefixes on dot boundaries, longest wins) and roles, onto ours."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.transfer = {k.lower(): v for k, v in data.get("transfer", {}).items()}
        self.not_covered = {k.lower(): v for k, v in data.get("not_covered", {}).items()}
        self.ignore = [k.lower() for k in data.get("ignore", [])]

    @classmethod
    def load(cls, name: str) -> Mapping:
        return cls(toml(f"eval/{name}.toml"))

    @staticmethod
    def _prefixes(etype: str, keys: Iterable[str]) -> list[str]:
        t = etype.lower()
        return sorted((k for k in keys if t == k or t.startswith(k + ".")), key=len)

    def kind(self, etype: str) -> str:
        """"transfer", "not covered: <label>", "ignore" or "other"."""
        if self._prefixes(etype, self.transfer):
            return "transfer"
        covered = self._prefixes(etype, self.not_covered)
        if covered:
            return f"not covered: {self.not_covered[covered[-1]]}"
        return "ignore" if self._prefixes(etype, self.ignore) else "other"

    def spec(self, etype: str) -> tuple[dict[str, str], list[str]]:
        """Their roles (lower case) onto our fields, and the stages that agree with the type."""
        roles: dict[str, str] = {}
        stages: list[str] = []
        for k in self._prefixes(etype, self.transfer):
            roles.update({r.lower(): f for r, f in self.transfer[k].get("roles", {}).items()})
            stages = list(self.transfer[k].get("stages", stages))
        return roles, stages


def locate(text: str, needle: str, window: tuple[int, int], anchor: int) -> tuple[int, int] | None:
    """Where `needle` is written: inside `window` (the evidence sentence) if it can be, nearest `anchor`."""
    needle = needle.strip()
    if not needle:
        return None
    for flags in (0, re.IGNORECASE):
        found = [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text, flags)]
        if found:
            inside = [s for s in found if window[0] <= s[0] < window[1]] or found
            return min(inside, key=lambda s: abs(s[0] - anchor))
    return None


@lru_cache(maxsize=1)
def _extractor() -> Extractor:
    """One pipeline for every evaluator in the process (loading it takes seconds)."""

    return get_extractor()


class Scorer:
    """Runs materiel on each sample and adds its counts to a `SetResult`.

    Event false positives: when a set annotates one event per text (`complete=False`, RAMS), a row at
    a given trigger of an unmapped type; when it annotates every event (WikiEvents), each sentence
    with a row that no gold transfer (or ignored) trigger accounts for.
    """

    def __init__(self, result: SetResult, mapping: Mapping, complete: bool = False) -> None:
        self.result, self.mapping, self.complete = result, mapping, complete
        self.extractor = _extractor()
        self.misses: list[tuple[int, str]] = []

    def add(self, prefixes: Iterable[str], name: str, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        for prefix in prefixes:
            s = self.result.score(f"{prefix}{name}")
            s.tp, s.fp, s.fn = s.tp + tp, s.fp + fp, s.fn + fn

    def run(self, samples: list[Sample]) -> None:
        for prefix in sorted({p for s in samples for e in s.events for p in (*e.prefixes, *s.prefixes)}):
            for name in ("event", "stage", *FIELDS, *(f"arguments: {m}" for m in MODES)):  # in this order
                self.add([prefix], name)
        docs = self.extractor.nlp.pipe([s.text for s in samples], batch_size=32)
        for sample, doc in zip(samples, docs, strict=False):
            rows = self.extractor.report(Document(text=sample.text), doc).transfers
            kinds = [(e, self.mapping.kind(e.type)) for e in sample.events]
            used: set[int] = set()
            for event, kind in kinds:
                if kind == "transfer":
                    used |= self._transfer(sample, event, rows, doc)
                elif kind == "ignore" and self.complete:
                    used |= set(self._at(sample, event, rows))
            for event, kind in kinds:
                if kind.startswith("not covered"):
                    self.add(event.prefixes, f"{kind} events", fn=1)
                    self.add(event.prefixes, f"{kind} arguments", fn=len(event.args))
                elif kind == "other" and not self.complete and set(self._at(sample, event, rows)) - used:
                    self.add(event.prefixes, "event", fp=1)
                    self._miss(1, event, sample, "a row at a trigger of this unmapped type")
            if self.complete:
                stray = {r.evidence.start: r for i, r in enumerate(rows) if i not in used}
                self.add(sample.prefixes, "event", fp=len(stray))
                self.misses += [(1, f"row, no gold transfer trigger in its sentence: {r.stage} {r.item.text!r} "
                                    f"from {r.supplier and r.supplier.text!r} to {r.recipient and r.recipient.text!r}"
                                    f" in {r.evidence.text[:160]!r}") for r in stray.values()]
        self.result.misses = [m for _, m in sorted(self.misses, key=lambda x: -x[0])[:15]]

    def _at(self, sample: Sample, event: Event, rows: list[Transfer]) -> dict[int, Transfer]:
        """The rows whose evidence sentence holds the trigger."""
        start = sample.offsets[event.trigger[0]][0]
        return {i: r for i, r in enumerate(rows) if r.evidence.start <= start < r.evidence.end}

    @staticmethod
    def _spans(text: str, row: Transfer, anchor: int) -> dict[str, tuple[int, int]]:
        """Where the row's parties, item and place are written, nearest the trigger ((-1, -1): nowhere)."""
        window = (row.evidence.start, row.evidence.end)
        texts = {"supplier": row.supplier and row.supplier.text, "recipient": row.recipient and row.recipient.text,
                 "item": row.item.text, "where": row.where and row.where.text}
        return {k: locate(text, v, window, anchor) or (-1, -1) for k, v in texts.items() if v}

    def _transfer(self, sample: Sample, event: Event, rows: list[Transfer], doc: Any) -> set[int]:
        """Scores one gold transfer event; returns the rows it accounts for."""
        anchor = sample.offsets[event.trigger[0]][0]
        at = self._at(sample, event, rows)
        roles, stages = self.mapping.spec(event.type)
        gold: dict[str, list[Arg]] = {}
        for arg in event.args:
            if arg.role.lower() in roles:
                gold.setdefault(roles[arg.role.lower()], []).append(arg)
        located = {i: self._spans(sample.text, r, anchor) for i, r in at.items()}

        def distance(i: int) -> int:
            return min((0 if s <= anchor < e else min(abs(s - anchor), abs(e - anchor))
                        for s, e in located[i].values() if s >= 0), default=10**9)

        def frame(r: Transfer) -> tuple[object, ...]:
            return r.evidence.start, r.supplier and r.supplier.id, r.recipient and r.recipient.id, r.stage
        best = at[min(at, key=distance)] if at else None
        chosen = {i: located[i] for i, r in at.items() if best and frame(r) == frame(best)}
        self.add(event.prefixes, "event", tp=bool(best), fn=not best)
        if stages:
            ok = best is not None and best.stage in stages
            self.add(event.prefixes, "stage", tp=ok, fp=bool(best) and not ok, fn=not ok)
        lost: list[str] = []
        for name in sorted(set(roles.values()), key=FIELDS.index):
            preds = sorted({spans[name] for spans in chosen.values() if name in spans})
            for mode in MODES:
                tp, fp, fn = self._match(sample, doc, preds, gold.get(name, []), mode)
                self.add(event.prefixes, f"arguments: {mode}", tp, fp, fn)
                if mode == "overlap":
                    self.add(event.prefixes, name, tp, fp, fn)
                    if fp or fn:
                        got = ", ".join(repr(sample.text[a:b]) if a >= 0 else "(not in text)" for a, b in preds)
                        want = ", ".join(f"{a.role}={a.text!r}" for a in gold.get(name, []))
                        lost.append(f"{name} {got or 'none'} vs gold {want or 'none'}")
        arms = 4 * ("arms:" in event.prefixes)
        if not best:
            want = "; ".join(f"{a.role}={a.text!r}" for args in gold.values() for a in args)
            self._miss(2 + arms + len(gold), event, sample, f"no row (gold {want or 'has no mapped argument'})")
        elif lost:
            self._miss(1 + arms + len(lost), event, sample, f"stage {best.stage}; " + "; ".join(lost))
        return set(chosen)

    @staticmethod
    def _match(sample: Sample, doc: Any, preds: list[tuple[int, int]], gold: list[Arg],
               mode: str) -> tuple[int, int, int]:
        """tp = gold arguments found, fn = the others, fp = predictions that find none."""
        def hit(pred: tuple[int, int], span: tuple[int, int]) -> bool:
            cs, ce = sample.offsets[span[0]][0], sample.offsets[span[1] - 1][1]
            if mode == "overlap":
                return pred[0] < ce and cs < pred[1]
            if mode == "exact":
                return pred == (cs, ce)
            gspan = doc.char_span(cs, ce, alignment_mode="expand")
            return gspan is not None and pred[0] <= gspan.root.idx < pred[1]
        found = [a for a in gold if any(hit(p, s) for p in preds for s in a.spans)]
        stray = [p for p in preds if not any(hit(p, s) for a in gold for s in a.spans)]
        return len(found), len(stray), len(gold) - len(found)

    def _miss(self, weight: int, event: Event, sample: Sample, what: str) -> None:
        trig = sample.text[sample.offsets[event.trigger[0]][0]:sample.offsets[event.trigger[1] - 1][1]]
        tag = " [arms]" * ("arms:" in event.prefixes)
        self.misses.append((weight, f"{event.key}{tag} {event.type} {trig!r}: {what}"[:400]))


def select(records: list[Record], key: str, arms: set[str], limit: int | None) -> list[tuple[Record, tuple[str, ...]]]:
    """The first `limit` records of the split and the first `limit` of its arms records, with their prefixes."""
    head = {r[key] for r in records[:limit]}
    arm = [r[key] for r in records if r[key] in arms][:limit]
    return [(r, tuple(p for p, on in (("", r[key] in head), ("arms:", r[key] in arm)) if on))
            for r in records if r[key] in head or r[key] in arm]


def note(label: str, fp: str, limit: int | None) -> str:
    return (f"{label}, per given trigger, types and roles mapped in data/eval/*.toml: the rows whose evidence sentence "
            "holds the trigger (nearest first); a role is found when the predicted text overlaps the gold span (totals "
            f"also by head, exact); event fp = {fp}; attacks not covered (fn only)"
            + (f"; sample: first {limit} records + first {limit} arms records" if limit else ""))


def jsonl(path: Path) -> list[Record]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


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
