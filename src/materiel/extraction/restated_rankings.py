"""A ranked trade noun that restates a transfer is no transfer of its own: "that contract was the first export of X",
"Y has ordered 24 A, the vehicle's first export order", "..., likely to be the type's first sale
beyond its home region". A row whose trigger noun has a ranking ordinal (`words.toml [restated_rankings] ordinals`) and
stands as the predicate of a copula or as an apposition (or a second object read as one) is dropped: it ranks something told elsewhere, and the
parties the row would take from context are the ones of that other transfer. "The first delivery arrived in May"
(a subject) and "signed a second contract for 180 tanks" (an object) stay, and so does a noun naming the buyer ("X has become the
first export customer for Y", "the first foreign buyer of Y": X's purchase)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row

ORDINALS = lexicon.word_set("restated_rankings", "ordinals")
DEPS = lexicon.word_set("restated_rankings", "deps")
BUYERS = lexicon.word_set("restated_rankings", "buyer_nouns")


def restated_ranking(r: Row) -> bool:
    """The row's trigger noun ranks a transfer told elsewhere (module docstring)."""
    t = r.frame.trigger
    if t.pos_ not in ("NOUN", "PROPN") or t.lemma_.lower() in BUYERS or not (t.dep_ in DEPS or _second_object(t)):
        return False
    return any(c.dep_ == "amod" and c.lower_ in ORDINALS for c in t.children)


def _second_object(t: Token) -> bool:
    """"ordered 24 A, the first export order for ...": an object after another object of the same verb, read as
    an apposition of it."""
    return t.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < t.i for c in t.head.children)
