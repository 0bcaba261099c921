"""The states a state's description may stand for: a regional modifier ("the Balkan country", "the South American
nation", "the Gulf state": `data/regions.csv`), or a head noun that only some states take ("the island": words.toml
[description_heads] states). None when the phrase limits nothing."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from materiel import lexicon


@lru_cache(maxsize=1)
def _heads() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in lexicon.word_table("description_heads", "states").items()}


def region_of(tok: Token) -> frozenset[str] | None:
    """The states the description headed by tok allows (see the module)."""
    mods = [t for t in tok.lefts if t.dep_ in ("amod", "compound", "nmod")]
    table = lexicon.regions()
    for n in range(len(mods), 0, -1):  # the longest run of modifiers first: "south american" before "american"
        for i in range(len(mods) - n + 1):
            key = " ".join(t.lower_ for t in mods[i: i + n])
            if key in table:
                return table[key]
    kinds = [tok.lemma_.lower(), tok.lower_, *(t.lower_ for t in mods)]  # "the island", "the island nation"
    return next((_heads()[k] for k in kinds if k in _heads()), None)
