"""A purchase told done whose items have a part told apart: "X has bought 12 Y, four of which have arrived", "X
bought six Y from Z, of which two were delivered in May". The part delivered is a row of its own (antecedents);
the purchase of the whole is the order, not a delivery of all (words.toml [completed] partitives, whole_parts)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

PARTITIVES = lexicon.word_set("completed", "partitives")
WHOLE = lexicon.word_set("completed", "whole_parts")


def _of_which(tok: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and p.tag_ == "WDT" for p in c.children)
               for c in tok.children)


def _part(tok: Token) -> bool:
    """A part that leaves the rest an order: not "all", nor the last part ("the last four of which")."""
    return tok.lower_ not in WHOLE and (tok.pos_ == "NUM" or tok.lower_ in PARTITIVES) and \
        not any(c.dep_ == "amod" and c.lower_ in WHOLE for c in tok.children)


def _part_of_which(tok: Token) -> bool:
    """"four of which [have arrived]", "the first two of which", or a clause "of which two [were delivered]"."""
    if _part(tok) and _of_which(tok):
        return True
    return tok.pos_ in ("VERB", "AUX") and _of_which(tok) and any(
        c.dep_ in ("nsubj", "nsubjpass") and _part(c) for c in tok.children)


def part_told(t: Token) -> bool:
    """A part of t's items told "of which", after the object in t's clause (the parser hangs it on the object,
    on a phrase after it, or on t)."""
    obj = next((c for c in t.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        return False
    return any(g.i > obj.i and _part_of_which(g) for g in t.subtree)


def mark(t: Token, f: Frame) -> None:
    """A purchase told done becomes the order when a part of its items is told apart."""
    if f.stage == "delivered" and f.rule.endswith(":done") and part_told(t):
        f.stage = "ordered"
        f.rule += ":part-told"
