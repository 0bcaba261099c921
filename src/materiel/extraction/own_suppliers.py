"""Each item with its own supplier: "offers of jet A from state X and jet B from state Y's firm Z", "bids of
system A from firm X and system B from firm Y". When a frame gathers several suppliers and an
item carries a "from" phrase of its own naming some of them, that item goes with those only, not with every
supplier of the frame."""
from __future__ import annotations

from spacy.tokens import Token

from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.resolve import Resolved


def own_from(head: Token) -> list[Token]:
    """The words of the item's own "from" phrase: its child, or the phrase right after it wherever the parser hung
    it ("Gripen aircraft from Saab" with "from Saab" on the offers)."""
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    preps = [c for c in head.children if c.dep_ == "prep"] + ([after] if after is not None and after.dep_ == "prep" else [])
    words = [t for c in preps if c.lower_ == "from" for t in c.subtree]
    other = {t.i for w in words if w.dep_ == "conj" and not w.ent_type_ for t in w.subtree}  # "from X and B from Y"
    return [t for t in words if t.i not in other]


def own_suppliers(item: ItemMention, suppliers: list[Resolved | None]) -> list[Resolved | None]:
    """The suppliers of `suppliers` named in the item's own "from" phrase, else all of them."""
    if len(suppliers) < 2:
        return suppliers
    inside = {t.i for t in own_from(item.head)}
    own: list[Resolved | None] = [s for s in suppliers if s is not None and s.token.i in inside]
    return own or suppliers
