"""A destination the parser takes for an infinitive: in "sent rifles to rebel fighters" the small English
model reads "to rebel" as a verb ("to" its marker, "fighters" its object), and in "sent rifles to partner
forces" it makes "to" the marker of the noun "forces"; the destination is lost. The spaCy component
``materiel_reparse`` (after the parser, tagger and lemmatizer) mends such a phrase: "to" becomes the
preposition of the nearest verb above, the noun its object, a modifier read as a verb an adjective of the
noun. The modifiers are data (`words.toml` [reparse] verb_like_modifiers)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon

MODIFIERS = lexicon.word_set("reparse", "verb_like_modifiers")
CLIMB = 8  # heads climbed from the modifier to the verb the destination belongs to


def _verb_above(tok: Token) -> Token | None:
    head = tok
    for _ in range(CLIMB):
        if head.head.i == head.i:
            return None
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None


def _misread(doc: Doc, i: int) -> tuple[Token, Token, Token, Token] | None:
    """("to", modifier, noun, verb) when doc[i] is a modifier read as an infinitive with its noun as object."""
    if i < 1 or i + 1 >= len(doc):
        return None
    to, mod, noun = doc[i - 1], doc[i], doc[i + 1]
    if to.lower_ != "to" or to.head.i != mod.i or mod.pos_ != "VERB" or mod.lower_ not in MODIFIERS:
        return None
    if noun.head.i != mod.i or noun.dep_ != "dobj" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    verb = _verb_above(mod)
    return None if verb is None else (to, mod, noun, verb)


def _noun_marker(to: Token) -> tuple[Token, Token] | None:
    """(noun, verb) when "to" is read as the infinitive marker of a noun just after it ("sent rifles to partner
    forces", "to" an "aux" of "forces", itself taken for a second object of "sent")."""
    noun = to.head
    while noun.dep_ in ("compound", "amod", "nmod") and noun.head.i > noun.i:  # "to" on "partner" of "forces"
        noun = noun.head
    if to.lower_ != "to" or to.dep_ != "aux" or noun.pos_ not in ("NOUN", "PROPN") or noun.i <= to.i or \
            noun.left_edge.i != to.i or noun.dep_ not in ("dobj", "conj", "appos"):
        return None
    verb = _verb_above(noun)
    return None if verb is None else (noun, verb)


@Language.component("materiel_reparse")
def reparse(doc: Doc) -> Doc:
    for i, tok in enumerate(doc):
        if tok.lower_ == "to" and (marked := _noun_marker(tok)) is not None:
            noun, verb = marked
            tok.head, tok.dep_, tok.pos_, tok.tag_ = verb, "prep", "ADP", "IN"
            noun.head, noun.dep_ = tok, "pobj"
            continue
        found = _misread(doc, i) if tok.lower_ in MODIFIERS else None
        if found is None:
            continue
        to, mod, noun, verb = found
        for child in list(mod.children):
            if child.i not in (to.i, noun.i):
                child.head = verb  # "this month": the verb's, not the modifier's
        to.head, to.dep_, to.pos_, to.tag_ = verb, "prep", "ADP", "IN"
        noun.head, noun.dep_ = to, "pobj"
        mod.head, mod.dep_, mod.pos_, mod.tag_ = noun, "amod", "ADJ", "JJ"
    return doc
