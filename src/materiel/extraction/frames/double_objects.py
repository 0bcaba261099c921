"""Double objects the parser reads as one: "offered Peru the Leopard 2", "sold Chile the Scorpion". With a
named item after a party and no noun of its own, the parser makes the party the object and the item its
apposition; the party then is the recipient (the verb's indirect object) and the apposition the object."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel.extraction.frames.framebase import Frame


def appositive_object(finder: Any, v: Token, objects: list[Token], spec: dict[str, Any], f: Frame) -> list[Token]:
    """The objects of v with "PARTY the ITEM" split: the party added to f as the indirect object's role, the item
    returned in its place. Only when the party is the verb's only object and comes straight after the verb."""
    if len(objects) != 1 or objects[0].i != v.i + 1 or finder.items.is_materiel(objects[0]):
        return objects
    party = objects[0]
    item = next((c for c in party.children if c.dep_ == "appos" and c.i > party.i and
                 (finder.items.is_materiel(c) or any(finder.items.is_materiel(t) for t in c.subtree))), None)
    if item is None or finder.res.resolve(party) is None:
        return objects
    f.add(spec.get("dative") or spec.get("object") or "recipient", finder.res.resolve_all(party))
    return [item]
