"""The "from" hung on the item of a request whose maker is named elsewhere: in "Ruritania made a request for six
ZX-4 jets from Borduria", "Ruritania's request for six ZX-4 jets from Borduria", the requester is the support
verb's subject or the noun's possessor, so "from Borduria" names the one asked (the supplier), not the requester
that "a request from Borduria for jets" names (the class's noun_preps of `data/predicates.toml`)."""
from __future__ import annotations

from spacy.tokens import Token


def _maker_named(n: Token, support_verbs: set[str]) -> bool:
    if any(c.dep_ == "poss" for c in n.children):
        return True
    v = n.head
    return n.dep_ in ("dobj", "obj") and v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in support_verbs and \
        any(c.dep_ == "nsubj" for c in v.children)


def item_preps(n: Token, noun_preps: dict[str, str], support_verbs: set[str]) -> dict[str, str]:
    """The roles of the prepositions hung on the noun's items ("for" a beneficiary)."""
    preps = {**{k: v for k, v in noun_preps.items() if v != "item"}, "for": "recipient"}
    if preps.get("from") == "recipient" and preps.get("to") == "supplier" and _maker_named(n, support_verbs):
        preps["from"] = "supplier"  # "made a request for X from Y": Y is asked
    return preps
