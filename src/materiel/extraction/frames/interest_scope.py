"""A transfer in the "in" phrase of a word of interest: "Utopia has no interest in selling its tanks to Y",
"is not keen on supplying X", "showed little interest in exporting X" tell a supplier's refusal (`refused`), not a
sale or a delivery; "Y has no interest in buying X" a purchase its buyer does not weigh (`considered`, negated).
An interest that is there ("expressed interest in supplying X to Y") is weighed by the supplier (`considered`).
Words are words.toml [interest_governors]; "is interested in buying X" (held) is read by the governors."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

WORDS = lexicon.word_set("interest_governors", "words")
PREPS = lexicon.word_set("interest_governors", "preps")
LACKING = lexicon.word_set("interest_governors", "lacking")
NEGATORS = lexicon.word_set("interest_governors", "negators")
HOLDING_DEPS = ("dobj", "obj", "acomp", "attr", "nsubj", "nsubjpass")


def interest_word(t: Token) -> Token | None:
    """The word of interest whose "in"/"on" phrase holds t (a gerund or a transfer noun), if any."""
    if t.dep_ not in ("pcomp", "pobj") or t.head.dep_ != "prep" or t.head.lower_ not in PREPS:
        return None
    gov = t.head.head
    if gov.pos_ in ("VERB", "AUX"):  # "had no interest whatsoever in sending X": the phrase hung on the verb
        gov = next((c for c in gov.children if c.dep_ in ("dobj", "obj") and c.lower_ in WORDS), gov)
    return gov if gov.lower_ in WORDS or gov.lemma_.lower() in WORDS else None


def lacking(gov: Token) -> bool:
    """"no interest", "little interest", "not interested", "did not show any interest", "never keen"."""
    if any(c.dep_ in ("det", "amod", "neg", "advmod") and c.lower_ in LACKING | NEGATORS for c in gov.children):
        return True
    holder = gov.head if gov.dep_ in HOLDING_DEPS and gov.head.i != gov.i else None
    return holder is not None and holder.pos_ in ("VERB", "AUX") and \
        any(c.dep_ == "neg" or c.lower_ in NEGATORS and c.dep_ == "advmod" for c in holder.children)


def mark(t: Token, f: Frame, spec: dict[str, Any]) -> bool:
    """Set the stage of a transfer under a word of interest (see the module); whether it did."""
    gov = interest_word(t)
    side = spec.get("subject") or spec.get("possessor")
    if gov is None or side not in ("supplier", "recipient") or f.stage in ("requested", "intercepted"):
        return False
    if lacking(gov):
        if side == "supplier":
            f.stage, f.negated = "refused", False
        else:
            f.stage, f.negated = "considered", True
        f.rule += ":uninterested"
        return True
    if side == "supplier" and f.stage in ("delivered", "ordered"):
        f.stage, f.rule = "considered", f.rule + ":interest"
        return True
    return False
