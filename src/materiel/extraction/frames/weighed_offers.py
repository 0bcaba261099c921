"""Offers a buyer weighs: "Kenya's navy is evaluating offers from Spain and India for patrol
boats". The offer noun is the object of a verb of weighing; that verb's subject is the buyer the
offers were made to, and its phrases after the noun ("for patrol boats") are the offer's."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

WEIGHING_VERBS = lexicon.word_set("offers", "weighing_verbs")
WEIGHED_CLASSES = lexicon.word_set("offers", "weighed_classes")


def weighs_offer(n: Token, noun_classes: dict[str, str]) -> bool:
    """n is an offer noun, the direct object of a verb of weighing."""
    cls = noun_classes.get(n.lemma_.lower()) or noun_classes.get(n.lower_)
    return cls in WEIGHED_CLASSES and n.dep_ in ("dobj", "obj") and n.head.lemma_.lower() in WEIGHING_VERBS
