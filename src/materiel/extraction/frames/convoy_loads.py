"""The rest of a conveyance's load that the parser coordinated with the conveyance: in "a convoy of 18 trucks
carrying Chinese rifles, grenades and ammunition crossed into X" it reads "grenades and ammunition" as conjuncts of
"trucks". A materiel conjunct of the conveyance after the carried object is carried too."""
from __future__ import annotations

from spacy.tokens import Token

from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.items import ItemFinder


def load_conjuncts(items: ItemFinder, carrying: Token, conveyances: frozenset[str]) -> list[ItemMention]:
    """The items among the conjuncts of the conveyance that `carrying` (an acl) hangs on (or of the convoy it is
    part of), after the carrying verb's object; none that is a conveyance itself ("trucks and buses carrying X")."""
    if carrying.dep_ != "acl" or not any(c.dep_ in ("dobj", "obj") for c in carrying.children):
        return []
    last = max(x.i for c in carrying.children if c.dep_ in ("dobj", "obj") for x in c.subtree)
    vehicle = carrying.head
    convoy = vehicle.head.head if vehicle.dep_ == "pobj" and vehicle.head.lower_ == "of" else vehicle
    out: list[ItemMention] = []
    for q in dict.fromkeys([*vehicle.conjuncts, *convoy.conjuncts]):  # "a convoy of trucks carrying A, B and C"
        if q.i > last and q.lemma_.lower() not in conveyances and items.is_materiel(q):
            out.extend(items.items(q, 1))
    return out
