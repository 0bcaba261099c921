"""A reduced relative the parser reads as the clause's verb: in "four ZX-4 jets shipped from Ruritania to
Borduria were seized by the navy" the small English model makes "shipped" the finite verb (the jets its subject)
and "were seized" a conjunct with no "and": the seizure loses its items and the row tells a delivery. A passive
conjunct with its own auxiliary and no coordinator is the clause's real verb; the component
``materiel_reduced_heads`` (after the parser) makes it the head, the noun its passive subject and the first
verb a participle on the noun ("acl"), as the parser reads "jets shipped to X were seized" when it gets it right."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token


def _split(v: Token) -> tuple[Token, Token] | None:
    """(noun, real verb) of "NOUN VERBED ... were VERBED" read as two coordinated verbs."""
    if v.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return None
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < v.i]
    siblings = [c for c in v.head.children if c.dep_ == v.dep_ == "ccomp" and c.i > v.i]  # two clauses of "said"
    conj = [c for c in [*v.children, *siblings] if (c.dep_ == "conj" or c in siblings) and c.tag_ == "VBN" and
            any(a.dep_ == "auxpass" and a.i < c.i for a in c.children) and
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in c.children)]
    if len(subj) != 1 or len(conj) != 1 or subj[0].i != v.i - 1:
        return None
    between = v.doc[v.i + 1:conj[0].i]
    if any(t.dep_ == "cc" or t.text in (",", ";", "and", "but") for t in between):
        return None
    return subj[0], conj[0]


@Language.component("materiel_reduced_heads")
def reduced_heads(doc: Doc) -> Doc:
    for v in doc:
        found = _split(v)
        if found is None:
            continue
        noun, real = found
        head, dep = (real, "ROOT") if v.head.i == v.i else (v.head, v.dep_)
        if real.head.i != v.i:  # a sibling clause: it keeps its place, the first verb leaves it
            head, dep = real.head, real.dep_
        real.head, real.dep_ = head, dep
        noun.head, noun.dep_ = real, "nsubjpass"
        v.head, v.dep_ = noun, "acl"
        for c in list(v.children):
            if c.dep_ == "punct" and c.i > real.i:
                c.head = real
    return doc
