"""One more seized load of a series of seizures: "customs seized a container of 600 pistols shipped from X for
Y; a second container with 150 pistols was impounded there in June", "Another shipment, of 900 cartridges, was
impounded in May". A seized row with no party whose seized noun (the seizure verb's object or
passive subject) is a container, conveyance or load noun marked as the next of a series (`modifiers` of
[series_steps]: "a second", "another", "a further") is a load of the same traffic as the seized row told last
before it (within the [seizure] `context_sentences`): it takes that row's supplier and recipient."""
from __future__ import annotations

from materiel import lexicon
from materiel.extraction.definite_rows import series_step
from materiel.extraction.discourse import Row
from materiel.extraction.frames import seizure

LOADS = lexicon.toml("predicates.toml")["seizure"]
NOUNS = frozenset(LOADS.get("containers", [])) | frozenset(LOADS.get("conveyances", [])) | \
    frozenset(LOADS.get("load_nouns", []))
WINDOW = int(LOADS.get("context_sentences", 3))


def _next_load(r: Row) -> bool:
    """The row's seized noun is one more load of a series: "a second container", "another shipment"."""
    t = r.frame.trigger
    nouns = [t] if t.pos_ in ("NOUN", "PROPN") else [c for c in t.children if c.dep_ in ("nsubjpass", "dobj", "obj")]
    return any(n.lemma_.lower() in NOUNS and series_step(n) for n in nouns)


def fill(rows: list[Row], starts: dict[int, int]) -> None:
    """Seized rows of one more load of a series take the parties of the seized row told last before them."""
    for i, r in enumerate(rows):
        if r.frame.stage != seizure.STAGE or r.supplier is not None or r.recipient is not None or \
                any(r.frame.roles.get(role) for role in ("supplier", "recipient")) or not _next_load(r):
            continue
        at = starts.get(r.sent.start)
        if at is None:
            continue
        told = [e for e in rows[:i] if e.frame.stage == seizure.STAGE and e.recipient is not None and
                e.sent.start in starts and 0 <= at - starts[e.sent.start] <= WINDOW and e.frame is not r.frame]
        if told:
            r.supplier, r.recipient, r.inherited = told[-1].supplier, told[-1].recipient, True
