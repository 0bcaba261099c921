"""Refused licences in official statistics: "two applications, for A and for B, were refused", with the
applications misread as a modifier of the phrase before and the "for" phrases left on the passive verb.
A passive refusal with no subject takes the materiel of its "for" phrases as what was refused."""
from __future__ import annotations

from spacy.tokens import Token

from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.items import ItemFinder


def refused_for(items: ItemFinder, v: Token) -> list[ItemMention]:
    """The items of the "for" phrases (and their coordinated "for" phrases) on a passive verb with no
    subject; [] when the verb has a subject or is active."""
    if not any(c.dep_ == "auxpass" for c in v.children) or any(c.dep_ in ("nsubjpass", "nsubj") for c in v.children):
        return []
    preps = [x for c in v.children if c.dep_ == "prep" and c.lower_ == "for" for x in (c, *c.conjuncts)]
    out: list[ItemMention] = []
    for p in (p for prep in preps if prep.lower_ == "for" for p in prep.children if p.dep_ == "pobj"):
        out.extend(items.items(p, 1))
    return out
