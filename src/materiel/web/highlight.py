"""Highlights as data: (start, end, kind) spans over a text, never markup.

Nothing is re-extracted: a stored row keeps its evidence offsets and the words it was built from
(supplier_text, item_text, ...), so each of them is looked up inside its evidence sentence, and each
actor a document names (doc_actors, as written) is looked up in the text. The template renders the
resulting pieces of plain text, escaped, inside <mark class="k-KIND"> elements.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

# What a row's words are called in the legend, and which wins where two overlap (first wins).
KINDS = ("item", "quantity", "date", "attribution", "supplier", "recipient", "actor")
LABELS = {"item": "materiel", "quantity": "quantity", "date": "date", "attribution": "attribution",
          "supplier": "supplier", "recipient": "recipient", "actor": "actor"}
ROW_FIELDS = (("item", "item"), ("quantity_text", "quantity"), ("when", "date"), ("attribution", "attribution"),
              ("supplier_text", "supplier"), ("recipient_text", "recipient"))
Span = tuple[int, int, str]


def find(text: str, needle: str | None, lo: int = 0, hi: int | None = None) -> int:
    """Offset of `needle` in text[lo:hi] (exact, else ignoring case), -1 when absent."""
    if not needle or not needle.strip():
        return -1
    hi = len(text) if hi is None else hi
    needle = needle.strip()
    at = text.find(needle, lo, hi)
    if at < 0:
        at = text.lower().find(needle.lower(), lo, hi)
    return at


def row_spans(text: str, row: dict[str, Any], start: int, end: int, roles: bool = True) -> list[Span]:
    """Spans of a row's words inside its evidence text[start:end]; `roles` False calls the parties 'actor'."""
    spans = []
    for key, kind in ROW_FIELDS:
        at = find(text, row.get(key), start, end)
        if at >= 0:
            if not roles and kind in ("supplier", "recipient"):
                kind = "actor"
            spans.append((at, at + len(str(row[key]).strip()), kind))
    return spans


def occurrences(text: str, needle: str, kind: str) -> list[Span]:
    """Every whole-word occurrence of `needle` (any case)."""
    if not needle or len(needle.strip()) < 2:
        return []
    pattern = re.compile(r"(?<!\w)" + re.escape(needle.strip()) + r"(?!\w)", re.IGNORECASE)
    return [(m.start(), m.end(), kind) for m in pattern.finditer(text)]


def resolve(spans: Iterable[Span]) -> list[Span]:
    """Non-overlapping spans, sorted: by kind priority, then longer first, a span overlapping one kept is dropped."""
    rank = {k: i for i, k in enumerate(KINDS)}
    kept_starts: list[int] = []
    kept: list[Span] = []
    for s, e, k in sorted(set(spans), key=lambda x: (rank.get(x[2], len(KINDS)), x[0] - x[1], x[0])):
        if e <= s:
            continue
        i = bisect.bisect_left(kept_starts, s)
        if i > 0 and kept[i - 1][1] > s:
            continue
        if i < len(kept) and kept[i][0] < e:
            continue
        kept_starts.insert(i, s)
        kept.insert(i, (s, e, k))
    return kept


def pieces(text: str, spans: list[Span], start: int = 0, end: int | None = None) -> list[tuple[str, str | None]]:
    """text[start:end] cut into (plain text, kind or None) pieces by sorted, non-overlapping spans."""
    end = len(text) if end is None else end
    out: list[tuple[str, str | None]] = []
    at = start
    for s, e, k in spans:
        s, e = max(s, start), min(e, end)
        if e <= s or s < at:
            continue
        if s > at:
            out.append((text[at:s], None))
        out.append((text[s:e], k))
        at = e
    if at < end:
        out.append((text[at:end], None))
    return out


@dataclass
class Block:
    """A stretch of the document: a sentence that rows or events cite, or the text between them."""

    start: int
    end: int
    pieces: list[tuple[str, str | None]]
    rows: list[int] = field(default_factory=list)
    events: list[int] = field(default_factory=list)

    @property
    def cited(self) -> bool:
        return bool(self.rows or self.events)


def _sentences(text: str, shown: dict[str, Any]) -> list[tuple[int, int, list[int], list[int]]]:
    """The evidence sentences (start, end, row indexes, event indexes), sorted, overlaps merged away."""
    found: dict[tuple[int, int], tuple[list[int], list[int]]] = {}
    for i, r in enumerate(shown["transfers"]):
        found.setdefault((r["evidence_start"], r["evidence_end"]), ([], []))[0].append(i)
    for i, e in enumerate(shown["events"]):
        found.setdefault((e["evidence_start"], e["evidence_end"]), ([], []))[1].append(i)
    out: list[tuple[int, int, list[int], list[int]]] = []
    for (s, e), (rows, events) in sorted(found.items()):
        s, e = max(0, s), min(len(text), e)
        if e <= s:
            continue
        if out and s < out[-1][1]:  # overlapping sentences: join them into the earlier block
            ps, pe, prow, pev = out[-1]
            out[-1] = (ps, max(pe, e), prow + rows, pev + events)
        else:
            out.append((s, e, rows, events))
    return out


def document_spans(shown: dict[str, Any]) -> list[Span]:
    text = shown["document"]["text"]
    spans: list[Span] = []
    for r in shown["transfers"]:
        spans += row_spans(text, r, r["evidence_start"], r["evidence_end"], roles=False)
    for e in shown["events"]:
        for key in ("actor_text", "target_text"):
            at = find(text, e.get(key), e["evidence_start"], e["evidence_end"])
            if at >= 0:
                spans.append((at, at + len(e[key].strip()), "actor"))
        at = find(text, e.get("when"), e["evidence_start"], e["evidence_end"])
        if at >= 0:
            spans.append((at, at + len(e["when"].strip()), "date"))
    for a in shown["actors"]:
        spans += occurrences(text, a["text"], "actor")
    for designation in {r["designation"] for r in shown["transfers"] if r.get("designation")}:
        spans += occurrences(text, designation, "item")
    return resolve(spans)


def document_blocks(shown: dict[str, Any]) -> list[Block]:
    """The whole text of a shown document (`queries.show(..., text=True)`) as highlighted blocks."""
    text = shown["document"]["text"]
    spans = document_spans(shown)
    blocks: list[Block] = []
    at = 0
    for s, e, rows, events in _sentences(text, shown):
        if s > at:
            blocks.append(Block(at, s, pieces(text, spans, at, s)))
        blocks.append(Block(s, e, pieces(text, spans, s, e), rows, events))
        at = e
    if at < len(text):
        blocks.append(Block(at, len(text), pieces(text, spans, at, len(text))))
    return blocks


def evidence_pieces(row: dict[str, Any]) -> list[tuple[str, str | None]]:
    """A mention's evidence sentence alone, its supplier, recipient, item, quantity, date and attribution marked."""
    text = row.get("evidence") or ""
    return pieces(text, resolve(row_spans(text, row, 0, len(text))))
