"""A plural noun the tagger reads as a verb although the parser gives it a noun's place: in "got the first of
three Kestrel K-40 transports it bought" the small English model tags "transports" VBZ while making it the object of
"of" with "two" its number, so a verb frame reads the act of transporting and the aircraft are lost. The spaCy
component ``materiel_noun_slot_verbs`` (a parse repair) mends such a word: a token tagged VBZ in a noun's slot
(object, subject, object of a preposition) that has a count or a determiner of its own becomes a plural common noun
with the same lemma. A verb has no count and no article, so the tree already says it is a noun."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

NOUN_SLOTS = ("pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos")
COUNTED = ("nummod", "det")


def _noun_in_verb_tag(t: Token) -> bool:
    return t.tag_ == "VBZ" and t.pos_ in ("VERB", "AUX") and t.dep_ in NOUN_SLOTS and t.lower_.endswith("s") and \
        any(c.dep_ in COUNTED and c.i < t.i for c in t.children)


@Language.component("materiel_noun_slot_verbs")
def mend(doc: Doc) -> Doc:
    for t in doc:
        if _noun_in_verb_tag(t):
            t.pos_, t.tag_ = "NOUN", "NNS"
    return doc
