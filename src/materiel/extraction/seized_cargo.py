"""The load of a conveyance seized empty-handed in its own sentence, listed in the next: "Gendarmes stopped a
column of four lorries near the frontier. The lorries carried 30 mortars and shells", "Police boarded a
dhow off the coast. Aboard were 40 rifles". The seizure frame takes the listed items (`seizure.cargo`) before the
document's passes, so that each item becomes an intercepted row of its own, whose destination a later sentence
can give ("The column was making for Y", frames/held.py `bound_later`).

Also a seized shipment told as one of a series of shipments just told: "Kestrel Marine shipped 900 rifle scopes to
Y ... in four consignments. Port inspectors held the fifth consignment at Rijeka", "the last
shipment was stopped in Z". A seized load (a container noun, `containers` of [seizure]) counted by an ordinal
("the fifth", "the last", "the next") and naming no party is the next of the shipments the latest complete
delivery row within WINDOW sentences before it tells: it has that row's supplier and recipient (the seizer
stays no party), so that the inventory told after it ("The container held A and B", seized_inventory.py)
has them too."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.colon_cargo import colon_cargo
from materiel.extraction.discourse import Row
from materiel.extraction.frames import seizure
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.counts import BATCH_ORDINALS
from materiel.extraction.seized_told_load import told_loads

POPULATION = frozenset(lexicon.toml("cues.toml")["actors"]["population_nouns"])
WINDOW = 3  # sentences from a series of shipments told to the seizure of its next one


def cargo_rows(rows: list[Row], by_sentence: list[tuple[Span, list[Frame]]], items: Any,
               words: seizure.SeizureWords, build: Callable[[Frame, Span], list[Row]]) -> list[Row]:
    """The rows, in text order, with those of the seizures of a conveyance whose load the next sentence lists
    (not "The seizure was the largest. ... soldiers found 24 rifles": another haul)."""
    before = {id(f) for _, frames in by_sentence for f in frames if f.items}
    colon_cargo(by_sentence, items, words)  # "stopped a dhow bound for Y: it carried 90 rifles"
    cargo(by_sentence, items, words)
    told_loads(by_sentence, items, words)  # "The containers held X. Customs seized the cargo."
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
            if others or _from_population(sent):
                continue
            roots = [sent.root, *(c for c in sent.root.children if c.dep_ == "ccomp" or  # "Hidden under X were Y"
                                  c.dep_ in ("aux", "auxpass") and any(x.dep_ == "attr" for x in c.children))]
            args = [c for root in roots for c in root.children if c.dep_ in ("attr", "nsubj", "nsubjpass", "dobj", "obj")]
            args += [c for a in args for c in a.children if c.dep_ == "conj"]  # "X, Y and Z": each listed
            found = [m for a in args if items.is_materiel(a) or any(items.is_materiel(t) for t in a.subtree)
                     for m in items.items(a)]
            found = [m for m in found if m.designation or m.head.lemma_.lower() not in words.conveyances]
            found = [m for i, m in enumerate(found) if all(m.head.i != o.head.i for o in found[:i])]
            s.items = [m for m in found if m.category not in words.broad_categories] or found


def _from_population(sent: Span) -> bool:
    """"the army collected 500 rifles from civilians": weapons gathered from a population are no load."""
    return any(t.dep_ == "pobj" and t.head.lower_ == "from" and
               (t.lemma_.lower() in POPULATION or t.lower_ in POPULATION) for t in sent)


def _counted(head: Token) -> bool:
    """"the fifth consignment", "the last shipment": a member of a series, by its ordinal."""
    return any(c.dep_ in ("amod", "nummod") and (c.ent_type_ == "ORDINAL" or c.lower_ in BATCH_ORDINALS)
               for c in head.children)


def series_parties(rows: list[Row], words: seizure.SeizureWords) -> None:
    """Give each seized member of a series with no party the parties of the series' delivery row."""
    sents = {s.start: n for n, s in enumerate(rows[0].sent.doc.sents)} if rows else {}
    for i, r in enumerate(rows):
        head = r.item.head
        if r.frame.stage != seizure.STAGE or r.supplier is not None or r.recipient is not None or \
                head.lemma_.lower() not in words.containers or not _counted(head):
            continue
        at = sents.get(r.sent.start, 0)
        told = [e for e in rows[:i] if e.frame.stage == "delivered" and e.supplier is not None and
                e.recipient is not None and 0 <= at - sents.get(e.sent.start, -99) <= WINDOW]
        if told:
            r.supplier, r.recipient, r.inherited = told[-1].supplier, told[-1].recipient, True
