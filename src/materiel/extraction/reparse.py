"""A noun modifier the parser takes for an infinitive: in "sent rifles to rebel fighters" the small English
model reads "to rebel" as a verb ("to" its marker, "fighters" its object), and the destination is lost. The
spaCy component ``materiel_reparse`` (after the parser, tagger and lemmatizer) mends such a phrase: "to"
becomes the preposition of the nearest verb above, the noun its object, the modifier an adjective of the
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


@Language.component("materiel_reparse")
def reparse(doc: Doc) -> Doc:
    for i, tok in enumerate(doc):
        if tok.lower_ not in MODIFIERS:
            continue
        found = _misread(doc, i)
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
