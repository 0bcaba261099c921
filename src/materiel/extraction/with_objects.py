"""A "with" phrase the parser hangs on the next verb: in "X's contract to supply Y with six frigates remains in
force" the small English model leaves "with" without an object and makes "frigates" the subject of "remains";
the item is lost. The spaCy component ``materiel_with_objects`` (after the parser) mends such a phrase: a "with"
that has no object, followed at once by a noun phrase read as the subject of a verb after it, takes that noun
as its object. A preposition is never left empty in English, so the mend needs no word list."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

SUBJECTS = ("nsubj", "nsubjpass")


def _stranded_object(prep: Token) -> Token | None:
    """The noun just after an empty "with" that the parse made the subject of a later verb."""
    if prep.lower_ != "with" or prep.dep_ != "prep" or any(True for _ in prep.children) or \
            prep.i + 1 >= len(prep.doc) or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    noun = prep.doc[prep.i + 1]
    while noun.dep_ not in SUBJECTS and noun.head.i > noun.i and noun.head.left_edge.i == prep.i + 1:
        noun = noun.head  # "six" up to "frigates"
    if noun.dep_ in SUBJECTS and noun.pos_ in ("NOUN", "PROPN") and noun.head.i > noun.i and \
            noun.head.pos_ in ("VERB", "AUX"):
        return noun
    return None


@Language.component("materiel_with_objects")
def with_objects(doc: Doc) -> Doc:
    for tok in doc:
        noun = _stranded_object(tok) if tok.lower_ == "with" else None
        if noun is not None:
            noun.head, noun.dep_ = tok, "pobj"
    return doc
