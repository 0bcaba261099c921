"""Goods sold to firms of a civil trade are no arms transfer: "a truck maker shipped 250 tank trucks to X oil
companies", "Y sold 30 rail tank cars to a fuel distributor", "the air force gave a retired jet to an aviation
museum". A row whose recipient's own phrase (the noun its mention heads or modifies, with that noun's words) holds
a civil trade word and a customer noun, and names no force, is dropped; "delivered 250 armoured trucks to the X
army" and "sold rifles to a security company" stay.

Word lists: words.toml [civil_customers]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row

TRADE_WORDS = lexicon.word_set("civil_customers", "trade_words")
CUSTOMER_NOUNS = lexicon.word_set("civil_customers", "customer_nouns")
MODIFIER_DEPS = ("amod", "compound", "nmod", "poss")


def _phrase_head(tok: Token) -> Token:
    h = tok
    for _ in range(3):
        if h.dep_ not in MODIFIER_DEPS or h.head.i == h.i:
            break
        h = h.head
    return h


def civil_customer(r: Row) -> bool:
    """The recipient is a firm or body of a civil trade (module docstring)."""
    if r.recipient is None or r.recipient.token.doc is not r.item.head.doc:
        return False
    head = _phrase_head(r.recipient.token)
    if head.lemma_.lower() not in CUSTOMER_NOUNS:
        return False
    words = {t.lemma_.lower() for t in head.lefts} | {t.lower_ for t in head.lefts}
    words |= {t.lemma_.lower() for t in head.subtree if t.dep_ in ("compound", "amod") or t.head.dep_ == "conj"}
    return bool(words & TRADE_WORDS) or head.lemma_.lower() in TRADE_WORDS
