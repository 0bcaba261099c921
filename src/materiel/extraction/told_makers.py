"""The maker an earlier mention of a definite item tells: "Journalists were shown nine Ruritanian-made X mortars.
... the mortars may have got to Y by a broker": the mortars are Ruritanian-made, whatever supplier the text told last
(discourse.fill_from_context does not lend another state's supplier to them). The participles are
`origin_participles` of [arguments] in words.toml; the demonyms those of countries.csv."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from materiel import lexicon

MADE = lexicon.word_set("arguments", "origin_participles")


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    return {d.lower(): c.iso3 for c in lexicon.load().countries.values() for d in c.demonyms}


def _maker(head: Token) -> str | None:
    """"Ruritanian-made launchers": the state of the demonym on the item's origin participle."""
    for p in head.children:
        if p.dep_ in ("amod", "compound") and p.lower_ in MADE:
            found = [_demonyms().get(d.lower_) for d in p.children if d.i < p.i]
            if any(found):
                return next(f for f in found if f)
    return None


def maker_told(head: Token) -> str | None:
    """The maker the nearest earlier mention of the item's head noun tells, or None."""
    lemma = head.lemma_.lower()
    for t in reversed(head.doc[: head.i]):
        if t.pos_ == "NOUN" and t.lemma_.lower() == lemma:
            made = _maker(t)
            if made is not None:
                return made
    return None
