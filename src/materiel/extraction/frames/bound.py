"""Where the parser hangs a destination ("weapons bound for X", "a cargo headed for Y"): on the item, on
a noun trigger, on a clause under them ("rifles that X said were bound for Y"), on the item's origin just
before it ("rifles from X bound for Y": the participle attached to the nearest noun, X), or on the verb
of which the item is the object ("seized rifles from X, bound for Y")."""
from __future__ import annotations

from spacy.tokens import Token

from materiel.extraction.frames.framebase import Frame


def destination_words(f: Frame, words: set[str]) -> list[Token]:
    """The destination words ("bound", "destined", ...) that tell where the items of frame `f` go."""
    heads = [m.head for m in f.items] + ([f.trigger] if f.trigger.pos_ in ("NOUN", "PROPN") else [])
    heads += [q for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
              for q in c.children if q.dep_ == "pobj"]
    found = [d for h in heads for c in h.children if c.dep_ in ("amod", "acl", "relcl")
             for d in (c, *(g for g in c.children if g.dep_ == "ccomp"))]
    if f.items and f.trigger.pos_ == "VERB":
        found += [c for c in f.trigger.children if c.dep_ == "advcl" and c.tag_ == "VBN"]
    return [d for d in found if d.lower_ in words]
