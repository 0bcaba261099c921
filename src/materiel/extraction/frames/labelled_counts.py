"""A count under a label: a line that opens with an item and a colon and goes on with a bare number that a
predicate counts, "- Xylo-7 attack helicopters: 30 approved in 2008", "Frigates: four were ordered in 2015".
The number counts the label's item ("30 X helicopters"): the frame whose item is that bare number (or the label
itself, or none, the number read as the head of its participle) takes the label's item with the number as its
quantity.
A label that is no materiel ("Deliveries: 30 approved") gives nothing, nor does a number with a noun of its own
("Helicopters: four batteries approved")."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.quantities import parse_quantity

BULLETS = frozenset({"-", "–", "—", "•", "*", "·"})


def _label(sent: Span) -> tuple[Token, Token] | None:
    """The label's head and the colon after it, for a sentence that opens (past a bullet) with a noun phrase and a
    colon; None otherwise."""
    start = sent.start
    while start < sent.end and (sent.doc[start].text in BULLETS or sent.doc[start].is_space):
        start += 1
    colon = next((t for t in sent.doc[start: sent.end] if t.text == ":"), None)
    if colon is None or colon.i - start < 1 or colon.i - start > 8:
        return None
    words = sent.doc[start: colon.i]
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in words):
        return None  # "The ministry said: 30 approved": a clause, no label
    heads = [t for t in words if t.head.i < start or t.head.i >= colon.i or t.head.i == t.i]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN"):
        return None
    return heads[0], colon


def _count_after(colon: Token, trigger: Token) -> Token | None:
    """The bare number just after the colon that the trigger counts: its subject, object, or the head it modifies."""
    nxt = colon.doc[colon.i + 1] if colon.i + 1 < len(colon.doc) else None
    if nxt is None or not nxt.like_num or nxt.pos_ != "NUM":
        return None
    if any(c.dep_ not in ("punct", "quantmod", "advmod", "cc", "conj", "acl", "relcl", "prep") for c in nxt.children):
        return None  # "four batteries": a noun of its own
    if nxt.head.i == trigger.i or trigger.head.i == nxt.i and trigger.dep_ in ("acl", "relcl"):
        return nxt
    return None


def filled(frames: list[Frame], sent: Span, items: ItemFinder) -> list[Frame]:
    """The frames, those of a labelled line given the label's item with the line's count (see the module)."""
    _fill(frames, sent, items)
    return frames


def _fill(frames: list[Frame], sent: Span, items: ItemFinder) -> None:
    found = _label(sent)
    if found is None:
        return
    head, colon = found
    label = [m for m in items.items(head) if m.head.i == head.i and not m.anaphoric]
    if not label or not (items.is_materiel(head) or label[0].designation):
        return  # "Deliveries: 30 approved"; "X fighters" only with a designation
    for f in frames:
        if f.trigger.i <= colon.i:
            continue
        if not all(m.head.like_num and len(m.span) == 1 or m.head.i == head.i for m in f.items):
            continue  # an item of its own beside the count
        count = _count_after(colon, f.trigger)
        if count is None:
            continue
        quantity = parse_quantity(count.text)
        if quantity is None:
            continue
        f.items = [replace(label[0], quantity=quantity, quantity_text=count.text, anaphoric=False)]
        f.rule += ":labelled"
