"""Two counted kinds sharing one head noun: "two Island-class and two Protector-class patrol boats", "four
Leopard and six Pizarro vehicles". The parser hangs both counts on the one head; the first kind, between its
count and the conjunction, is an item of its own with its own count and the head's category (the mention's text
is the kind's words, "Island-class", and its head their last word, so that it stays beside the head's own). Counts with nothing between ("between 20 and 30 tanks") are no kinds."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.quantities import parse_quantity

CONJUNCTIONS = ("and", "or")


def first_kind(head: Token, mention: ItemMention, span_at: dict) -> ItemMention | None:  # type: ignore[type-arg]
    """The first counted kind of a head shared by two counted kinds, or None."""
    nums = sorted((c for c in head.children if c.dep_ == "nummod" and c.like_num), key=lambda c: c.i)
    if len(nums) < 2:
        return None
    doc = head.doc
    conj = next((t for t in doc[nums[0].i + 1: nums[1].i] if t.lower_ in CONJUNCTIONS and t.dep_ == "cc"), None)
    if conj is None or conj.i <= nums[0].i + 1 or any(t.like_num for t in doc[nums[0].i + 1: conj.i]):
        return None
    span = doc[nums[0].i + 1: conj.i]
    named = [span_at[i] for i in range(span.start, span.end) if i in span_at and span_at[i].kb_id_]
    return replace(mention, head=span[-1], span=span, designation=named[0].kb_id_ if named else None,
                   quantity=parse_quantity(nums[0].text), quantity_text=nums[0].text)
