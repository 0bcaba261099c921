"""Words the parser reads as a verb's object that only tell how the item came: "the tanks the army acquired
second-hand from X" parses "second-hand" as the object of "acquired", hiding the relative clause's noun
(the tanks) that is the item. Such an object is no object; the words are `frame_words` `manner_objects`
(the noun) and `manner_modifiers` (its modifier) in words.toml."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

MANNER_OBJECTS = lexicon.word_set("frame_words", "manner_objects")
MANNER_MODIFIERS = lexicon.word_set("frame_words", "manner_modifiers")


def is_manner_object(tok: Token) -> bool:
    """"second-hand" (or "secondhand") parsed as an object: how the item came, not what came."""
    if tok.lower_ in MANNER_OBJECTS and not any(c.dep_ in ("det", "nummod", "poss") for c in tok.children):
        return tok.lower_ != "hand" or any(c.lower_ in MANNER_MODIFIERS for c in tok.children)
    return False
