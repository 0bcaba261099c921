"""The load of a conveyance seized empty-handed in its own sentence, listed in the next: "The army intercepted a
convoy of three trucks near the border. The trucks carried 12 SA-7 missiles and ammunition", "Police boarded a
dhow off the coast. Aboard were 40 rifles". The seizure frame takes the listed items (`seizure.cargo`) before the
document's passes, so that each item becomes an intercepted row of its own, whose destination a later sentence
can give ("The convoy was heading for Y", frames/held.py `bound_later`)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Span

from materiel.extraction.discourse import Row
from materiel.extraction.frames import seizure
from materiel.extraction.frames.framebase import Frame


def cargo_rows(rows: list[Row], by_sentence: list[tuple[Span, list[Frame]]], items: Any,
               words: seizure.SeizureWords, build: Callable[[Frame, Span], list[Row]]) -> list[Row]:
    """The rows, in text order, with those of the seizures of a conveyance whose load the next sentence lists
    (not "The seizure was the largest. ... soldiers found 24 rifles": another haul)."""
    before = {id(f) for _, frames in by_sentence for f in frames if f.items}
    cargo(by_sentence, items, words)
    new = [r for sent, frames in by_sentence for f in frames if f.items and id(f) not in before
           and seizure.vessel_object(f.trigger, words) for r in build(f, sent)]
    return sorted(rows + new, key=lambda r: r.sent.start) if new else rows


def cargo(by_sentence: list[tuple[Span, list[Frame]]], items: Any, words: seizure.SeizureWords) -> None:
    """"interdicted two vessels. Aboard them were 171 anti-tank missiles and ...": the items listed in
    the sentence just after a seizure of a vessel, when that sentence reports no transfer, are its cargo; so
    are those of a clause a source is said to tell ("The trucks carried X and Y, a source said")."""
    for n, (_, frames) in enumerate(by_sentence):
        for s in frames:
            if s.cls not in words.seize_classes or s.items or n + 1 >= len(by_sentence):
                continue
            sent, others = by_sentence[n + 1]
            if others:
                continue
            roots = [sent.root, *(c for c in sent.root.children if c.dep_ == "ccomp")]
            args = [c for root in roots for c in root.children if c.dep_ in ("attr", "nsubj", "nsubjpass", "dobj", "obj")]
            args += [c for a in args for c in a.children if c.dep_ == "conj"]  # "X, Y and Z": each listed
            found = [m for a in args if items.is_materiel(a) or any(items.is_materiel(t) for t in a.subtree)
                     for m in items.items(a)]
            found = [m for m in found if m.designation or m.head.lemma_.lower() not in words.conveyances]
            found = [m for i, m in enumerate(found) if all(m.head.i != o.head.i for o in found[:i])]
            s.items = [m for m in found if m.category not in words.broad_categories] or found
