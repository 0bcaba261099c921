"""Transfers told only as a condition, or to a generic "you", are no rows.

- A condition is no event: "threatened to sell X to Y if Z did not deliver spare parts", "if A sends more tanks
  to B, C will respond", "would consider it only if A supplied a battery". A row whose trigger (or the verb it
  completes: "if A agrees to send") heads a clause marked "if" or "unless" (words.toml [hypotheticals]
  condition_marks) is dropped; the main clause's own row ("B will buy X if ...") stays.
- A generic "you" is no party: "you can deliver all the vehicles you want", "he would sell you a helicopter on
  Monday". A row whose trigger has such a pronoun ([hypotheticals] generic_pronouns) as subject or object is
  dropped.

Word lists: words.toml [hypotheticals]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row

CONDITION_MARKS = lexicon.word_set("hypotheticals", "condition_marks")
GENERIC_PRONOUNS = lexicon.word_set("hypotheticals", "generic_pronouns")
PARTY_DEPS = ("nsubj", "nsubjpass", "dobj", "dative", "iobj")
CLIMB_DEPS = ("xcomp",)  # "if A agrees to send X": the condition's verb is the one "send" completes
CLIMB = 2


def conditional(t: Token) -> bool:
    """The trigger, or a verb it completes, heads an "if"/"unless" clause."""
    for _ in range(CLIMB + 1):
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in t.children):
            return True
        if t.dep_ not in CLIMB_DEPS or t.head.i == t.i:
            return False
        t = t.head
    return False


def generic_party(t: Token) -> bool:
    return any(c.dep_ in PARTY_DEPS and c.lower_ in GENERIC_PRONOUNS for c in t.children)


def hypothetical(r: Row) -> bool:
    """True when the row is told only as a condition or to a generic "you" (module docstring)."""
    t = r.frame.trigger
    return t.pos_ in ("VERB", "AUX") and (conditional(t) or generic_party(t))


__all__ = ["hypothetical"]
