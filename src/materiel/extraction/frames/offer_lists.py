"""Offers listed after their noun: "Ruritania now has two offers: system A, from firm X, and system B from firm
Y", "three tenders, A from X and B from Y". An offer noun with no item of its own takes the items of its
apposition (and the apposition's conjuncts); each member's own "from" phrase names its bidder (the pipeline pairs
each item with its own, own_suppliers.py)."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.resolved import Resolved


def _members(n: Token) -> list[Token]:
    found: list[Token] = []
    for c in n.children:
        if c.dep_ == "appos":
            found += [c, *c.conjuncts]
    return found


def listed(n: Token, items: Any, res: Any) -> tuple[list[ItemMention], list[Resolved]]:
    """The items of the offers listed in the apposition of `n`, and the bidders their "from" phrases name."""
    members = [m for m in _members(n) if items.is_materiel(m)]
    found = [i for m in members for i in items.items(m)]
    bidders = [r for m in members for c in m.children if c.dep_ == "prep" and c.lower_ == "from"
               for p in c.children if p.dep_ == "pobj" for q in (p, *p.conjuncts) for r in res.resolve_all(q)]
    return found, bidders
