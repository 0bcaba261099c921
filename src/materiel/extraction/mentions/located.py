"""Parties named by a kind and a place: "to parties in X" (`cues.toml` [actors] generic), "companies
registered in X", "arms dealers based in X", "entities within X" ([actors] located_nouns and
placing_participles): the country named is the party."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

_CUES = lexicon.toml("cues.toml")["actors"]
LOCATED = frozenset(_CUES.get("located_nouns", []))
PLACING = frozenset(_CUES.get("placing_participles", []))
PLACE_PREPS = ("in", "within", "from")


def places(tok: Token) -> list[Token]:
    """The places in which the phrase headed by tok puts its referent: "in X", "within X", "based in X",
    "operating from X" (a bare "from X" is an origin of goods, not where a firm is)."""
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "within")]
    preps += [p for c in tok.children if c.dep_ == "acl" and c.lower_ in PLACING
              for p in c.children if p.dep_ == "prep" and p.lower_ in PLACE_PREPS]
    return [p for c in preps for p in c.children if p.dep_ == "pobj"]


def placed_kind(tok: Token, generic: set[str]) -> bool:
    """tok is a noun of no one in particular that a place may stand for."""
    return tok.lower_ in generic or tok.lower_ in LOCATED
