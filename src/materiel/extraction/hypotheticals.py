"""Transfers told only as a condition, or to a generic "you", are no rows.

- A negated condition is no event: "threatened to scrap the deal if Z did not ship the parts". A row whose
  trigger (or the verb it completes: "if A does not agree to send") heads a negated clause marked "if" or
  "unless" (words.toml [hypotheticals] condition_marks) is dropped; a condition told positively ("if A sends
  tanks to B") stays an uncertain row, and the main clause's own row ("B will buy X if ...") stays.
- A generic "you" is no party: "they can send you any truck you like", "he would sell you a tank by
  lunch". A row whose trigger has such a pronoun ([hypotheticals] generic_pronouns) as subject or object that
  no party of the row stands for is dropped (a transcript's "you", the other speaker's state, stays).

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
    """The trigger, or a verb it completes, heads a negated "if"/"unless" clause ("if X did not deliver")."""
    for _ in range(CLIMB + 1):
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in t.children):
            return any(c.dep_ == "neg" for c in t.children)
        if t.dep_ not in CLIMB_DEPS or t.head.i == t.i:
            return False
        t = t.head
    return False


def generic_party(r: Row) -> bool:
    """A "you" as the trigger's subject or object that no party of the row stands for (in a transcript "you" is the
    other speaker's state, a party)."""
    parties = {p.token.i for p in (r.supplier, r.recipient) if p is not None}
    return any(c.dep_ in PARTY_DEPS and c.lower_ in GENERIC_PRONOUNS and c.i not in parties
               for c in r.frame.trigger.children)


def hypothetical(r: Row) -> bool:
    """True when the row is told only as a negated condition or to a generic "you" (module docstring)."""
    t = r.frame.trigger
    return t.pos_ in ("VERB", "AUX") and (conditional(t) or generic_party(r))


__all__ = ["hypothetical"]
