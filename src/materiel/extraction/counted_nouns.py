"""A counted plural noun the tagger reads as a verb though the parser hangs it as a noun: in "received the first of
two Airbus X transports it ordered" the small English model tags "transports" a verb (taking "it" for its
object) while the tree makes it the object of "of" with "two" its number, so no item phrase is found. The spaCy
component ``materiel_counted_nouns`` (right after ``materiel_reparse``) mends the tag: a token read as a verb in
the third person that holds a noun's place in the tree (an object, a subject, an apposition) and has a number
of its own ("two" as its nummod) is a plural noun. A verb never takes a number as its dependant, so the shape of
the tree alone decides; the tree itself is left as the parser made it."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

NOUN_PLACES = ("pobj", "dobj", "nsubj", "nsubjpass", "appos")


def misread_noun(tok: Token) -> bool:
    """A verb in the third person ("transports") in a noun's place with a number of its own."""
    return tok.pos_ == "VERB" and tok.tag_ == "VBZ" and tok.dep_ in NOUN_PLACES and \
        any(c.dep_ == "nummod" and c.i < tok.i and c.like_num for c in tok.children)


@Language.component("materiel_counted_nouns")
def counted_nouns(doc: Doc) -> Doc:
    for tok in doc:
        if misread_noun(tok):
            tok.pos_, tok.tag_ = "NOUN", "NNS"
    return doc
