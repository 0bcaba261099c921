"""Which noun a relative pronoun stands for when two are in reach: in "mortar rounds made by the
factory X, which were exported to Y" the clause hangs on "X", but "were" agrees with a plural: the
pronoun stands for the rounds the maker's phrase describes, not for the (singular) maker."""
from __future__ import annotations

from spacy.tokens import Token

PLURAL_TAGS = ("NNS", "NNPS")
SINGULAR_TAGS = ("NN", "NNP")
CLIMB_DEPS = ("pobj", "agent", "prep", "acl", "appos", "compound")


def plural_clause(rel: Token) -> bool:
    """The verb of the relative clause (or its auxiliary) is plural ("which were exported", "that are")."""
    verbs = [rel, *(c for c in rel.children if c.dep_ in ("aux", "auxpass"))]
    return any(v.tag_ == "VBP" or v.lower_ == "were" for v in verbs) and \
        not any(v.tag_ == "VBZ" or v.lower_ == "was" for v in verbs)


def agreeing_antecedent(rel: Token, head: Token) -> Token:
    """The plural noun a plural relative clause on a singular head stands for, found up the phrase the
    head is part of ("rounds produced by the factory X, which were ..."); else the head itself."""
    if head.tag_ not in SINGULAR_TAGS or not plural_clause(rel) or any(c.dep_ == "conj" for c in head.children):
        return head
    t = head
    for _ in range(5):
        if t.dep_ not in CLIMB_DEPS or t.head.i == t.i:
            return head
        t = t.head
        if t.tag_ in PLURAL_TAGS:
            return t
    return head
