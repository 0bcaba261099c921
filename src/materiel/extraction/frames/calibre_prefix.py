"""The calibre or make-up words before an item's name in a list line: "800 3.5-inch laser-guided rockets",
"12 Ostrava 120 mm mortars". A number followed by a measure (`cues.toml` [items] measures) and the parts of a
hyphenated word ("laser-guided") belong to the item's text, so a count before them stays its count."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from materiel import lexicon


@lru_cache(maxsize=1)
def _measures() -> frozenset[str]:
    return frozenset(str(m).lower().lstrip("-") for m in lexicon.toml("cues.toml")["items"]["measures"])


def _inner_hyphen(t: Token) -> bool:
    return t.text == "-" and not t.whitespace_ and t.i > 0 and not t.doc[t.i - 1].whitespace_


def calibre_part(t: Token) -> bool:
    """t is a measured number ("120" of "120 mm", "2.75" of "2.75-inch"), an inner hyphen, or a word joined to
    the next by one ("laser" of "laser-guided") or to the one before ("guided")."""
    doc = t.doc
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if nxt is None:
        return False
    if t.like_num:
        unit = doc[t.i + 2] if _inner_hyphen(nxt) and t.i + 2 < len(doc) else nxt
        return unit.lower_ in _measures()
    return _inner_hyphen(t) or (_inner_hyphen(nxt) and not t.whitespace_) or \
        (t.i > 0 and _inner_hyphen(doc[t.i - 1]) and t.is_alpha)
