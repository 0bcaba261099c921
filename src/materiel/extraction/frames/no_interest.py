"""A supplier that says it has no interest in a transfer refuses it: "X has no interest in selling A to Y", "X is
not interested in supplying A", "X has shown no interest in passing on A", "X has no intention of supplying A". The supplier's verb sits in the "in"
(or "of") phrase of an interest noun denied by its determiner ("no") or held by a negated verb, or of a negated interest
adjective: stage refused, asserted. A buyer's verb ("has no interest in buying A") is left as it is. The words are
words.toml [no_interest]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

NOUNS = lexicon.word_set("no_interest", "interest_nouns")
ADJECTIVES = lexicon.word_set("no_interest", "interest_adjectives")
DENIALS = lexicon.word_set("no_interest", "denials")
PREPS = lexicon.word_set("no_interest", "preps")
_CLASSES = lexicon.toml("predicates.toml")["classes"]
SUPPLYING = frozenset(c for c, spec in _CLASSES.items() if spec.get("subject") == "supplier")


def _denied(holder: Token) -> bool:
    """"no interest", "not interested", "has not shown any interest": the holder itself, or its verb, negated."""
    if any(c.dep_ == "det" and c.lower_ in DENIALS or c.dep_ == "neg" for c in holder.children):
        return True
    verb = holder.head
    return holder.dep_ in ("dobj", "obj", "acomp", "attr") and any(c.dep_ == "neg" for c in verb.children)


def _interest_holder(t: Token) -> Token | None:
    """The interest noun or adjective whose "in" (or "of", "on") phrase holds t ("interest in selling A", "intention of
    supplying A"), or None."""
    if t.dep_ != "pcomp" or t.head.dep_ != "prep" or t.head.lower_ not in PREPS:
        return None
    holder = t.head.head
    return holder if holder.lemma_.lower() in NOUNS or holder.lower_ in ADJECTIVES else None


def mark(t: Token, f: Frame) -> bool:
    """Set f, a supplier's verb under a denied interest, to a refusal (see the module's text); True when it did."""
    if f.cls not in SUPPLYING or f.stage in ("refused", "requested") or t.pos_ not in ("VERB", "AUX"):
        return False
    holder = _interest_holder(t)
    if holder is None or not _denied(holder):
        return False
    f.stage, f.negated, f.hedged = "refused", False, False
    f.rule += ":no-interest"
    return True
