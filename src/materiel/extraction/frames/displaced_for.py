"""The "for" phrase of a request noun hung on the verb that holds it: "had turned down a Kenyan army request last
year for night-vision equipment". With a time phrase between them the parser hangs "for X" on "turned down"; a
"for" phrase after the noun, on the verb whose object the noun is, naming materiel, is the noun's. So is the "of"
phrase of an object the parser hangs on a date between them: "took delivery in May of the first six drones"."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel.extraction.frames.licensed_acts import participle_preps


def displaced_for(n: Token, is_materiel: Callable[[Token], bool]) -> list[Token]:
    """The "for" phrases of n's verb that belong to n (see the module's text); [] when n has one of its own."""
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in n.children):
        return []
    made = participle_preps(n, ("for", "by", "to", "from"))  # "a request made last year by X for Y"
    if made or n.dep_ not in ("dobj", "obj") or n.head.pos_ not in ("VERB", "AUX"):
        return made
    return [c for c in n.head.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > n.i
            and any(p.dep_ == "pobj" and is_materiel(p) for p in c.children)]


def displaced_objects(n: Token, is_materiel: Callable[[Token], bool]) -> list[Token]:
    """The objects of the "for" phrases of `displaced_for`."""
    return [p for c in displaced_for(n, is_materiel) if c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]


def displaced_of(n: Token) -> list[Token]:
    """The objects of an "of" phrase hung on the date of a time phrase just after the verb's object n, or on the
    verb after it ("took delivery in May of X", "took delivery last month of X": X), when n has no "of" of its own."""
    if n.dep_ not in ("dobj", "obj") or any(c.dep_ == "prep" and c.lower_ == "of" for c in n.children):
        return []
    dates = [p for c in n.head.children if c.dep_ == "prep" and c.i == n.i + 1 for p in c.children
             if p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME")]
    dates += [c for c in n.head.children if c.dep_ == "npadvmod" and c.left_edge.i == n.i + 1
              and c.ent_type_ in ("DATE", "TIME")]  # "took delivery last month of X": "of" on the verb
    hosts = dates + [n.head] if len(dates) == 1 else []
    return [p for d in hosts for c in d.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > n.i
            for p in c.children if p.dep_ == "pobj"]


def dated_of(n: Token) -> list[Token]:
    """The objects of an "of" phrase the parser hangs on the date of n's own time phrase ("the export on 17 May 2013
    of 400 rifles": the rifles), when n has no "of" of its own."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in n.children):
        return []
    return [p for c in n.children if c.dep_ == "prep" and c.i == n.i + 1 for d in c.children
            if d.dep_ == "pobj" and d.ent_type_ in ("DATE", "TIME") for w in d.subtree if w.ent_type_ in ("DATE", "TIME")
            for o in w.children if o.dep_ == "prep" and o.lower_ == "of" for p in o.children if p.dep_ == "pobj"]
