"""Refused licences in official statistics: "two applications, for A and for B, were refused", with the
applications misread as a modifier of the phrase before and the "for" phrases left on the passive verb; and "the
ministry refused one application, for A", with the "for" phrase left on the active verb. A refusal with no subject,
or one whose object is an application or a permit ([permit_issuers] decided_nouns), takes the materiel of its
verb's "for" phrases as what was refused. A permit cancelled is cancelled by the state that issued it."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.items import ItemFinder

DECIDED = lexicon.word_set("permit_issuers", "decided_nouns")
PERMITS = lexicon.word_set("permits", "permit_nouns")
SUPPLIER_CANCELS = lexicon.word_set("permit_issuers", "cancelling_classes")


def _bare_passive(v: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in v.children) and not any(c.dep_ in ("nsubjpass", "nsubj")
                                                                      for c in v.children)


def _refuses_a_permit(v: Token) -> bool:
    """"refused one application, for A": an application or permit object with no "for" phrase of its own."""
    return any(c.dep_ in ("dobj", "obj") and (c.lemma_.lower() in DECIDED or c.lower_ in DECIDED) and
               not any(p.dep_ == "prep" and p.lower_ == "for" for p in c.children) for c in v.children)


def refused_for(items: ItemFinder, v: Token) -> list[ItemMention]:
    """The items of the "for" phrases (and their coordinated "for" phrases) on the verb (see the module); [] for
    any other verb."""
    if not (_bare_passive(v) or _refuses_a_permit(v)):
        return []
    preps = [x for c in v.children if c.dep_ == "prep" and c.lower_ == "for" for x in (c, *c.conjuncts)]
    out: list[ItemMention] = []
    for p in (p for prep in preps if prep.lower_ == "for" for p in prep.children if p.dep_ == "pobj"):
        out.extend(items.items(p, 1))
    return out


def decider_role(cls: str, objects: list[Token], role: str | None) -> str | None:
    """The role of the subject of a verb of cancelling over a permit ("Ottawa cancelled 14 permits for X"): the
    licensing state that supplies, not a buyer calling off its order ([permit_issuers] cancelling_classes)."""
    if cls in SUPPLIER_CANCELS and any(o.lemma_.lower() in PERMITS or o.lower_ in PERMITS for o in objects):
        return "supplier"
    return role
