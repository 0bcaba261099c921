"""A negation shared across coordinated verbs: "had not shipped or leased any X to Y" negates both verbs, and
the bare second participle shares the first one's perfect auxiliary."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

CARRYING = lexicon.word_set("shared_negation", "carrying_conjunctions")
PERFECT_AUX = lexicon.word_set("shared_negation", "perfect_aux")
_OWN = ("nsubj", "nsubjpass", "aux", "auxpass", "neg")


def bare_conjunct(t: Token) -> bool:
    """A verb coordinated under "or"/"nor" with no subject, auxiliary or negation of its own."""
    if t.dep_ != "conj" or t.pos_ not in ("VERB", "AUX") or t.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in _OWN for c in t.children):
        return False
    joins = [c for c in t.head.children if c.dep_ == "cc" and t.head.i < c.i < t.i]
    return bool(joins) and all(c.lower_ in CARRYING for c in joins)


def shares_negation(t: Token) -> bool:
    """"X had not shipped or leased Y": the bare second verb takes the "not" (or "never") of the first."""
    return bare_conjunct(t) and any(c.dep_ == "neg" for c in t.head.children)


def perfect_host(t: Token) -> Token | None:
    """The first verb whose perfect auxiliary a bare coordinated participle shares ("had not shipped or leased")."""
    if t.tag_ != "VBN" or not bare_conjunct(t):
        return None
    return t.head if any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in t.head.children) else None
