"""A sale told done whose items have a part told arrived in the next clause or sentence: "Z sold Y six X in 2009;
five of them have arrived, and the sixth is due next year", "Y bought twelve X from Z. Four have arrived so far".
The part is a delivery of its own (its count, read on the items told before: antecedents); the sale of the whole
is then the order, not a delivery of all. `frames/part_told.py` does this for a part told "of which" in the sale's
own clause; this is the same reading for a part told after it, as a clause or a sentence of its own.

The whole: a row of a sale or purchase told done (a verb of the buy or sell class read delivered, ":done"), counted
two or more, asserted. The part: a delivered, asserted row of another clause, in the same sentence or the next,
whose item counts from the whole's mention ("five of them", "Four", "the first two"), with a smaller count, and
not the last part ("the last four of them arrived": the whole is then delivered in full), nor a further batch ("and
added another six": `frames/additions.py`, a step of its own, not a part)."""
from __future__ import annotations

from dataclasses import replace

from materiel.extraction.discourse import Row
from materiel.extraction.frames.additions import ADDED, MORE_MARKS
from materiel.extraction.frames.relative_parts import completing

RULE = ":part-arrived"
SALES = ("buy", "sell")


def partial_arrivals(rows: list[Row]) -> None:
    """Mark, in place, each sale told done whose items have a smaller part told delivered after it as the order."""
    starts = {s.start: n for n, s in enumerate(rows[0].sent.doc.sents)} if rows else {}
    for w in rows:
        if not _whole(w):
            continue
        if any(_part_of(p, w, starts) for p in rows if p is not w):
            w.frame = replace(w.frame, stage="ordered", rule=w.frame.rule + RULE)


def _whole(w: Row) -> bool:
    q = w.item.quantity
    return w.frame.stage == "delivered" and w.frame.cls in SALES and ":done" in w.frame.rule and \
        q is not None and q >= 2 and w.reading.factuality == "asserted"


def _part_of(p: Row, w: Row, starts: dict[int, int]) -> bool:
    """p tells a smaller part of w's items delivered, after w, in w's sentence or the next."""
    ante, q = p.item.antecedent, p.item.quantity
    if p.frame.stage != "delivered" or p.reading.factuality != "asserted" or ante is None or q is None:
        return False
    if p.frame.rule.startswith(ADDED) or any(t.lower_ in MORE_MARKS for t in p.item.span):  # a further batch
        return False
    if p.frame.trigger.i <= w.frame.trigger.i:
        return False
    if not 0 <= starts[p.sent.start] - starts[w.sent.start] <= 1:
        return False
    span = w.item.span
    return ante.start < span.end and span.start < ante.end and q < (w.item.quantity or 0) and not completing(p.item.head)
