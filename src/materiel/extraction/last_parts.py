"""The last part of an order told in a sentence of its own: "X ordered 88 A-9 vehicles from Y. The last of them
arrived in 2022" (or "the last of the vehicles", "the final one of these"). As with ", the last of which arrived"
(relative_rows.py), the last part completes the order: the delivery is of the whole order's count, not of one item.
The order is the latest earlier row of the same designated system in the part's paragraph with a count; a part with
its own count ("the last two of them") keeps it. The words are `[items] completing_ordinals` of words.toml."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.paragraphs import same_paragraph

COMPLETING = lexicon.word_set("items", "completing_ordinals")
DEFINITE = lexicon.word_set("partitive_wholes", "definite_determiners")


def _told_whole(of: Token) -> bool:
    """The "of" phrase holds a pronoun or a definite noun ("of them", "of the vehicles")."""
    return any(p.dep_ == "pobj" and (p.pos_ == "PRON" or any(d.dep_ == "det" and d.lower_ in DEFINITE for d in p.children))
               for p in of.children)


def _last_part(head: Token) -> bool:
    """The item's head is the last part of a told whole, with no count of its own."""
    part = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head
    if part.lower_ not in COMPLETING or any(c.pos_ == "NUM" or c.like_num for c in part.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and _told_whole(c) for c in part.children)


def complete_last_parts(rows: list[Row]) -> None:
    """Give each delivery of a last part the count of the order it completes (see the module's text)."""
    for r in rows:
        it, key = r.item, r.designation or r.item.designation
        if r.frame.stage != "delivered" or key is None or not _last_part(it.head):
            continue
        doc = it.head.doc
        orders = [e for e in rows if e is not r and e.frame.stage == "ordered" and e.item.quantity is not None
                  and (e.designation or e.item.designation) == key and e.item.head.i < it.head.i
                  and same_paragraph(doc, e.item.head.i, it.head.i)]
        if orders:
            whole = orders[-1].item
            r.item = replace(it, quantity=whole.quantity, quantity_text=whole.quantity_text)
