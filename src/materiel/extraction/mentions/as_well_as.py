"""Items added with "as well as" after a modifier of the object: "sent 30 trucks, overhauled by a local
workshop, as well as mortars and grenades". The parser hangs "as well as" and the nouns after it on the
participle or relative clause that modifies the object, not on the object: those nouns are items coordinated
with it (the item finder keeps only the ones that are materiel, so "as well as training" adds nothing)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

INSIDE = lexicon.word_set("items", "as_well_as_path")
NEXT = ("conj", "npadvmod", "dobj", "appos")  # how the parser may hang the noun after "as well as" the conjunction


def added_after_modifier(tok: Token) -> list[Token]:
    """The nouns joined by "as well as" under a modifier of tok's phrase, or, tok being a verb's object, under
    a participle of that verb with no subject of its own ("delivered 80 A to X, refurbished by Y, as well as B")."""
    doc, out = tok.doc, []
    v = tok.head
    hosts = [tok] + [c for c in v.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > tok.i and not any(
        s.dep_ in ("nsubj", "nsubjpass") for s in c.children)] if tok.dep_ in ("dobj", "obj") else [tok]
    for t in (t for h in hosts for t in h.subtree):
        if t.lower_ != "as" or t.i < 2 or t.head.i == tok.i or doc[t.i - 1].lower_ != "well" or \
                doc[t.i - 2].lower_ != "as" or not any(_inside(t, h) for h in hosts):
            continue
        after = [c for c in t.head.children if c.dep_ in NEXT and c.i > t.i] if t.dep_ == "cc" else []
        for p in [*(c for c in t.children if c.dep_ == "pobj"), *after[:1]]:  # "as" a preposition, or a conjunction
            if p.pos_ in ("NOUN", "PROPN"):
                out.extend([p, *p.conjuncts])
    return out


def _inside(t: Token, tok: Token) -> bool:
    """t hangs on tok through its modifiers only (a participle, a relative clause, their phrases)."""
    a, steps = t.head, 0
    while a.i != tok.i:
        if a.dep_ not in INSIDE or a.head.i == a.i or steps > len(t.doc):  # a mended parse may hold a cycle
            return False
        a, steps = a.head, steps + 1
    return True
