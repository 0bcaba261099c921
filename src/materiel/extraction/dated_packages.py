"""A package named by the day it was told: "Friday's handover comprised:", "this week's consignment contained:". A
transfer noun with the possessive of a time word (`words.toml` [packages] dated_possessives) is the package of
the text, named again as "the package" would be (`packages`, `contents_next`)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

DATED = lexicon.word_set("packages", "dated_possessives")
DEMONSTRATIVES = lexicon.word_set("shared", "demonstratives")


def dated(n: Token) -> bool:
    """n has the possessive of a time word ("today's", "Tuesday's", "this week's")."""
    return any(c.dep_ == "poss" and c.lemma_.lower() in DATED for c in n.children)


def named_again(n: Token) -> bool:
    """A transfer noun told as one the text named before: "this delivery", "Today's handover"."""
    return any(c.lower_ in DEMONSTRATIVES for c in n.children) or dated(n)
