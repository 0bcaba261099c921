"""Aircraft that "landed" somewhere: a delivery when the items are marked as one ("the first six of 24 F-16s
that X bought from Y landed at Z", "the first two F-16s for Romania landed"), a visit otherwise ("two
bombers landed in X for exercises"). The words are data (`words.toml` [landings])."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.completed import PARTITIVES, partitive_whole
from materiel.extraction.frames.framebase import Frame

MARKED_ONLY = lexicon.word_set("landings", "marked_only")
CLAUSE_VERBS = lexicon.word_set("landings", "transfer_clause_verbs")
VISIT_NOUNS = lexicon.word_set("landings", "visit_nouns")
FROM_ONLY = lexicon.word_set("landings", "from_only")
UNIT_NOUNS = lexicon.word_set("landings", "unit_nouns")


def _marked(noun: Token) -> bool:
    if noun.lower_ in PARTITIVES or partitive_whole(noun) or any(c.lower_ in PARTITIVES for c in noun.subtree
                                                                 if c.i < noun.i):
        return True  # "the first of 12 jets", "the first six of 24 jets", "the first two F-16s"
    if any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in CLAUSE_VERBS for c in noun.children):
        return True  # "jets that X bought", "jets donated by Y"
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children)  # "F-16s for Romania"


def _for_a_visit(t: Token) -> bool:
    """"arrived in X for exercises", "landed for a port call": the purpose is a visit."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(p.dep_ == "pobj" and p.lower_ in VISIT_NOUNS
                                                              for p in c.children) for c in t.children)


def unmarked_landing(f: Frame) -> bool:
    """True for a visit, not a delivery: an arrival for an exercise or visit, or a landing whose subject is
    not marked as delivered items."""
    t = f.trigger
    if f.cls == "arrive" and _for_a_visit(t):
        return True
    if f.cls == "arrive" and any(c.dep_ == "nsubj" and c.lemma_.lower() in UNIT_NOUNS for c in t.children):
        return True  # "the Danish detachment, four F-16s and 70 airmen, arrived at X": a unit deployed

    if t.lemma_.lower() in FROM_ONLY and f.rule.startswith("verb:arrive"):  # "came from X": only "from" a party
        return not f.roles["supplier"] or not any(c.dep_ == "prep" and c.lower_ == "from" for c in t.children)
    if t.lemma_.lower() not in MARKED_ONLY or ":load" in f.rule:
        return False  # "landed at X with 40 armoured vehicles": the load is delivered
    subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not any(_marked(s) for s in subjects)
