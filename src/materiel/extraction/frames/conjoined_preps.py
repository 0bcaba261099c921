"""Prepositional phrases joined to a verb's phrase by "and": "offered to India, where ..., and to Saudi Arabia"
(the second "to" a conjunct of the first), and "asked X for patrol boats for its navy and for helicopters",
where the parser hangs the second "for" on the first item's own "for" phrase (its purpose), not on the verb's:
the same preposition again after "and", under a phrase of the verb's object, is the verb's too."""
from __future__ import annotations

from spacy.tokens import Token


def conjoined_phrases(p: Token) -> list[Token]:
    """The prepositions joined to the verb's preposition `p`: its own conjuncts, and those of a phrase with the
    same preposition on one of its objects."""
    found = [c for c in p.children if c.dep_ == "conj" and c.pos_ == "ADP"]
    for pobj in (c for c in p.children if c.dep_ == "pobj"):
        for inner in (c for c in pobj.children if c.dep_ == "prep" and c.lower_ == p.lower_):
            found += [c for c in inner.children if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ == p.lower_]
    return found
