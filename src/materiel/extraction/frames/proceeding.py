"""A step carried on by another verb: "would go ahead with delivering X", "will press ahead with the delivery of
X", "would proceed with the sale". The step has no governor of its own ("press" is no request here) and takes
the carrying verb's auxiliaries, so a modal or future there makes the step a future one (modality.py)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

CARRYING = lexicon.word_set("frame_words", "proceeding_verbs")
ALONE = lexicon.word_set("frame_words", "proceeding_alone")
AHEAD = lexicon.word_set("frame_words", "proceeding_adverbs")


def carrier(t: Token) -> Token | None:
    """The verb that carries t on ("go ahead with [delivering]"), else None."""
    if t.dep_ not in ("pcomp", "pobj") or t.head.dep_ != "prep" or t.head.lower_ != "with":
        return None
    verb = t.head.head
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or lemma not in CARRYING:
        return None
    if lemma in ALONE or any(c.dep_ in ("advmod", "prt") and c.lower_ in AHEAD for c in verb.children):
        return verb
    return None


def carried_aux(t: Token) -> set[str]:
    """The auxiliaries of the carrying verb ("would", "will", "to"), lower-cased; empty when t is not carried."""
    verb = carrier(t)
    if verb is None:
        return set()
    return {c.lower_ for c in verb.children if c.dep_ == "aux"}


def carries_on(verb: Token) -> bool:
    """"pressed ahead with the delivery", "will push on with the sale": a verb carrying a step on is no predicate
    of its own ("press" is no request here)."""
    if verb.lemma_.lower() not in CARRYING or not any(c.dep_ in ("advmod", "prt") and c.lower_ in AHEAD
                                                     for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
