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


def split_kinds(head: Token, mention: ItemMention, span_at: dict) -> list[ItemMention]:  # type: ignore[type-arg]
    """The mention of a head shared by two counted kinds as two mentions (the first kind, then the head's own
    with the second count), or the mention alone."""
    doc = head.doc
    nums = [t for t in doc[head.left_edge.i: head.i] if t.like_num and t.pos_ == "NUM"]
    if len(nums) != 2:
        return [mention]
    conj = next((t for t in doc[nums[0].i + 1: nums[1].i] if t.lower_ in CONJUNCTIONS and t.dep_ == "cc"), None)
    if conj is None or conj.i <= nums[0].i + 1 or conj.i + 1 != nums[1].i:
        return [mention]
    span = doc[nums[0].i + 1: conj.i]
    named = [span_at[i] for i in range(span.start, span.end) if i in span_at and span_at[i].kb_id_]
    kind = replace(mention, head=span[-1], span=span, designation=named[0].kb_id_ if named else None,
                   quantity=parse_quantity(nums[0].text), quantity_text=nums[0].text)
    own = mention
    if mention.span.start <= nums[1].i:
        rest = doc[nums[1].i + 1: mention.span.end]
        named = [span_at[i] for i in range(rest.start, rest.end) if i in span_at and span_at[i].kb_id_]
        own = replace(mention, span=rest, designation=named[0].kb_id_ if named else mention.designation,
                      quantity=parse_quantity(nums[1].text), quantity_text=nums[1].text)
    return [kind, own]
