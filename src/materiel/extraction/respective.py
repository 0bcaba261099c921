"""Parties and counts paired in order by an adverb ("respectively"): "A and B delivered 12 and 20 X to C
respectively" gives A twelve and B twenty, and "A and B supplied C and D with X respectively" gives A to C and
B to D, not each supplier to each recipient. Within one frame's rows of a sentence holding the adverb, the n-th
supplier (in text order) goes with the n-th recipient when both lists are as long; the n-th item, and the n-th
count told just before the item (counts joined by "and" or a comma), go with the n-th party of the longer list.

Word lists: words.toml [respective_parts]."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.quantities import parse_quantity
from materiel.extraction.mentions.resolved import Resolved

ADVERBS = lexicon.word_set("respective_parts", "adverbs")
JOINERS = lexicon.word_set("respective_parts", "joiners")


def _order(parties: list[Resolved | None]) -> list[str]:
    """The distinct actors of parties, in the order the text names them."""
    first: dict[str, int] = {}
    for p in parties:
        if p is not None:
            first[p.actor.id] = min(first.get(p.actor.id, p.token.i), p.token.i)
    return sorted(first, key=first.__getitem__)


def _counts(row: Row) -> list[tuple[int | float, str]]:
    """The counts joined just before the row's item ("12 and 20 X", "six, eight and ten X"), in text order."""
    doc, out = row.item.span.doc, []
    i = row.item.span.start - 1
    while i >= row.sent.start:
        t = doc[i]
        if t.lower_ in JOINERS:
            i -= 1
            continue
        value = parse_quantity(t.text) if t.like_num else None
        if value is None:
            break
        out.append((value, t.text))
        i -= 1
    return out[::-1]


def _pair(group: list[Row]) -> list[Row]:
    suppliers = _order([r.supplier for r in group])
    recipients = _order([r.recipient for r in group])
    kept = group
    if len(suppliers) > 1 and len(suppliers) == len(recipients):
        kept = [r for r in group if r.supplier is not None and r.recipient is not None
                and suppliers.index(r.supplier.actor.id) == recipients.index(r.recipient.actor.id)]
    spread, side = (suppliers, "supplier") if len(suppliers) > 1 else (recipients, "recipient")
    heads = sorted({r.item.head.i for r in kept})
    if len(heads) > 1 and len(heads) == len(spread):  # "A and B sold X and Y to C respectively"
        kept = [r for r in kept if getattr(r, side) is not None
                and heads.index(r.item.head.i) == spread.index(getattr(r, side).actor.id)]
    out = []
    for r in kept:
        counts = _counts(r)
        party = getattr(r, side)
        if len(counts) > 1 and len(counts) == len(spread) and party is not None:
            value, text = counts[spread.index(party.actor.id)]
            r = replace(r, item=replace(r.item, quantity=value, quantity_text=text))
        out.append(r)
    return out


def respective(rows: list[Row]) -> list[Row]:
    """The rows of one sentence, each frame's paired in order when the sentence holds a pairing adverb."""
    if not rows or not any(t.lower_ in ADVERBS for t in rows[0].sent):
        return rows
    by_frame: dict[int, list[Row]] = defaultdict(list)
    for r in rows:
        by_frame[id(r.frame)].append(r)
    return [r for group in by_frame.values() for r in _pair(group)]
