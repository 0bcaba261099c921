"""Per-trigger scoring shared by RAMS and WikiEvents: materiel runs on each sample, and its rows at each
gold trigger are scored against the gold event and its arguments, field by field (see `Scorer`)."""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from materiel.evaluation.base import SetResult
from materiel.evaluation.triggers import FIELDS, MODES, Arg, Event, Mapping, Sample, locate
from materiel.extraction.pipeline import get_extractor
from materiel.record.models import Transfer
from materiel.sources.document import Document

if TYPE_CHECKING:
    from materiel.extraction.pipeline import Extractor


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
