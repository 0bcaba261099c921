"""A generic materiel word that ends a firm's name: "Karvell Munitions signed a contract", "Halden Ordnance
shipped ...". The word is capitalised inside a sentence after a proper name (no place's or people's), and it is one of the endings of an organisation's name ([org_names] suffixes): the
firm's name, not materiel (so the firm is a party). A designation ("Karvell Munitions' X-40") is kept."""
from __future__ import annotations

from spacy.tokens import Span

from materiel import lexicon

SUFFIXES = lexicon.word_set("org_names", "suffixes")
PLACE_TYPES = ("GPE", "NORP", "LOC")  # "Ruritanian Munitions" in a title: the munitions of a state


def _name_ending(s: Span) -> bool:
    t = s[0]
    if s.kb_id_ or len(s) != 1 or t.i == 0 or t.is_sent_start or not t.text[:1].isupper():
        return False
    prev = t.doc[t.i - 1]
    return t.lower_ in SUFFIXES and prev.pos_ == "PROPN" and prev.is_alpha and prev.text[:1].isupper() and \
        not prev.is_stop and prev.ent_type_ not in PLACE_TYPES


def drop_firm_endings(spans: list[Span]) -> list[Span]:
    """The spans but those that end a firm's name (see the module)."""
    return [s for s in spans if not _name_ending(s)]
