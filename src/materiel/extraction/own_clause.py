"""Clauses of one sentence that tell different deals: coordinated main clauses, each with a subject of its own
("Norway barred a freighter with rockets from its ports, and Egypt's ministry approved the purchase of frigates"):
a party one clause names is no party of the other's frame, unless one clause answers the other ("Ghana asked for
a boat, and Norway agreed")."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Token

from materiel.extraction.mentions import stranded

OBJECTS = ("dobj", "ccomp", "xcomp", "attr", "dative", "prep", "acomp")
SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
MAX_CLIMB = 12


def _has_subject(t: Token) -> bool:
    """A verb with a subject of its own, or one the parser stranded before it ("A offered X and B bought Y")."""
    if t.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in SUBJECTS for c in t.children):
        return True
    after = stranded.verb_after(t.doc[t.i - 1]) if t.i > 0 else None
    return after is not None and after.i == t.i


def clause_head(t: Token) -> Token:
    """The nearest verb at or above t with a subject of its own (the sentence root if none)."""
    cur = t
    for _ in range(MAX_CLIMB):
        if _has_subject(cur) or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _bare(t: Token) -> bool:
    """A clause of a subject and its verb only ("Norway agreed", "Kyiv declined"): an answer, no deal of its own."""
    return not any(c.dep_ in OBJECTS for c in t.children)


def _conj_root(t: Token) -> Token:
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t


def other_clause(a: Token, b: Token) -> bool:
    """a and b stand in different coordinated clauses, each with its own subject."""
    ha, hb = clause_head(a), clause_head(b)
    if ha.i == hb.i or not (_has_subject(ha) and _has_subject(hb)):
        return False
    if _bare(ha) or _bare(hb):
        return False  # "and Norway agreed": a bare clause answers the other one
    return (ha.dep_ == "conj" or hb.dep_ == "conj") and _conj_root(ha).i == _conj_root(hb).i


BUYING = ("buy", "sign_for")  # frame classes whose subject is the buyer ("X ordered", "X signed for")


def subject_buyers(frames: Sequence[Any]) -> set[str]:
    """The actor ids of the subjects of the buying verbs among frames: a sentence's buyer sells nothing in it
    ("X bought nine in 2020, with handovers due from 2023, and Y bought three": the handovers' X buys)."""
    return {p.actor.id for f in frames if f.cls in BUYING and f.trigger.pos_ == "VERB"
            for p in f.roles["recipient"] if p.token.dep_ == "nsubj" and p.token.head.i == f.trigger.i}
