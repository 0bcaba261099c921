"""Objects paired with their own phrases: "delivered 12 drones to X and 40 vehicles to Y". The parser hangs both
"to" phrases on the verb and the second object on the verb as a conjunct; each phrase after a conjunct object (and
before the next one) is that object's, not the first object's, so X gets the drones and Y the vehicles, never the
cross product. A conjunct "a batch of 40 vehicles" is an object too when its "of" phrase names materiel."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel.extraction.frames.framebase import Frame

PAIRED_DEPS = ("prep", "dative")


def conjunct_objects(v: Token, is_materiel: Callable[[Token], bool]) -> list[Token]:
    """The verb's conjunct nouns that are objects: materiel, or a container whose "of" phrase is."""
    return [c for c in v.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and (
        is_materiel(c) or any(p.dep_ == "prep" and p.lower_ == "of" and any(
            o.dep_ == "pobj" and is_materiel(o) for o in p.children) for p in c.children))]


def own_phrases(v: Token, c: Token, objects: list[Token]) -> list[Token]:
    """The verb's phrases after conjunct object c and before the next one: c's own."""
    nxt = min((o.i for o in objects if o.i > c.i), default=len(v.doc))
    return [p for p in v.children if p.dep_ in PAIRED_DEPS and c.i < p.i < nxt]


def release(f: Frame, objects: list[Token], roles: tuple[str, ...]) -> None:
    """Take from the first frame the parties that only the phrases after its conjunct objects name, when a phrase
    before the first conjunct names a party of the same role ("to X ... and B to Y": X only)."""
    if not objects:
        return
    first = min(o.i for o in objects)
    for role in roles:
        before = [r for r in f.roles[role] if r.token.i < first]
        if before and len(before) < len(f.roles[role]):
            f.roles[role] = before
