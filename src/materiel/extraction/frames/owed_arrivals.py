"""Items owed whose arrival is still to come: "the third of four radar batteries still due from Ruritania will arrive
next year", "two more jets still due from X will arrive in March", "the outstanding frigates will arrive in 2027".
A future arrival with the items as subject is read as promised (offered, modality.py); when the subject (or the
whole of its partitive, "the third of four batteries due") is told due or outstanding ([owed_arrivals]
adjectives), the items are on order: stage ordered."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

OWED = lexicon.word_set("owed_arrivals", "adjectives")


def owed_subject(v: Token) -> bool:
    """Whether v's subject, or the noun of its "of" phrase, has an adjective of owing."""
    for s in (c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")):
        heads = [s] + [p for prep in s.children if prep.dep_ == "prep" and prep.lower_ == "of"
                       for p in prep.children if p.dep_ == "pobj"]
        if any(c.dep_ in ("amod", "acomp") and c.lower_ in OWED for h in heads for c in h.children):
            return True
    return False
