"""A seizure and the destination of its load told in one sentence, the two clauses joined by a semicolon or a dash
that the parser keeps inside one sentence ("police seized 200 grenades in the port - the cargo was headed for Y";
"seized 30 rifles from a car; they were meant for Y"): the clause after the mark names the load again and its
destination as the next sentence would (frames/load_destinations.py `load_bound`), so it gives the seized row its recipient and,
when it tells one, its origin. The marks are data (words.toml [context_fills] clause_marks)."""
from __future__ import annotations

from typing import Any

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.frames import load_destinations, seizure

CLAUSE_MARKS = lexicon.word_set("context_fills", "clause_marks")


def bound_in_sentence(rows: list[Row], finder: Any) -> None:
    """Give each seized row with no recipient the destination the clause after a mark in its sentence tells."""
    for r in rows:
        if r.frame.stage != seizure.STAGE or r.recipient is not None:
            continue
        trigger, sent = r.frame.trigger, r.sent
        mark = next((t for t in sent if t.i > trigger.i and t.text in CLAUSE_MARKS), None)
        if mark is None or mark.i + 1 >= sent.end:
            continue
        found = load_destinations.load_bound(sent.doc[mark.i + 1: sent.end], finder, True)
        if found is None:
            continue
        taken = {a.actor.id for a in seizure.seizers(r.frame)}
        goal = [a for a in found[0] if a.actor.id not in taken]
        if not goal:
            continue
        r.recipient = goal[0]
        r.frame.add("recipient", goal[:1])
        origin = [a for a in found[1] if a.actor.id not in taken and a.actor.id != goal[0].actor.id]
        if r.supplier is None and origin:
            r.supplier = origin[0]
