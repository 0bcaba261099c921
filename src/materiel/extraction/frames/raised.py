"""A verb of expectation that raises the subject of the verb under it: "the application is expected to be
rejected", "the request is set to be turned down". The subject's fate is told by the verb under the raising one
([applied_acts] raising_verbs); with the raising verb's own hedge."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

RAISING = lexicon.word_set("applied_acts", "raising_verbs")


def raised_verb(v: Token) -> Token:
    """The verb whose subject v's subject is, when v only raises it ("is expected | to be rejected"); else v."""
    if v.lemma_.lower() not in RAISING or not any(c.dep_ == "auxpass" for c in v.children):
        return v
    return next((c for c in v.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), v)
