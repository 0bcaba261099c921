"""Frames of refusing or cancelling that tell no transfer refused.

A refusal of words: a verb of the `refuse` class whose infinitive complement is a verb of telling
(`withheld_words.telling_verbs`): "whose maker it declined to name", "refused to comment on the sale". The
party refuses an answer; a refusal to supply ("declined to release the missiles") keeps its row, as `release`
takes an item there (see below).

A disposal: a verb of the `cancel` class that also means breaking equipment up (`withheld_words.disposal_verbs`)
over the item itself, not over a deal noun (`withheld_words.deal_words`): "nine of the hulls got scrapped afterwards", "the
navy scrapped its old frigates" (no deal called off), against "scrapped its order for 12 jets", "the deal was
scrapped".
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

TELLING = lexicon.word_set("withheld_words", "telling_verbs")
DISPOSAL = lexicon.word_set("withheld_words", "disposal_verbs")
DEAL_WORDS = lexicon.word_set("withheld_words", "deal_words")
_OBJECT_DEPS = ("dobj", "obj")


def _tells(verb: Token, is_materiel: Callable[[Token], bool]) -> bool:
    if verb.lemma_.lower() not in TELLING:
        return False
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    return not any(is_materiel(o) for o in objects)


def refuses_words(f: Frame, is_materiel: Callable[[Token], bool]) -> bool:
    """A `refuse` frame whose trigger's infinitive is a verb of telling with no item for object."""
    if f.cls != "refuse":
        return False
    return any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and _tells(c, is_materiel)
               for c in f.trigger.children)


def disposes(f: Frame) -> bool:
    """A `cancel` frame of a disposal verb whose object (or passive subject) is no deal noun."""
    t = f.trigger
    if f.cls != "cancel" or t.lemma_.lower() not in DISPOSAL:
        return False
    heads = [c for c in t.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if not heads and t.dep_ in ("acl", "relcl"):
        heads = [t.head]
    return bool(heads) and not any(_deal_head(h) for h in heads)


def _deal_head(tok: Token) -> bool:
    """The noun, or the whole of a partitive ("part of the order"), is a deal word."""
    if tok.lemma_.lower() in DEAL_WORDS or tok.lower_ in DEAL_WORDS:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and (g.lemma_.lower() in DEAL_WORDS or g.lower_ in DEAL_WORDS) for g in c.children)
        for c in tok.children)
