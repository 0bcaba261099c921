"""A seizure joined to a reduced relative the parser took for the clause's verb: "Two jets shipped from X to Y were
seized by police" is read as "[two jets] shipped from X to Y" (a verb with a subject and no auxiliary) and "were
seized" joined to it with no "and" and no subject of its own (or the participle read as the seizure's complement
or clausal subject). The seizure is of the shipment: one event."""
from __future__ import annotations

from spacy.tokens import Token


def reduced_subject(f: Token, s: Token) -> bool:
    """`f`, a shipment verb read with a subject and no auxiliary, and `s`, a passive joined to it with no "and" and
    no subject: the seizure of the shipment's items."""
    joined = s.dep_ == "conj" and s.head.i == f.i or f.dep_ in ("ccomp", "csubjpass") and f.head.i == s.i and f.i < s.i
    return f.tag_ in ("VBN", "VBD") and joined and \
        not any(c.dep_ in ("aux", "auxpass") for c in f.children) and any(c.dep_ == "nsubj" for c in f.children) and \
        any(c.dep_ == "auxpass" for c in s.children) and \
        not any(c.dep_ in ("cc", "nsubj", "nsubjpass") or c.lower_ == "," for c in s.children) and \
        not any(t.lower_ in (",", ";", "and", "but") for t in f.doc[f.i + 1: s.i] if t.head.i == f.i)
