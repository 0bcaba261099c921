"""A batch named again that holds the several items just told: "In 2014 Ruritania licensed Karvell to supply
Borduria with 300 A rifles, 40 B machine guns and cartridges. The consignment was delivered in 2015 to the
Borduria guard." A row whose item is a bare batch noun (`words.toml` [items] bare_batch_nouns: no "of" phrase of
its own) told as one named again ("the consignment", not "a handful"), the subject of its verb, stands for the counted or named items of the rows of the sentence just
before (two or more): it becomes one row per item, each with its own count; its parties and stage stay its own."""
from __future__ import annotations

from dataclasses import replace

from materiel import lexicon
from materiel.extraction.discourse import Row

BATCH = lexicon.word_set("items", "bare_batch_nouns")
DEFINITE = lexicon.word_set("packages", "definite_dets")  # "the consignment", not "a handful" (a part)


def spread(rows: list[Row]) -> list[Row]:
    out: list[Row] = []
    for r in rows:
        h = r.item.head
        if h.lemma_.lower() not in BATCH or h.dep_ not in ("nsubj", "nsubjpass") or h.head.i != r.frame.trigger.i \
                or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in h.children) or any(c.dep_ == "prep" and c.lower_ == "of" for c in h.children) or r.sent.start == 0:
            out.append(r)
            continue
        before = h.doc[r.sent.start - 1].sent.start
        told: dict[int, Row] = {}
        for e in rows:
            if e.sent.start == before and (e.item.quantity is not None or e.item.designation) and \
                    e.item.head.i not in told:
                told[e.item.head.i] = e
        if len(told) < 2:
            out.append(r)
            continue
        out.extend(replace(r, item=e.item, designation=e.designation, category=e.category) for e in told.values())
    return out
