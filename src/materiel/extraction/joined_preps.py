"""Coordinated prepositional phrases the parser breaks: in "asked X for three cutters for its harbour police and
for radar to watch the border" the small English model hangs the second "for" on a later verb ("watch"), on the
main verb as a conjunct of its own, or reads "for drones to watch" as a clause ("for" its marker, "drones" its
subject), so the request's second object is lost. The spaCy component ``materiel_joined_preps`` (after
``materiel_list_repair``) mends it: a preposition right after "and"/"or" whose head (or a head above it) also
governs an earlier preposition of the same word becomes that preposition's conjunct, as in "asked X for A and
for B"; the "and" goes with it, and a marker's subject becomes the preposition's object."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

COORDINATORS = ("and", "or")
OWN_READERS = ("of",)  # "the export of 60 A and of 12 B to Y": coordinated "of" phrases have their own reader
DEPS = ("prep", "conj", "mark")


def _first(second: Token) -> Token | None:
    """The earlier preposition `second` is coordinated with, when the parser hung it elsewhere."""
    doc = second.doc
    if second.i < 2 or second.pos_ not in ("ADP", "SCONJ") or second.dep_ not in DEPS or second.lower_ in OWN_READERS:
        return None
    cc = doc[second.i - 1]
    if cc.lower_ not in COORDINATORS or cc.dep_ != "cc":
        return None
    above = {second.head.i, *(a.i for a in second.head.ancestors)}
    for j in range(cc.i - 1, second.sent.start - 1, -1):
        first = doc[j]
        if first.lower_ == second.lower_ and first.pos_ == "ADP" and first.dep_ == "prep" and \
                (first.head.i in above or _object_of(first.head, above)):
            if second.head.i == first.i or any(a.i == second.i for a in first.ancestors):
                return None
            return first
    return None


def _object_of(noun: Token, above: set[int]) -> bool:
    """"refused permits for A, and for B": the first phrase on the object of a verb above the second."""
    return noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "obj") and noun.head.i in above


@Language.component("materiel_joined_preps")
def joined_preps(doc: Doc) -> Doc:
    for tok in doc:
        first = _first(tok)
        if first is None:
            continue
        old_head, was_mark = tok.head, tok.dep_ == "mark"
        cc = doc[tok.i - 1]
        tok.head, tok.dep_ = first, "conj"
        cc.head, cc.dep_ = first, "cc"
        if was_mark:  # "for drones to watch the coast": "drones" the object of "for"
            subject = next((c for c in old_head.children if c.dep_ == "nsubj" and c.i > tok.i), None)
            if subject is not None:
                subject.head, subject.dep_ = tok, "pobj"
    return doc
