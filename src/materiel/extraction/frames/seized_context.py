"""A shipment named again just after a seizure ("The weapons were being smuggled to X") is the seized one; no
seizer is a party of a seized shipment's rows (`seizure` reads the seizure itself)."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from materiel import lexicon
from materiel.extraction.frames import inside, laden
from materiel.extraction.frames.framebase import INTERCEPTOR, Frame
from materiel.extraction.frames.seized_goods import reported, seized_no_goods
from materiel.extraction.frames.seizure import IMPORTS, STAGE, SeizureWords, mark, seizers

DEMONSTRATIVES = lexicon.word_set("shared", "demonstratives")


def _definite(row: Any) -> bool:
    t = row.frame.trigger
    named_again = row.item.definite or row.item.anaphoric
    return named_again or (t.pos_ in ("NOUN", "PROPN") and any(c.lower_ in DEMONSTRATIVES for c in t.children))


def in_context(rows: list[Any], by_sentence: list[tuple[Any, list[Frame]]], words: SeizureWords) -> None:
    """A shipment named again just after a seizure ("The weapons were being smuggled to X") is the
    seized one; then no seizer is a party of a seized shipment's rows (nor from context)."""
    index = {sent.start: n for n, (sent, _) in enumerate(by_sentence)}
    listed: dict[int, list[Any]] = {}
    seized_in: dict[int, Frame] = {}
    for n, (_, frames) in enumerate(by_sentence):
        for f in frames:
            if (f.cls in words.seize_classes and reported(f)) or (f.stage == STAGE and (seizers(f) or f.cls not in words.seize_classes)):
                if not seized_no_goods(f.trigger):  # "the army seized power": no load
                    seized_in.setdefault(n, f)
    for r in rows:
        f = r.frame
        if f.stage != STAGE and f.cls in words.shipment_classes and f.stage == "delivered" and _definite(r):
            at = index.get(r.sent.start)
            near = [] if at is None else [seized_in[k] for k in range(at - words.context_sentences, at) if k in seized_in]
            if near:
                by = near[-1]
                mark(f, by if by.cls in words.seize_classes else None, "intercepted_context")
                if by.items and (laden.broad_load(r, words.broad_categories, by.items) or laden.carrier(r.item, words.conveyances)):  # the cargo listed before, seized or on a seized conveyance ("the truck was bound for X")
                    listed[id(r)] = by.items  # "the arms were destined for X"
                if by.cls not in words.seize_classes:
                    f.roles.setdefault(INTERCEPTOR, [])
                    f.add(INTERCEPTOR, seizers(by))
    if listed:
        rows[:] = [x for r in rows for x in ([replace(r, item=m, designation=m.designation, category=m.category,
                                                       inherited=True) for m in listed[id(r)]]
                                              if id(r) in listed else [r])]
    for r in rows:
        if r.frame.stage == STAGE:
            taken = {a.actor.id for a in seizers(r.frame)}
            if r.recipient is not None and r.recipient.actor.id in taken and not inside.named_inside(r.recipient) and \
                    r.frame.trigger.lemma_.lower() not in IMPORTS:
                r.recipient = None
            if r.supplier is not None and r.supplier.actor.id in taken:
                r.supplier = None
