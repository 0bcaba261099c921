"""A transfer noun held by a negated support verb: "X has not made a formal offer of Y to Z", "Z has not yet placed
an order for Y", "Z has yet to sign a contract for Y". The noun tells the transfer; the "not" (or "yet to") of the
verb that holds it says it has not happened. Only over the support verbs of `support_negation.verbs` (words.toml):
"has not rejected the offer" or "did not welcome the sale" deny no transfer."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

SUPPORT_VERBS = lexicon.word_set("support_negation", "verbs")
YET_TO_VERBS = lexicon.word_set("cues", "yet_to_verbs")
HOLDING_DEPS = ("dobj", "obj")


def _yet_to(v: Token) -> bool:
    """"has yet to make", "is yet to place": not (yet) done."""
    head = v.head
    return v.dep_ == "xcomp" and head.lemma_.lower() in YET_TO_VERBS and any(c.lower_ == "yet" for c in head.children)


def support_negated(n: Token) -> bool:
    """n is the object of a support verb that is negated ("has not made an offer of X") or still to come ("has
    yet to place an order for X")."""
    v = n.head
    if n.dep_ not in HOLDING_DEPS or v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() not in SUPPORT_VERBS:
        return False
    return any(c.dep_ == "neg" for c in v.children) or _yet_to(v)
