"""A participle of transfer after the maker of an item that the parser hangs on the maker: in "grenades made by
Ruritania's Karvell Arms, sold to the Y army in 2009, were found" the small English model makes "sold" a modifier
("acl") of "Karvell Arms", and the grenades are nobody's sale (the maker is read as the buyer). The spaCy component
``materiel_maker_participles`` (after the parser) makes such a participle (words.toml [maker_participles]
transfers), with no subject or auxiliary of its own, right after the comma that ends the "by" or "in" phrase of a
participle of making (`making`) that modifies a noun, a modifier of that noun: the item made is the item sold."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon

MAKING = lexicon.word_set("maker_participles", "making")
TRANSFERS = lexicon.word_set("maker_participles", "transfers")
MAKER_PREPS = lexicon.word_set("maker_participles", "maker_preps")
OWN = ("nsubj", "nsubjpass", "aux", "auxpass", "mark")


def _made_item(v: Token) -> Token | None:
    """The noun whose making participle's "by"/"in" phrase ends at the comma before v and holds v's head."""
    if v.i < 2 or v.doc[v.i - 1].text != ",":
        return None
    maker, prep = v.head, v.head.head
    if maker.dep_ != "pobj" or prep.dep_ not in ("agent", "prep") or prep.lower_ not in MAKER_PREPS:
        return None
    made = prep.head
    if made.tag_ != "VBN" or made.dep_ != "acl" or made.lemma_.lower() not in MAKING or \
            made.head.pos_ not in ("NOUN", "PROPN"):
        return None
    end = max(c.i for c in maker.subtree if c.i < v.i and not c.is_punct)
    return made.head if end == v.i - 2 else None


@Language.component("materiel_maker_participles")
def maker_participles(doc: Doc) -> Doc:
    for v in doc:
        if v.tag_ != "VBN" or v.dep_ != "acl" or v.lemma_.lower() not in TRANSFERS or \
                any(c.dep_ in OWN for c in v.children):
            continue
        item = _made_item(v)
        if item is not None:
            v.head = item
    return doc
