"""What a container holds: "crates of rifles", and with a word of filling between them, "containers
full of shells", "crates filled with rifles" (`words.toml` [items] filling_words)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

FILLING = lexicon.word_set("items", "filling_words")
WORTH = lexicon.word_set("items", "value_modifiers")
DERIVED = lexicon.word_set("items", "derived_words")
DESIGNS = lexicon.word_set("items", "design_nouns")


def content_preps(tok: Token) -> list[Token]:
    """The prepositions under a container noun that may name its contents: its own ("for A and for B"
    with their conjuncts; not "for" beside an "of" phrase of the contents) and the "of"/"with" phrase of a filling word ("full of X", "packed with X") or of a value
    word ("900 million euros worth of X")."""
    own = [x for c in tok.children if c.dep_ == "prep" for x in (c, *c.conjuncts)]
    if any(c.lower_ == "of" and any(p.dep_ == "pobj" for p in c.children) for c in own):
        own = [c for c in own if not _held_purpose(c)]  # "the first of four radars for its new ships": a purpose
    filled = [p for c in tok.children if c.dep_ in ("amod", "acl") and (c.lower_ in FILLING or c.lower_ in WORTH)
              for p in c.children if p.dep_ == "prep" and p.lower_ in ("of", "with")]  # "900 million euros worth of X"
    return own + filled + derived_from(tok)


def _held_purpose(prep: Token) -> bool:
    """A "for" phrase naming platforms someone holds ("for its new ships", "for the navy's jets"): what the items
    are for, not more contents ("a batch of A as well as for B")."""
    return prep.lower_ == "for" and any(p.dep_ == "pobj" and any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in p.children) for p in prep.children)


def derived_from(tok: Token) -> list[Token]:
    """"a design derived from the Tarn corvette", "a version based on the Kestrel jet": the "from"/"on" phrase of a
    participle of derivation under a design noun names the system the design is of."""
    if tok.lower_ not in DESIGNS:
        return []
    return [p for c in tok.children if c.dep_ in ("acl", "amod") and c.lower_ in DERIVED
            for p in c.children if p.dep_ == "prep" and p.lower_ in ("from", "on")]


def names_contents(prep: Token) -> bool:
    """"of" and "for" ("crates of X", "a batch for A and for B"), or the "with" of a filling word."""
    return prep.lower_ in ("of", "for") or prep.head.lower_ in FILLING or \
        (prep.lower_ in ("from", "on") and prep.head.lower_ in DERIVED)


def filler(item: Token) -> list[Token]:
    """The filling word an item hangs under ("crates packed with [grenades] to X"): its other phrases belong
    to the transfer of the item."""
    prep = item.head if item.dep_ == "pobj" else None
    return [prep.head] if prep is not None and prep.lower_ in ("of", "with") and prep.head.lower_ in FILLING else []
