"""A load told with its contents in an apposition: in "A shipment from X, consisting of 36 A missiles and
ammunition, reached Y" the contents hang on the participle, not on the load noun, and the arrival's load is
empty. The spaCy component ``materiel_contents_of`` (after ``materiel_reparse``) hangs the participle's "of" on
the load noun, as in "a shipment of 36 A missiles from X": "consisting of", "made up of", "composed of"
(words.toml [contents_of] participles)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon

PARTICIPLES = lexicon.word_set("contents_of", "participles")


def _of(participle: Token) -> Token | None:
    """The "of" of "consisting of" or of "made up of" (on the particle)."""
    for c in participle.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return c
        if c.dep_ == "prt":
            found = [g for g in c.children if g.dep_ == "prep" and g.lower_ == "of"]
            if found:
                return found[0]
    return None


@Language.component("materiel_contents_of")
def contents_of(doc: Doc) -> Doc:
    for t in doc:
        if t.lower_ not in PARTICIPLES or t.dep_ != "acl" or t.head.pos_ != "NOUN" or t.head.i > t.i:
            continue
        of = _of(t)
        if of is None or not any(c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") for c in of.children):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in t.head.children):
            continue  # "a shipment of rifles, consisting of ...": the load's own "of" stays
        of.head = t.head
    return doc
