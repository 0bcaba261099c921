"""A transfer noun that a supplier's perfect tense holds down, read by the small English model as a possession:
in "Ruritania has limited arms exports to Y since 2019" (also "had curbed sales of X to Y", "have restricted")
the parser makes "has" the main verb and the participle an adjective of the noun, so the exports read as made.
A noun whose adjective is a participle (tag VBN) of a refusing governor (`governors.refuse` in predicates.toml:
"limit", "curb", "restrict", "suspend", ...) and which is the object of "have" is withheld: stage refused."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

REFUSING = frozenset(lexicon.toml("predicates.toml")["governors"]["refuse"])


def held_down(n: Token, f: Frame) -> None:
    """Make the transfer noun n refused when a perfect "has <refusing participle>" governs it (module docstring)."""
    if n.dep_ not in ("dobj", "obj") or n.head.lemma_.lower() != "have" or f.stage == "refused":
        return
    if any(c.dep_ == "amod" and c.tag_ == "VBN" and c.i < n.i and c.lemma_.lower() in REFUSING for c in n.children):
        f.stage = "refused"
        f.rule += ":held-down"
