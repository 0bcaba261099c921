"""A verb of weighing used as one of opinion: "the Panel considers that the transfer of X by Y to Z constitutes a
violation", "investigators evaluate that ...". With no object of its own and a finite clause as complement
(a "that" clause, or one with a subject of its own) the verb reports a judgement, not a purchase weighed: no
frame of its own; the clause's transfers are told as they are."""
from __future__ import annotations

from spacy.tokens import Token

OBJECTS = ("dobj", "obj", "dative")


def opinion(v: Token, verbs: dict[str, str], weighing: str = "consider") -> bool:
    """A verb of the weighing class whose complement is a finite clause and which takes no object."""
    if verbs.get(v.lemma_.lower()) != weighing or any(c.dep_ in OBJECTS for c in v.children):
        return False
    return any(c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)
               for c in v.children)
