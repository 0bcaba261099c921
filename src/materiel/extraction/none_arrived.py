"""Goods bought, none delivered: "Iraq ordered 36 jets from X in 2011, but none has arrived", "Kenya bought ten
tanks from Serbia, and none have been delivered", "bought A jets from X, but they never arrived". A verb of delivery
or arrival ([none_arrived] verbs) conjoined to the verb of a purchase or order row, whose subject is a word of none
([licensed_acts] none_subjects) and names no other item in an "of" phrase, or, negated and with no object, a pronoun
of the goods ([none_arrived] goods_pronouns), tells the delivery of that purchase negated: the row is added once
more, stage delivered, factuality negated, with no count of its own (rule ":none-arrived"). A purchase told as done
("bought", stage delivered) is then only an order. Lots told in a sentence of their own ("None of the radars has
been delivered") are none_shipped.py's."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.frames.framebase import negated_numeral

NONE = lexicon.word_set("licensed_acts", "none_subjects")
VERBS = lexicon.word_set("none_arrived", "verbs")
STAGES = lexicon.word_set("none_arrived", "stages")
GOODS = lexicon.word_set("none_arrived", "goods_pronouns")
RULE = ":none-arrived"


def says_none(s: Token) -> bool:
    """A word of none ([licensed_acts] none_subjects), or a numeral negated ("not one", "not a single one")."""
    return s.lower_ in NONE or negated_numeral(s)


def _none_clause(v: Token) -> Token | None:
    """The verb conjoined to v that tells none delivered ("but none has arrived"), or None."""
    for c in v.children:
        if c.dep_ != "conj" or c.pos_ not in ("VERB", "AUX") or c.lemma_.lower() not in VERBS:
            continue
        for s in c.children:
            if _goods_denied(c, s):
                return c
            if s.dep_ in ("nsubj", "nsubjpass") and says_none(s) and not any(
                    p.dep_ == "pobj" and p.pos_ != "PRON" for prep in s.children if prep.dep_ == "prep" for p in prep.children):
                return c
    return None


def _goods_denied(c: Token, s: Token) -> bool:
    """"but they never arrived", "but they have not been delivered": a negated verb of delivery with no object of
    its own whose subject is a pronoun of the goods ([none_arrived] goods_pronouns)."""
    return s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in GOODS and any(x.dep_ == "neg" for x in c.children) and \
        not any(x.dep_ in ("dobj", "obj", "dative", "attr", "acomp", "oprd") for x in c.children)


def rows_of_none(rows: list[Row]) -> list[Row]:
    """The negated delivery rows of the purchases whose goods none arrived (see the module's text)."""
    told = {r.item.head.i for r in rows if r.frame.stage == "delivered" and r.reading.factuality == "negated"}
    out: list[Row] = []
    for r in rows:
        t = r.frame.trigger
        if r.frame.stage not in STAGES or r.reading.factuality != "asserted" or t.pos_ not in ("VERB", "AUX") or \
                RULE in r.frame.rule or r.item.head.i in told or _none_clause(t) is None:
            continue
        if r.frame.stage == "delivered":  # "bought ten tanks, but none have been delivered": an order only
            r.frame = replace(r.frame, stage="ordered", rule=r.frame.rule + ":undelivered")
        frame = replace(r.frame, stage="delivered", rule=r.frame.rule + RULE)
        out.append(replace(r, frame=frame, reading=replace(r.reading, factuality="negated"),
                           item=replace(r.item, quantity=None, quantity_text=None)))
        told.add(r.item.head.i)
    return out
