"""An object told after the verb's "from" phrase: in "Tunisia received from Italy 12 patrol boats, four helicopters
and 300 rifles" the small English model reads "Italy 12 patrol boats" as one phrase (the name a modifier of
"boats", the boats the object of "from"), so the verb has no object and no source. The spaCy component
``materiel_shifted_objects`` mends it: when the object of a verb's "from" is a counted plural noun and the first
word after "from" is a name (a place or an organisation) that modifies that noun and ends right before its count,
the name becomes the object of "from" and the noun (with its list) the object of the verb."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

SOURCE_PREPS = ("from",)
NAME_ENTS = ("GPE", "ORG", "NORP")
MODIFIER_DEPS = ("nmod", "compound")


def _shifted(prep: Token) -> tuple[Token, Token] | None:
    """(name, object) when the "from" phrase `prep` swallowed the verb's counted object."""
    if prep.dep_ != "prep" or prep.lower_ not in SOURCE_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if len(objects) != 1:
        return None
    obj = objects[0]
    if obj.tag_ != "NNS" or prep.i + 1 >= len(prep.doc):
        return None
    name = prep.doc[prep.i + 1]
    while name.head.i != obj.i and name.head.i < obj.i and name.head.dep_ in MODIFIER_DEPS:
        name = name.head  # "from South Africa": the phrase's head name
    if name.pos_ != "PROPN" or name.dep_ not in MODIFIER_DEPS or name.head.i != obj.i or name.ent_type_ not in NAME_ENTS:
        return None
    count = prep.doc[name.i + 1] if name.i + 1 < len(prep.doc) else None
    if count is None or count.dep_ != "nummod" or count.head.i not in (obj.i, name.i) or count.i >= obj.i:
        return None  # "Italy 12 patrol boats": the count on the noun, or on the name before it
    return name, obj


@Language.component("materiel_shifted_objects")
def shifted_objects(doc: Doc) -> Doc:
    for prep in list(doc):
        found = _shifted(prep)
        if found is None:
            continue
        name, obj = found
        verb = prep.head
        count = doc[name.i + 1]
        name.head, name.dep_ = prep, "pobj"
        obj.head, obj.dep_ = verb, "dobj"
        count.head = obj
    return doc
