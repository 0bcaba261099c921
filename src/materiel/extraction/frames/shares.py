"""Shares of one order among its buyers: "the Netherlands and Austria jointly ordered nine aircraft
(five for the Netherlands and four for Austria)". A count in apposition to the item with a "for X"
phrase (and the counts coordinated with it) gives X its own quantity; the row of each buyer named
there carries its share, the others keep the whole."""
from __future__ import annotations

from spacy.tokens import Token

from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.quantities import parse_quantity
from materiel.extraction.mentions.resolve import ActorResolver

SHARE_PREPS = frozenset({"for", "to"})


def read_shares(res: ActorResolver, found: list[ItemMention]) -> None:
    """Set each item's `shares` (actor id -> (quantity, text)) from its appositive counts."""
    for m in found:
        out: dict[str, tuple[int | float, str]] = {}
        for a in (c for c in m.head.children if c.dep_ in ("appos", "parataxis") and _count(c)):
            for n in (a, *a.conjuncts):
                q = parse_quantity(n.text) if _count(n) else None
                for who in _for_whom(res, n):
                    if q is not None:
                        out[who] = (q, n.text)
        if len(out) >= 2:  # one "for X" alone is more likely a purpose than a division
            m.shares = out


def _count(t: Token) -> bool:
    return t.pos_ == "NUM" and t.like_num


def _for_whom(res: ActorResolver, n: Token) -> list[str]:
    return [r.actor.id for p in n.children if p.dep_ == "prep" and p.lower_ in SHARE_PREPS
            for o in p.children if o.dep_ == "pobj" for r in res.resolve_all(o)]
