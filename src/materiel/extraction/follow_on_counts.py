"""A follow-on count in words that the tagger takes for a noun: in "ordered 40 A-9 jets in 2018 and an additional
twelve in 2021" the small English model tags "twelve" as a noun and makes it a second object of "ordered", so the
count is neither a number nor a conjunct and its order is lost (frames/gapped_counts.py reads "and an additional 12",
whose digits it tags right). The spaCy component ``materiel_follow_on_counts`` (after the parser) makes such a word
a number and, when it follows a coordinating conjunction after the verb's own counted object, a conjunct of the
verb. A follow-on word ("additional", "further", "more": `[item_words] follow_on_words`, `more_words`) must mark it,
so "the twelve" or "a further 300 jobs" are left as they are."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel.extraction.mentions.counts import FOLLOW_ON_WORDS, MORE_WORDS
from materiel.extraction.mentions.quantities import parse_quantity

OBJECTS = ("dobj", "obj", "npadvmod", "appos")  # readings the parser gives such a count


def _follow_on_word(t: Token) -> bool:
    """t is a number word tagged as a noun, marked by a follow-on word and with no noun of its own under it."""
    if t.pos_ == "NUM" or t.is_digit or not t.like_num or parse_quantity(t.text) is None:
        return False
    marked = any(c.dep_ in ("amod", "advmod", "det") and c.lower_ in FOLLOW_ON_WORDS | MORE_WORDS for c in t.children)
    return marked and not any(c.dep_ == "compound" or c.pos_ in ("NOUN", "PROPN") for c in t.children)


def _after_conjunction(t: Token) -> bool:
    """A cc of t's verb stands between the verb's first object and t ("ordered 40 X in 2018 and an additional ...")."""
    verb = t.head
    first = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < t.i), None)
    return first is not None and any(c.dep_ == "cc" and first.i < c.i < t.i for c in verb.children)


@Language.component("materiel_follow_on_counts")
def follow_on_counts(doc: Doc) -> Doc:
    for t in doc:
        if not _follow_on_word(t):
            continue
        t.tag_, t.pos_ = "CD", "NUM"
        if t.dep_ in OBJECTS and t.head.pos_ in ("VERB", "AUX") and _after_conjunction(t):
            t.dep_ = "conj"
    return doc
