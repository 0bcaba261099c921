"""A seller in the buyer's own state: "the police took delivery of 30 vans, bought from a local dealer", "rifles
purchased from a dealer in the capital's name". Such goods were bought at home: the state that makes a designated
item is not their supplier (discourse.fill_from_origin leaves the row without one). A "from" phrase on the frame's
verb or on a participle of the item whose object is a seller noun (`seller_nouns` of [local_sellers] in
`data/words.toml`) told as local (`local_words`) or by the buyer's own state, capital or demonym."""
from __future__ import annotations

import re

from spacy.tokens import Token

from materiel import lexicon
from materiel.lexicon import Country

SELLERS = lexicon.word_set("local_sellers", "seller_nouns")
LOCAL = lexicon.word_set("local_sellers", "local_words")


def _froms(t: Token) -> list[Token]:
    return [q for p in t.children if p.dep_ == "prep" and p.lower_ == "from" for q in p.children if q.dep_ == "pobj"]


def bought_locally(trigger: Token, item: Token, country: Country | None) -> bool:
    """The frame on `trigger` over `item` names a seller in the recipient's own state (`country`)."""
    hosts = [trigger, item, *(c for c in trigger.children if c.dep_ == "dobj")]  # "took delivery of X, bought from"
    verbs = [trigger, *(c for h in hosts for c in h.children if c.dep_ in ("acl", "relcl", "advcl") and c.pos_ == "VERB")]
    names = {w.lower() for w in (country.name, *country.aliases, *country.demonyms, *country.capitals)} \
        if country else set()
    for q in (q for v in verbs for q in _froms(v)):
        if q.lemma_.lower() not in SELLERS:
            continue
        words = " ".join(t.lower_ for t in q.subtree)
        if any(c.lower_ in LOCAL for c in q.children) or any(
                re.search(rf"\b{re.escape(n)}\b", words) for n in names if n):
            return True
    return False
