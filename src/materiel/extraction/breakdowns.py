"""A breakdown after a colon of an item told with no count: "X has bought A howitzers from Y: 36 ordered in 2015,
all delivered by 2019, and 12 more ordered in 2022" tells two orders, of 36 and of 12; "X ordered A jets from Y: 24
in 2015 and 12 in 2021" two orders of the row's own stage. Each segment of the colon's list (split at commas,
semicolons and "and") that opens with a bare count (not a year), and names no item of its own, is one row of the
item, with the stage of its participle when it has one (words.toml [count_words] breakdown_stages), else the row's.
The uncounted row gives way to these rows; a segment with no count ("all delivered by 2019") tells none."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Span

from materiel import lexicon
from materiel.extraction.counts_after import plain_uncounted
from materiel.extraction.mentions.quantities import parse_quantity

STAGES: dict[str, str] = lexicon.word_table("count_words", "breakdown_stages")
OPENERS = lexicon.word_set("count_words", "breakdown_openers")
MORE = frozenset({"more", "additional", "further", "others", "other"})


def _segments(after: Span) -> list[Span]:
    doc, out, start = after.doc, [], after.start
    for t in after:
        if t.text in (",", ";") or t.lower_ == "and" or t.is_sent_end and not t.is_punct:
            end = t.i + 1 if t.is_sent_end and not t.is_punct else t.i
            if end > start:
                out.append(doc[start:end])
            start = t.i + 1
    if start < after.end:
        out.append(doc[start: after.end])
    return out


def _count(seg: Span, materiel: Any) -> tuple[int | float, str, str | None] | None:
    """(count, its text, the stage of the segment's participle) of a segment that opens with a bare count."""
    toks = [t for t in seg if not t.is_punct]
    while toks and toks[0].lower_ in OPENERS:
        toks = toks[1:]
    if not toks or toks[0].pos_ != "NUM" or (toks[0].text.isdigit() and len(toks[0].text) == 4):
        return None
    if any(materiel(t) for t in toks) or any(t.pos_ in ("NOUN", "PROPN") and t.lower_ not in MORE and
                                              t.ent_type_ not in ("DATE", "GPE", "ORG") for t in toks[1:3]):
        return None  # "24 A jets", "12 trucks": an item of its own
    q = parse_quantity(toks[0].text)
    if q is None:
        return None
    stage = next((STAGES[t.lemma_.lower()] for t in toks[1:] if t.tag_ == "VBN" and t.lemma_.lower() in STAGES), None)
    return q, toks[0].text, stage


def breakdown_rows(rows: list[Any], materiel: Any) -> list[Any]:
    """The rows, an uncounted row with a breakdown after a colon replaced by the breakdown's rows."""
    out: list[Any] = []
    for r in rows:
        found = _breakdown(r, materiel) if r.item.quantity is None and plain_uncounted(r.item.head) and \
            not r.item.anaphoric and not r.item.pronoun else []
        out.extend(found or [r])
    return out


def _breakdown(r: Any, materiel: Any) -> list[Any]:
    sent, doc = r.sent, r.sent.doc
    colon = next((t for t in doc[r.item.span.end: sent.end] if t.text == ":"), None)
    if colon is None or any(t.text in (";", ".") for t in doc[r.item.span.end: colon.i]):
        return []
    counts = [c for seg in _segments(doc[colon.i + 1: sent.end]) if (c := _count(seg, materiel)) is not None]
    if not counts:
        return []
    out = []
    for q, text, stage in counts:
        frame = replace(r.frame, stage=stage or r.frame.stage, rule=r.frame.rule + ":breakdown")
        out.append(replace(r, frame=frame, item=replace(r.item, quantity=q, quantity_text=text)))
    return out
