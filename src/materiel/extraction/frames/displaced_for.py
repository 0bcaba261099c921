"""The "for" phrase of a request noun hung on the verb that holds it: "had turned down a Kenyan army request last
year for night-vision equipment". With a time phrase between them the parser hangs "for X" on "turned down"; a
"for" phrase after the noun, on the verb whose object the noun is, naming materiel, is the noun's."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token


def displaced_for(n: Token, is_materiel: Callable[[Token], bool]) -> list[Token]:
    """The "for" phrases of n's verb that belong to n (see the module's text); [] when n has one of its own."""
    if n.dep_ not in ("dobj", "obj") or n.head.pos_ not in ("VERB", "AUX") or \
            any(c.dep_ == "prep" and c.lower_ == "for" for c in n.children):
        return []
    return [c for c in n.head.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > n.i
            and any(p.dep_ == "pobj" and is_materiel(p) for p in c.children)]


def displaced_objects(n: Token, is_materiel: Callable[[Token], bool]) -> list[Token]:
    """The objects of the "for" phrases of `displaced_for`."""
    return [p for c in displaced_for(n, is_materiel) for p in c.children if p.dep_ == "pobj"]
