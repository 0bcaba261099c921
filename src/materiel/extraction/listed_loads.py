"""A load listed first and given its destination later: "The haul comprised 30 mines, 12 rifles and fuses, an inspector
reported. ... Police added that the munitions had been headed to Y's militia". The sentence of consisting
(`load_contents.content_listing`, its subject the load: "the cargo", "the haul") gives rows with no recipient; a later
row, within LATER_SENTENCES, on a definite general noun of arms ("the weapons", "the cargo": no count, no model)
with a recipient tells where that load was going, when no other row with a recipient comes between. The listed items
take its parties, and it makes no row of its own (the load again), when the load was seized: a seizure told in the
listing sentence or in the `context_sentences` before it (of [seizure] in `data/predicates.toml`), or the later row
already told as seized. The listed rows are then intercepted, the seizer their `intercepted_by`."""
from __future__ import annotations

from typing import Any

from materiel import lexicon
from materiel.extraction import load_contents
from materiel.extraction.discourse import Row
from materiel.extraction.frames import seizure
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.frames.seized_goods import reported, seized_no_goods

_DATA = lexicon.toml("predicates.toml")["seizure"]
GENERAL = frozenset(_DATA["general_loads"])
DEFINITE = ("the", "these", "those", "this", "that")
LATER_SENTENCES = 8
STAGES = ("delivered", seizure.STAGE)


def _listed(r: Row) -> bool:
    """A row of a load's listing with no recipient: "the cargo included A, B and C"."""
    return r.recipient is None and load_contents.names_load(r.frame.trigger)


def _load_again(r: Row) -> bool:
    """A row on a definite general noun of arms with a recipient: "the weapons were intended for Y"."""
    h = r.item.head
    return r.recipient is not None and r.frame.stage in STAGES and r.item.quantity is None and not r.designation and \
        (h.lemma_.lower() in GENERAL or h.lower_ in GENERAL) and r.reading.factuality in ("asserted", "uncertain") and \
        any(c.dep_ in ("det", "poss") and (c.lower_ in DEFINITE or c.dep_ == "poss") for c in h.children)


def _seizure(by_sentence: list[tuple[Any, list[Frame]]], at: int, words: seizure.SeizureWords) -> Frame | None:
    """The last seizure of goods told in sentence `at` or in the `context_sentences` before it."""
    found = [f for n in range(max(0, at - words.context_sentences), at + 1) for f in by_sentence[n][1]
             if f.cls in words.seize_classes and reported(f) and not seized_no_goods(f.trigger)]
    return found[-1] if found else None


def give_destinations(rows: list[Row], by_sentence: list[tuple[Any, list[Frame]]], words: seizure.SeizureWords) -> None:
    """The listed load's rows take the parties of the general load named again after them (see the module)."""
    index = {sent.start: n for n, (sent, _) in enumerate(by_sentence)}
    drop: set[int] = set()
    for r in rows:
        dest = r.recipient
        if dest is None or not _load_again(r):
            continue
        at = index.get(r.sent.start, -99)
        listed = [x for x in rows if _listed(x) and 0 < at - index.get(x.sent.start, -99) <= LATER_SENTENCES]
        if not listed:
            continue
        start = max(index.get(x.sent.start, -99) for x in listed)
        listed = [x for x in listed if index.get(x.sent.start, -99) == start]
        between = [x for x in rows if x is not r and start < index.get(x.sent.start, -99) <= at and
                   x.recipient is not None]
        if between:
            continue  # another transfer told in between: "the weapons" may be its load
        by = _seizure(by_sentence, start, words)
        if by is None and r.frame.stage != seizure.STAGE:
            continue  # a load on its way, seized by no one: left to the rules of shipments
        for x in listed:
            x.recipient, x.inherited = dest, True
            if r.supplier is not None or x.supplier is not None and x.supplier.actor.id == dest.actor.id:
                x.supplier = r.supplier
            x.frame.add("recipient", [dest])
            seizure.mark(x.frame, by, "listed_load")
        drop.add(id(r))
    if drop:
        rows[:] = [r for r in rows if id(r) not in drop]
