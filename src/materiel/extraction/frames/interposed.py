"""Phrases an interposed relative clause swallows: in "asked an agent, who was posing as a supplier, for ten
grenades" the parser hangs "for ten grenades" on "posing", but a clause opened by a relative pronoun and
closed by a comma ends there: the phrases after that comma belong to the verb the clause interrupts."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

RELATIVE_SUBJECTS = lexicon.word_set("frame_words", "interposed_subjects")


def _interposed(c: Token) -> bool:
    return c.dep_ in ("ccomp", "relcl", "advcl") and c.pos_ in ("VERB", "AUX") and \
        any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in RELATIVE_SUBJECTS and s.i < c.i for s in c.children)


def interposed_preps(v: Token) -> list[Token]:
    """The prepositional phrases after the closing comma of a relative clause on the verb or its object."""
    hosts = [v, *(o for o in v.children if o.dep_ in ("dobj", "obj"))]
    out: list[Token] = []
    for c in (c for h in hosts for c in h.children if c.i > v.i and _interposed(c)):
        commas = [x.i for x in c.children if x.dep_ == "punct" and x.text == "," and x.i > c.i]
        if commas:
            out += [p for p in c.children if p.dep_ == "prep" and p.i > commas[0]]
    return out
