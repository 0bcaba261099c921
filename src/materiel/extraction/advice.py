"""Advice on what a state should buy is no transfer: "Opinion: X should buy Y's submarines", "X ought to purchase
Korean howitzers, a columnist argued", "analysts have suggested that X buy second-hand jets from Y". A row on a
verb of acquiring that carries a modal of advice in the writer's or a commentator's words, or that is the clause of a verb of suggesting whose subject is a
commentator (an analyst, critic, columnist), is dropped; "X's air force has proposed buying twelve jets" (the
buyer's own proposal) and "X should receive the howitzers by March" (an expectation) stay.

Word lists: words.toml [advice]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row

ACQUIRING_VERBS = lexicon.word_set("advice", "acquiring_verbs")
ADVICE_MODALS = lexicon.word_set("advice", "advice_modals")
SUGGESTING_VERBS = lexicon.word_set("advice", "suggesting_verbs")
COMMENTATORS = lexicon.word_set("advice", "commentators")


def _advised(v: Token) -> bool:
    """v carries a modal of advice ("should buy"), or hangs on one ("ought to purchase"), in the writer's own
    words (the sentence's main verb) or a commentator's; "the minister said X should buy Y" is the buyer's wish."""
    clause = v.head if v.dep_ == "xcomp" and v.head.lower_ in ADVICE_MODALS else v
    if clause is v and not any(c.dep_ == "aux" and c.lower_ in ADVICE_MODALS for c in v.children):
        return False
    main = clause.dep_ == "ROOT" or clause.dep_ in ("acl", "appos", "dep") and clause.head.dep_ == "ROOT" and \
        clause.head.pos_ in ("NOUN", "PROPN")  # "Opinion: X should buy Y"
    return main and not any(c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in ("say", "tell")
                                            for c in clause.children
                                            if not any(_commentator(g) for g in c.children)) \
        or _suggested(clause)


def _suggested(v: Token) -> bool:
    """v is the clause of a verb of suggesting whose subject is a commentator."""
    head = v.head
    if v.dep_ not in ("ccomp", "xcomp") or head.lemma_.lower() not in SUGGESTING_VERBS:
        return False
    return any(c.dep_ == "nsubj" and _commentator(c) for c in head.children)


def _commentator(t: Token) -> bool:
    """"analysts", "Commentators" (a capital the tagger takes for a name)."""
    return t.lemma_.lower() in COMMENTATORS or t.lower_.removesuffix("s") in COMMENTATORS


def advice(r: Row) -> bool:
    """The row is advice on a purchase, not a transfer (module docstring); a verb of acquiring that hangs on an
    advised one ("should lease X instead of buying Y") is advice too."""
    t = r.frame.trigger
    if t.pos_ != "VERB" or t.lemma_.lower() not in ACQUIRING_VERBS:
        return False
    if _advised(t) or _suggested(t):
        return True
    up = t.head.head if t.dep_ == "pcomp" else t.head
    return t.dep_ in ("pcomp", "conj", "advcl") and up.pos_ == "VERB" and up.lemma_.lower() in ACQUIRING_VERBS and \
        _advised(up)
