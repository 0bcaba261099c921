"""A granting verb stopped: "X stopped approving permits for Y", "ceased issuing licences for the sale of Y",
"discontinued granting licences", "will no longer approve licences for Y". The licences are withheld from now on:
what they would cover is refused, not offered. A stopping verb that is itself negated ("has not stopped
approving") stops nothing."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

STOPPING = lexicon.word_set("revoked_licences", "stopping_verbs")
CEASING = lexicon.word_set("frame_words", "cessation_adverbs")


def _negated(v: Token) -> bool:
    return any(c.dep_ == "neg" for c in v.children)


def _no_longer(v: Token) -> bool:
    """"will no longer approve", "does not issue them any more"."""
    ends = [c for c in v.children if c.dep_ in ("advmod", "npadvmod") and c.lower_ in CEASING]
    return any(any(g.lower_ == "no" for g in e.children) or
               (_negated(v) and (e.lower_ == "anymore" or any(g.lower_ == "any" for g in e.children))) for e in ends)


def halted(verb: Token) -> bool:
    """True when the granting verb `verb` is stopped: the complement of a stopping verb not itself negated, or
    granted "no longer"."""
    head = verb.head
    if verb.dep_ in ("xcomp", "pcomp", "ccomp") and head.i != verb.i and head.lemma_.lower() in STOPPING:
        return not _negated(head)
    return _no_longer(verb)


def halted_noun(noun: Token) -> bool:
    """"halted the approval of licences", "froze the granting of permits": an approval noun that is the object of a
    stopping verb."""
    head = noun.head
    return noun.dep_ in ("dobj", "obj", "nsubjpass") and head.lemma_.lower() in STOPPING and not _negated(head)
