"""The name a pronoun stands for when it is the subject of the clause its own reporting verb reports: "X said it
had ordered three helicopters", "Y announced that it had signed": the reporting verb's subject."""
from __future__ import annotations

from spacy.tokens import Token


def reporter_of(t: Token) -> Token:
    """The subject of the reporting verb whose clause t, a subject pronoun, opens; t itself otherwise."""
    v = t.head
    if t.pos_ != "PRON" or t.dep_ not in ("nsubj", "nsubjpass") or v.dep_ != "ccomp":
        return t
    return next((c for c in v.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), t)
