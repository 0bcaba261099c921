"""Numbers that are part of an item's name, not its count: a calibre or a measurement ("120mm", "110-foot")
and a model number after a name ("six Super Lynx 300 Mk 130 helicopters": six, not 300 or 130)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from materiel import lexicon


def calibre(t: Token) -> bool:
    """"120mm", "7.62 mm", "155-mm", "110-foot", "2,000-pound": a number that is part of the name (a
    calibre or a measurement, `cues.toml` [items] measures), not a count."""
    if not t.like_num:
        return False
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if nxt is not None and nxt.text in ("-", "‑") and t.i + 2 < len(t.doc):
        nxt = t.doc[t.i + 2]
    return nxt is not None and nxt.lower_ in measures()


@lru_cache(maxsize=1)
def measures() -> frozenset[str]:
    return frozenset(lexicon.toml("cues.toml")["items"].get("measures", []))


def model_number(t: Token, left: list[Token]) -> bool:
    """A number right after a capitalised name word ("Lynx 300", "Mk 130") when a count stands before that
    name in the same phrase ("six Super Lynx 300 ..."): part of the model's name."""
    if not t.like_num or t.i == 0:
        return False
    before = t.doc[t.i - 1]
    if before.pos_ != "PROPN" or not before.text[:1].isupper():
        return False
    return any(c.like_num and c.i < before.i and c.dep_ == "nummod" and not calibre(c) for c in left)
