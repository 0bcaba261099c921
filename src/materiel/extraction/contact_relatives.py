"""A relative clause with no relative pronoun ("the six ZX-4 jets Ruritania bought from Borduria were grounded")
the small English model breaks: the buyer becomes an apposition of the jets and "bought" the clause's verb (the
jets its subject, the real verb "were grounded" a clause of its own), so the purchase loses its buyer or the
sentence its verb. The component ``materiel_contact_relatives`` (after the parser) reads NOUN NAME VERBED as the
parser reads "the jets that Ruritania bought": the verb a relative clause on the noun with the name its subject,
and the noun back on the real verb with the role it has there."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

NAMES = ("GPE", "ORG", "NORP")  # a state, capital, ministry or firm that can be the clause's subject
REAL = ("ccomp", "advcl", "conj", "xcomp")  # the real verb, read as a clause of the relative's verb


def _triple(n: Token) -> tuple[Token, Token] | None:
    """(name, verb) of NOUN NAME VERBED read as an apposition and the clause's verb."""
    doc = n.doc
    if n.pos_ != "NOUN" or n.i + 2 >= len(doc):
        return None
    name, v = doc[n.i + 1], doc[n.i + 2]
    second = name.dep_ == n.dep_ and name.dep_ in ("nsubj", "nsubjpass") and name.head.i == n.head.i  # two subjects
    if not (name.dep_ == "appos" and name.head.i == n.i or second) or name.pos_ != "PROPN" or \
            name.ent_type_ not in NAMES or \
            not n.whitespace_ or v.tag_ != "VBD" or any(c.dep_ in ("nsubj", "nsubjpass") and c.i > v.i
                                                         for c in v.children):
        return None
    return name, v


def _real(v: Token, n: Token) -> Token | None:
    """The verb the noun belongs to when the parser made it the relative verb's subject."""
    found = [c for c in v.children if c.dep_ in REAL and c.pos_ in ("VERB", "AUX") and c.i != n.i and
             not any(g.dep_ in ("nsubj", "nsubjpass") and g.i != n.i for g in c.children)]
    return min(found, key=lambda c: abs(c.i - v.i)) if found else None


def _object_slot(head: Token, dep: str, n: Token) -> bool:
    """"X will deliver the jets Y ordered": the parser made the relative verb a clause of the real verb, which
    stands before the noun with no object of its own: the noun is that object."""
    return dep in ("ccomp", "advcl") and head.i < n.i and head.pos_ == "VERB" and \
        not any(c.dep_ in ("dobj", "obj") for c in head.children) and \
        not any(x.is_punct for x in n.doc[head.i + 1:n.i])  # ", a charge X rejected": no object of the verb


def _mend(n: Token, name: Token, v: Token) -> bool:
    head, dep = (None, "ROOT") if v.head.i == v.i else (v.head, v.dep_)
    if n.head.i != v.i and any(a.i == v.i for a in n.ancestors):
        return False  # "most of the jets X bought": the verb above the noun through another word, left alone
    if n.head.i == v.i:
        real = _real(v, n)
        if real is None and head is not None and _object_slot(head, dep, n):
            n.head, n.dep_ = head, "dobj"  # "will deliver the jets X ordered": the noun the real verb's object
        elif real is None:
            if dep not in ("csubj", "csubjpass") or head is None:
                return False
            n.head, n.dep_ = head, "nsubj"  # "the jets X bought will arrive": the noun the real verb's subject
        else:
            real.head, real.dep_ = (real if head is None else head), dep
            passive = any(c.dep_ == "auxpass" for c in real.children)
            n.head, n.dep_ = real, ("dobj" if real.i < n.i else "nsubjpass" if passive else "nsubj")
            for c in list(v.children):
                if c.dep_ == "punct" and c.i > real.i:
                    c.head = real
    v.head, v.dep_ = n, "relcl"
    name.head, name.dep_ = v, "nsubj"
    return True


@Language.component("materiel_contact_relatives")
def contact_relatives(doc: Doc) -> Doc:
    for n in doc:
        found = _triple(n)
        if found is not None:
            _mend(n, *found)
    return doc
