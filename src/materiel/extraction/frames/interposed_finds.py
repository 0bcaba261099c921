"""A finding whose place comes between the verb and what was found: "agents found, under the sacks of rice, 9
carbines and three mortar tubes". The parser takes the found materiel for a second object of the place's
preposition, or a conjunct of its noun; the nouns after the closing comma that hang across it are the verb's
objects. A finding whose place so set off is one of concealment ([seizure] concealing_preps of predicates.toml:
"under the sacks of rice", "behind a false panel") found the materiel hidden: a seizure (frames/found.py), whose
parties a later sentence may give. A finding with an object of its own ("Inside the crates police found guns") is
left to the rules of hiding participles and searched carriers (a quoted finding often restates a seizure)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

CONCEALING = frozenset(lexicon.toml("predicates.toml")["seizure"]["concealing_preps"])


def _set_off(v: Token) -> list[Token]:
    """The prepositions of `v` set off by commas right after it: "found, beneath X, ...\""""
    return [p for p in v.children if p.dep_ == "prep" and p.i == v.i + 2 and v.nbor(1).text == ","]


def interposed_objects(v: Token) -> list[Token]:
    """The nouns found, after the comma that closes a place set off between the verb and them."""
    out: list[Token] = []
    for p in _set_off(v):
        inner = sorted(p.subtree, key=lambda t: t.i)
        comma = next((t for t in inner if t.text == "," and t.i > p.i + 1), None)
        if comma is None:
            continue
        out += [t for t in inner if t.i > comma.i and t.pos_ in ("NOUN", "PROPN") and t.head.i < comma.i
                and t.dep_ in ("pobj", "conj", "appos")]
    return out


def concealed(v: Token) -> bool:
    """"found, beneath the vegetables, ...": a place of concealment set off between the verb and what it found."""
    return any(p.lower_ in CONCEALING for p in _set_off(v))
