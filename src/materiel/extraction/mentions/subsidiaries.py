"""A listed firm's national arm: a company named with a state's name after its own ("Thales UK", "Airbus
Spain", "Saab Australia") is the firm's subsidiary in that state, and supplies for it, whatever state the
gazetteer gives the group. Only the state's name or an alias, written as the last word or words of the
name the text uses; the gazetteer's own entry is unchanged."""
from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from materiel import lexicon

MAX_WORDS = 3  # words of the longest state name looked for at the end ("United Arab Emirates")


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    countries: Mapping[str, lexicon.Country] = lexicon.load().countries
    return {n: c.iso3 for c in countries.values() for n in (c.name, *c.aliases) if n[:1].isupper()}


def state_of_arm(surface: str) -> str | None:
    """The state whose name ends `surface`, the text of a listed company's mention, after other words."""
    words = surface.split()
    names = _names()
    for n in range(min(MAX_WORDS, len(words) - 1), 0, -1):
        iso3 = names.get(" ".join(words[-n:]))
        if iso3 is not None:
            return iso3
    return None
