"""The verb above a governing noun, through a comparative ellipsis: "X's request to send A was rejected, as was
a Spanish request to transfer B": the second request is the subject of a bare "was" (an adverbial clause marked
by `as`, with no predicate of its own) and shares the passive predicate of the main clause, "rejected". Any
other noun keeps the verb it hangs on (raised through "is expected to be", raised.py)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel.extraction.frames.raised import raised_verb

MARKS = ("as",)  # the conjunction of a comparative ellipsis ("as was", "as were")
COPULA = "be"


def elided_main(noun: Token) -> Token | None:
    """The main clause's passive verb that `noun`, subject of a bare "as was", shares; or None."""
    aux = noun.head
    if noun.dep_ != "nsubj" or aux.lemma_.lower() != COPULA or aux.dep_ != "advcl" or aux.head.i == aux.i:
        return None
    if not any(c.dep_ == "mark" and c.lower_ in MARKS for c in aux.children):
        return None
    if any(c.dep_ in ("acomp", "attr", "xcomp", "ccomp", "prep", "oprd") for c in aux.children):
        return None  # "as was the case", "as was likely": a predicate of its own
    main = aux.head
    if main.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in main.children):
        return None
    return main


def governing_verb(noun: Token) -> tuple[Token, str]:
    """The verb above `noun` and the role `noun` has there ("nsubjpass" when it shares an elided passive)."""
    main = elided_main(noun)
    if main is not None:
        return raised_verb(main), "nsubjpass"
    return raised_verb(noun.head), noun.dep_
