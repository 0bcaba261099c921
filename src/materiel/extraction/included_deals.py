"""A deal noun's item told after "including": in "X has signed several export deals, including for A howitzers
to Y" (or "including one for A howitzers to Y") the small English model hangs "including" on the verb or the
noun and the "for" phrase on "including" (or on its "one"), so the deals lose their item and their recipient.
The spaCy component ``materiel_included_deals`` (after ``materiel_deal_noun_of``) moves that "for" phrase, and
a "to" phrase left on "including", to the deal noun ("deal", "contract", "order": the nouns of the deal classes
of `data/predicates.toml`) that is the verb's object or the head of "including". Nothing changes when "including"
lists items of its own ("including six A"), or when no deal noun is at hand."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon
from materiel.extraction.deal_noun_of import DEAL_NOUNS

INCLUDING = lexicon.word_set("included_deals", "markers")
STAND_INS = lexicon.word_set("included_deals", "stand_ins")


def _deal(inc: Token) -> Token | None:
    """The deal noun "including" belongs to: its head, or its head verb's object before it."""
    h = inc.head
    if h.pos_ == "NOUN" and h.lemma_.lower() in DEAL_NOUNS:
        return h
    if h.pos_ in ("VERB", "AUX"):
        return next((c for c in h.children if c.dep_ in ("dobj", "obj", "nsubjpass") and c.i < inc.i
                     and c.lemma_.lower() in DEAL_NOUNS), None)
    return None


def _for(inc: Token) -> Token | None:
    """The "for" phrase under "including", directly or under a stand-in "one", "ones", "two"."""
    for c in inc.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            return c
        if c.dep_ == "pobj" and c.lower_ in STAND_INS:
            return next((g for g in c.children if g.dep_ == "prep" and g.lower_ == "for"), None)
    return None


@Language.component("materiel_included_deals")
def included_deals(doc: Doc) -> Doc:
    for inc in doc:
        if inc.lower_ not in INCLUDING or inc.dep_ != "prep":
            continue
        noun = _deal(inc)
        prep = _for(inc) if noun is not None else None
        if noun is None or prep is None or any(g.dep_ == "prep" and g.lower_ == "for" for g in noun.children):
            continue
        prep.head = noun
        for to in [c for c in inc.children if c.dep_ == "prep" and c.lower_ == "to"]:
            to.head = noun  # "including one for A to Y": the goal the deal's too
    return doc
