"""A count written with a scale word the small English model does not read as a number: in "two lakh rounds" or
"1.5 lakh shells" (South Asian reporting: a lakh is 100,000) the tagger makes the scale word a noun compound of
the item and the count reads "two"; in "some two dozen helicopters", "two dozen towed howitzers" or "a half-dozen
drones" the parser hangs "dozen" on the number, and the count reads twelve or nothing; in "a further dozen jets"
the follow-on word hides it. The spaCy component
``materiel_scale_counts`` (after the parser) makes such a word (words.toml [scale_counts] words) a number on the
head noun of its phrase, with the number before it a part of it, as the parser reads "1.5 million rounds"; the
values are [quantities.scale_words] and [quantities.multipliers]."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon
from materiel.extraction.mentions.counts import FOLLOW_ON_WORDS

WORDS = lexicon.word_set("scale_counts", "words")
FRACTIONS = lexicon.word_set("scale_counts", "fractions")  # "a half-dozen"
FOLLOW_ON_SCALES = lexicon.word_set("scale_counts", "alone")  # "a further dozen"
INNER = ("amod", "compound", "nummod", "nmod", "quantmod", "punct")  # words of the phrase before its head noun


def _number(doc: Doc, i: int) -> Token | None:
    """The number right before the scale word at i: "two" (dozen), "1.5" (lakh), "half" of "half-dozen"."""
    prev = doc[i - 1]
    if prev.like_num and prev.pos_ in ("NUM", "ADJ", "NOUN", "DET", "ADV", "CCONJ"):
        return prev
    if prev.text == "-" and i >= 2 and doc[i - 2].lower_ in FRACTIONS and not prev.whitespace_:
        return doc[i - 2]
    return None


def _head_noun(doc: Doc, i: int) -> Token | None:
    """The noun heading the phrase the scale word at i opens: past modifiers that hang on a later word."""
    j = i + 1
    while j < len(doc) and doc[j].head.i > j and doc[j].dep_ in INNER:
        j += 1
    noun = doc[j] if j < len(doc) else None
    return noun if noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.i > i else None


def _rehang(t: Token) -> None:
    """"a dozen surface-to-air missiles": a scale word the parser hangs on the first word of a hyphenated modifier
    counts the phrase's head noun, the word that modifier (and any modifier above it) hangs on."""
    noun = t.head
    while noun.dep_ in ("nmod", "compound", "amod") and noun.head.i > noun.i and noun.pos_ in ("NOUN", "PROPN", "ADJ"):
        noun = noun.head
    if noun.i != t.head.i and noun.pos_ in ("NOUN", "PROPN") and noun.tag_ in ("NNS", "NNPS"):
        t.head = noun


@Language.component("materiel_scale_counts")
def scale_counts(doc: Doc) -> Doc:
    for t in doc[1:]:
        if t.lower_ in WORDS and t.dep_ == "nummod" and t.head.i > t.i:
            _rehang(t)
        if t.lower_ not in WORDS or (t.pos_ == "NUM" and t.dep_ == "nummod"):
            continue
        num = _number(doc, t.i)
        if num is None and doc[t.i - 1].lower_ in FOLLOW_ON_WORDS and t.lower_ in FOLLOW_ON_SCALES:
            num = t  # "a further dozen helicopters": the scale word alone is the number
        if num is None:
            continue
        noun = _head_noun(doc, t.i) or (num.head if num.head.i > t.i and num.head.pos_ in ("NOUN", "PROPN") else None)
        if noun is None:  # "1.5 lakh 155mm shells": the number's own head when a modifier hangs on the scale word
            continue
        t.tag_, t.pos_, t.dep_, t.head = "CD", "NUM", "nummod", noun
        if num.i != t.i:
            num.dep_, num.head = "compound", t
    return doc
