"""Pronouns that stand for the items told before: the objects of a transfer verb ("deliver them", "sold both to X";
words.toml [items] object_pronouns) and the subject of a passive one ("They were delivered in 2015", "it was handed
over in 2016"; [items] passive_subject_pronouns): the passive subject of a verb that moves goods ([items] passive_subject_classes) is the goods, even
where the resolver read the pronoun as the party told before; but not beside a "with" phrase ("they were supplied
with X": the equipped party). The pronoun's row takes the items of the latest earlier transfer
(extraction/pronoun_items.py), and is kept only as the delivery of an order ("ordered two A. They were delivered")."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

OBJECT_PRONOUNS = lexicon.word_set("items", "object_pronouns")
SUBJECT_PRONOUNS = lexicon.word_set("items", "passive_subject_pronouns")
SUBJECT_CLASSES = lexicon.word_set("items", "passive_subject_classes")


def _equipped(o: Token) -> bool:
    """"they were supplied with rifles": the subject is who gets the goods."""
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in o.head.children)


def item_pronouns(objects: list[Token], f: Frame) -> list[Token]:
    """The objects of `f`'s verb (its passive subject included) that stand for items told before."""
    return [o for o in objects if o.lower_ in OBJECT_PRONOUNS or
            o.dep_ == "nsubjpass" and o.lower_ in SUBJECT_PRONOUNS and f.cls in SUBJECT_CLASSES and not _equipped(o)]


def passive_subject(t: Token) -> bool:
    """The pronoun `t` is the passive subject read as goods: its row stands only for the delivery of an order told
    before (extraction/pronoun_items.py)."""
    return t.dep_ == "nsubjpass" and t.lower_ in SUBJECT_PRONOUNS


__all__ = ["OBJECT_PRONOUNS", "item_pronouns", "passive_subject"]
