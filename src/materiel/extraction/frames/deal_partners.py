"""The other party of a transfer told under a deal: "Under a 2011 deal agreed with the Danish yard X, the coast
guard bought five cutters", "Under a 2019 agreement with Y, Z delivered 12 helicopters". A verb's adjunct
"under" (or "in", "through") a deal noun whose own "with" phrase names a party gives that party the role
opposite the verb's subject: the seller of a buying verb, the buyer of a supplying one. Only when that role is
still empty; the deal nouns are [governors] deal_nouns and the prepositions `deal_adjunct_preps` (words.toml)."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import ROLES, Frame

DEAL_NOUNS = lexicon.word_set("governors", "deal_nouns")
ADJUNCT_PREPS = lexicon.word_set("governors", "deal_adjunct_preps")


def with_party(noun: Token) -> list[Token]:
    """The objects of "with" on the deal noun or on a participle of it ("an accord reached last year with X")."""
    hosts = [noun, *(c for c in noun.children if c.dep_ == "acl")]
    return [p for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children if p.dep_ == "pobj"]


def read_deal_partner(finder: Any, f: Frame) -> None:
    """Give the deal's partner the role opposite the subject's when the frame has none there."""
    v = f.trigger
    spec = finder.classes.get(f.cls, {})
    subject_role = spec.get("subject")
    if v.pos_ not in ("VERB", "AUX") or subject_role not in ("supplier", "recipient"):
        return
    other = "recipient" if subject_role == "supplier" else "supplier"
    if f.roles[other]:
        return
    nouns = [p for c in v.children if c.dep_ == "prep" and c.lower_ in ADJUNCT_PREPS
             for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in DEAL_NOUNS]
    have = {a.actor.id for role in ROLES for a in f.roles[role]}
    for noun in nouns:
        found = [r for p in with_party(noun) for r in finder.res.resolve_all(p) if r.actor.id not in have]
        if found:
            f.add(other, found)
            return
