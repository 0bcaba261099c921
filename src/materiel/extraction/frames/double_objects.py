"""Double objects the parser reads as one: "offered Peru the Leopard 2", "sold Chile the Vell-9". With a
named item after a party and no noun of its own, the parser makes the party the object and the item its
apposition; the party then is the recipient (the verb's indirect object) and the apposition the object."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel.extraction.frames.framebase import Frame


def appositive_object(finder: Any, v: Token, objects: list[Token], spec: dict[str, Any], f: Frame) -> list[Token]:
    """The objects of v with "PARTY the ITEM" split: the party added to f as the indirect object's role, the item
    returned in its place. Only when the party is the verb's only object and comes straight after the verb."""
    if len(objects) == 1 and objects[0].left_edge.i == v.i + 1 and objects[0].i > v.i + 2 and \
            _fused_party(finder, v, objects[0], spec, f):  # "sell Peru 24 F-16 fighters" read as one noun phrase
        if not finder.items.is_materiel(objects[0]):  # "fighters" no item alone: the system named before it
            named = [t for t in v.doc[v.i + 3: objects[0].i] if finder.items.is_materiel(t)]
            return named[:1] or objects
        return objects
    if len(objects) != 1 or objects[0].i != v.i + 1 and not _possessed(v, objects[0]) or \
            finder.items.is_materiel(objects[0]):
        return objects
    party = objects[0]
    item = next((c for c in party.children if c.dep_ == "appos" and c.i > party.i and
                 (finder.items.is_materiel(c) or any(finder.items.is_materiel(t) for t in c.subtree))), None)
    if item is None or finder.res.resolve(party) is None:
        return objects
    f.add(spec.get("dative") or spec.get("object") or "recipient", finder.res.resolve_all(party))
    return [item]


def _possessed(v: Token, obj: Token) -> bool:
    """"has given X's air force 16 A": a service owned by a named state, straight after the verb."""
    if v.i + 1 >= len(v.doc):
        return False  # a verb that ends the text (a headline's last word): nothing after it
    first = v.doc[v.i + 1]
    return first.dep_ == "poss" and first.head.i == obj.i and first.pos_ == "PROPN" and obj.i <= v.i + 5


def _fused_party(finder: Any, v: Token, obj: Token, spec: dict[str, Any], f: Frame) -> bool:
    """"will sell Peru 24 F-16 fighters": the parser makes the party a modifier of the counted item; a state's
    name straight after the verb, then a number, is the indirect object."""
    if v.i + 2 >= len(v.doc):
        return False
    party, num = v.doc[v.i + 1], v.doc[v.i + 2]
    if party.pos_ != "PROPN" or not num.like_num or party.head.i not in (obj.i, num.i, *(c.i for c in obj.children)):
        return False
    r = finder.res.resolve(party)
    if r is None or r.actor.kind != "state":
        return False
    f.add(spec.get("dative") or spec.get("object") or "recipient", [r])
    return True
