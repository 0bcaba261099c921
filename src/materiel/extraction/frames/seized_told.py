"""A load told as seized by a participle rather than by a clause of its own: "The seized rifles were destined for
X" (the participle a modifier of the item), "Seized off the coast, the rifles were destined for X" (a fronted
participle of the sentence whose subject is the load). The shipment on its way is intercepted."""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token


def told_seized(trigger: Token, item_heads: Iterable[Token], verbs: dict[str, str], seize_classes: frozenset[str]) -> bool:
    """Whether a seizing participle modifies one of the items or fronts the sentence of `trigger`."""
    def seizing(t: Token) -> bool:  # the tagger may read the participle as an adjective ("seized"/JJ): its stem
        low = t.lower_
        stems = (t.lemma_.lower(), low[:-1], low[:-2]) if low.endswith("ed") else (t.lemma_.lower(),)
        return any(verbs.get(s) in seize_classes for s in stems)

    if any(c.dep_ == "amod" and c.lower_.endswith("ed") and seizing(c) for h in item_heads for c in h.children):
        return True
    return any(c.dep_ == "advcl" and c.tag_ == "VBN" and c.i < trigger.i and seizing(c) and
               not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children) for c in trigger.children)
