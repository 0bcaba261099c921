"""A transfer noun with "no" that a future says there will be: "there will be no shipments of X to Y", "there
would be no further sales to Y". Told by the one who would supply, it is a refusal, not a denial of a transfer that
happened (stage refused, no negation), like "will not supply X to Y" (modality's negated modal). The future
auxiliaries are words.toml [no_future] auxiliaries."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

AUXILIARIES = lexicon.word_set("no_future", "auxiliaries")
NOUN_DEPS = ("attr", "nsubj", "dobj")  # "there will be no X" (attr), "no X will be made" (nsubj of "be")


def refused(t: Token) -> bool:
    """t, a transfer noun with "no" before it, is what a future "be" says there will not be."""
    if t.pos_ not in ("NOUN", "PROPN") or t.dep_ not in NOUN_DEPS or \
            not any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
        return False
    be = t.head
    return be.lemma_.lower() == "be" and any(c.dep_ == "aux" and c.lower_ in AUXILIARIES for c in be.children)
