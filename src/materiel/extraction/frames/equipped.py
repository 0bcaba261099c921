"""A verb of equipping whose object is materiel: "equip 22 Polish air-defence batteries with CAMM missiles".
The object is the platform fitted out, not an item moved; the "with" phrase names what is supplied. A
formation as object ("to equip the battalion posted abroad") is the party equipped, never an item, with or
without a "with" phrase. The verbs and formations are data (`words.toml` [equipped])."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

VERBS = lexicon.word_set("equipped", "verbs")
FORMATIONS = lexicon.word_set("equipped", "formations")


def drop_platform(v: Token, f: Frame) -> None:
    """Of the items of an equipping verb with a "with" phrase (on the verb or on its object), drop its
    objects': they are what is fitted out."""
    if v.lemma_.lower() not in VERBS:
        return
    objects = [t for c in v.children if c.dep_ in ("dobj", "obj") for t in (c, *c.conjuncts)]
    formations = {t.i for t in objects if t.lemma_.lower() in FORMATIONS or t.lower_ in FORMATIONS}
    f.items = [m for m in f.items if m.head.i not in formations]
    if not any(c.dep_ == "prep" and c.lower_ == "with" for h in (v, *objects) for c in h.children):
        return
    fitted = {t.i for t in objects}
    f.items = [m for m in f.items if m.head.i not in fitted]
