"""A dummy "it", which stands for no party: the subject of an extraposition.

"The law made it illegal to sell rifles to the rebels", "making it a crime for anyone to provide them with
weapons", "it is illegal to export X", "it was unclear whether Y had sold X": the "it" holds the
place of the clause after it, so it is never resolved to an actor named before. The predicates
are data (words.toml [resolve] small_clause_verbs, extraposed_predicates,
extraposed_that_predicates)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

SMALL_CLAUSE_VERBS = lexicon.word_set("resolve", "small_clause_verbs")
TO_OR_THAT = lexicon.word_set("resolve", "extraposed_predicates")
THAT_ONLY = lexicon.word_set("resolve", "extraposed_that_predicates")
CLAUSE_DEPS = ("xcomp", "advcl", "ccomp", "csubj", "acl", "relcl")
THAT_MARKS = ("that", "whether", "if")


def _words(t: Token) -> set[str]:
    return {t.lower_, t.lemma_.lower()}


def _clause_after(pred: Token, it: Token) -> tuple[bool, bool]:
    """Whether a clause after `it` hangs on pred (or on its copula's predicate): (to-clause, that-clause)."""
    to_clause = that_clause = False
    for c in pred.children:
        if c.dep_ not in CLAUSE_DEPS or c.i < it.i or c.pos_ not in ("VERB", "AUX"):
            continue
        kids = {k.lower_ for k in c.children if k.dep_ in ("aux", "mark")}
        to_clause = to_clause or "to" in kids
        that_clause = that_clause or bool(kids & set(THAT_MARKS)) or (c.dep_ == "ccomp" and "to" not in kids)
    return to_clause, that_clause


def _predicates(head: Token) -> list[Token]:
    """The predicate words of it's clause: the head itself and a copula's adjective or noun."""
    return [head, *(c for c in head.children if c.dep_ in ("acomp", "attr", "oprd"))]


def is_dummy(tok: Token) -> bool:
    """tok is an "it" that holds the place of an extraposed clause (see the module docstring)."""
    if tok.lower_ != "it":
        return False
    if tok.dep_ == "expl":
        return True
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = tok.head
    small = head.dep_ in ("ccomp", "xcomp", "oprd") and head.head.lemma_.lower() in SMALL_CLAUSE_VERBS \
        and head.pos_ in ("ADJ", "NOUN")  # "made it illegal to sell": "it" is the small clause's subject
    for pred in _predicates(head):
        to_clause, that_clause = _clause_after(head, tok)
        if pred is not head:
            t2, h2 = _clause_after(pred, tok)
            to_clause, that_clause = to_clause or t2, that_clause or h2
        words = _words(pred)
        if pred is head and pred.pos_ in ("VERB", "AUX") and tok.dep_ != "nsubjpass":
            continue  # "it believes that ...", "it is ...": an active verb's "it" is a party
        if small and (to_clause or that_clause):
            return True
        if words & TO_OR_THAT and (to_clause or that_clause):
            return True
        if words & THAT_ONLY and that_clause:
            return True
    return False
