"""An order that goes ahead cut down: "the deal for ten X is to go ahead, but with only five aircraft" orders five.
The count is that of a "with only N" phrase ([reduced_counts] limiting_words of words.toml) on the order's own
clause (its verb, or the verb the order noun is the subject of), whose noun is the item's own or a noun of units
(`unit_nouns`), and it must be smaller than the count told."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.quantities import parse_quantity

LIMITING = lexicon.word_set("reduced_counts", "limiting_words")
UNITS = lexicon.word_set("reduced_counts", "unit_nouns")


def _clause(t: Token) -> Token:
    """The verb whose phrases tell the order's terms: the trigger's own, or the one its noun is the subject of."""
    return t.head if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "nsubjpass") else t


def _reduced(v: Token, item: Token) -> int | float | None:
    """The count of a "with only N" phrase of v that counts the item itself or its units ("but with only three
    aircraft"; not "with only one ground station"), or None."""
    for c in v.children:
        if c.dep_ != "prep" or c.lower_ != "with":
            continue
        for p in (p for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in UNITS | {item.lemma_.lower()}):
            nums = [n for n in p.children if n.dep_ == "nummod" and n.like_num]
            if nums and any(w.lower_ in LIMITING for w in p.subtree if w.i < nums[0].i):
                return parse_quantity(nums[0].text)
    return None


def reduced_counts(rows: list[Row]) -> None:
    """Give, in place, each order cut down by "with only N" that count (see the module)."""
    for r in rows:
        if r.frame.stage != "ordered" or r.item.quantity is None:
            continue
        n = _reduced(_clause(r.frame.trigger), r.item.head)
        if n is not None and n < r.item.quantity:
            r.item = replace(r.item, quantity=n, quantity_text=str(n))
            r.frame.rule += ":reduced"
