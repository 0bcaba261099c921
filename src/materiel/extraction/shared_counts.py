"""One count before a pair of plural nouns: "impounded 35 carbines and shotguns" counts the weapons together (35
carbines and shotguns), not 35 carbines and shotguns of no number. The parser hangs the count on the first noun and makes the
second, with no count, determiner, possessor or phrase after it of its own, its conjunct; the first naming no
system ("21 X-9 missiles and components for cruise missiles" are two items) and the two of one kind ("12 mortars and
sniper rifles" are twelve mortars); the two rows of one frame and one pair of
parties become one, whose item is the whole coordination with the count."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

OWN_DEPS = ("nummod", "det", "poss", "quantmod", "predet")


def shared_counts(rows: list[Any]) -> list[Any]:
    """The rows with each uncounted plural conjunct of a counted plural joined to it."""
    out: list[Any] = []
    for r in rows:
        first = next((o for o in out if _joins(o, r)), None)
        if first is None:
            out.append(r)
            continue
        it = first.item
        first.item = replace(it, span=it.head.doc[it.span.start: r.item.span.end])
    return out


def _joins(first: Any, r: Any) -> bool:
    a, b = first.item, r.item
    if first.frame is not r.frame or _id(first.supplier) != _id(r.supplier) or _id(first.recipient) != _id(r.recipient):
        return False
    if a.quantity is None or b.quantity is not None or a.whole is not None or b.anaphoric or b.pronoun or \
            first.designation or a.designation or (first.category or a.category) != (r.category or b.category):
        return False
    x, y = a.head, b.head
    if y.dep_ != "conj" or y.head.i != x.i or x.tag_ != "NNS" or y.tag_ != "NNS" or a.span.end > b.span.start:
        return False
    between = x.doc[a.span.end: b.span.start]
    return [t.lower_ for t in between] == ["and"] and \
        any(c.dep_ == "nummod" and c.i < a.span.start for c in x.children) and \
        not any(c.dep_ in OWN_DEPS or c.i > y.i for c in y.children)


def _id(party: Any) -> object:
    return party.actor.id if party is not None else None
