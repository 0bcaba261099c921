"""A count written with a scale word the small English model does not know as a number: in "two lakh rounds" or
"1.5 lakh shells" (South Asian reporting: a lakh is 100,000) the tagger makes the scale word a noun compound of
the item and the count reads "two". The spaCy component ``materiel_scale_counts`` (after the parser) makes such a
word (words.toml [scale_counts] words) a number on the item, with the number before it a part of it, as the
parser reads "1.5 million rounds"; the value is [quantities.scale_words]."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from materiel import lexicon

WORDS = lexicon.word_set("scale_counts", "words")


@Language.component("materiel_scale_counts")
def scale_counts(doc: Doc) -> Doc:
    for t in doc[1:]:
        num = doc[t.i - 1]
        if t.lower_ not in WORDS or t.pos_ == "NUM" or not num.like_num:
            continue
        noun = num.head if num.head.i > t.i else t.head
        if noun.i <= t.i or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        t.tag_, t.pos_, t.dep_, t.head = "CD", "NUM", "nummod", noun
        num.dep_, num.head = "compound", t
    return doc
