"""A purchase told done whose items have a part told apart: "X has bought 12 Y, four of which have arrived", "X
bought six Y from Z, of which two were delivered in May", or in a clause of its own after it: "sold Y six Z in
2009; five of them have arrived", "bought 24 jets, and 14 of them have been delivered". The part delivered is a row
of its own (antecedents); the purchase of the whole is the order, not a delivery of all (words.toml [completed]
partitives, whole_parts, part_pronouns, part_arrivals)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame, negated_numeral
from materiel.extraction.frames.semicolon_clauses import across_semicolon

PARTITIVES = lexicon.word_set("completed", "partitives")
WHOLE = lexicon.word_set("completed", "whole_parts")
PART_PRONOUNS = lexicon.word_set("completed", "part_pronouns")
ARRIVALS = lexicon.word_set("completed", "part_arrivals")


def _of_which(tok: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and p.tag_ == "WDT" for p in c.children)
               for c in tok.children)


def _part(tok: Token) -> bool:
    """A part that leaves the rest an order: not "all", nor the last part ("the last four of which")."""
    return tok.lower_ not in WHOLE and (tok.pos_ == "NUM" or tok.lower_ in PARTITIVES) and \
        not any(c.dep_ == "amod" and c.lower_ in WHOLE for c in tok.children) and \
        not negated_numeral(tok)  # "not one of them has arrived": no part


def _part_of_which(tok: Token) -> bool:
    """"four of which [have arrived]", "the first two of which", or a clause "of which two [were delivered]"."""
    if _part(tok) and _of_which(tok):
        return True
    return tok.pos_ in ("VERB", "AUX") and _of_which(tok) and any(
        c.dep_ in ("nsubj", "nsubjpass") and _part(c) for c in tok.children)


def _of_them(tok: Token) -> bool:
    """"five of them", "two of these": a part whose whole is named by a pronoun."""
    return _part(tok) and any(c.dep_ == "prep" and c.lower_ == "of" and any(
        p.dep_ == "pobj" and p.lower_ in PART_PRONOUNS for p in c.children) for c in tok.children)


def _part_arrived(t: Token, obj: Token) -> bool:
    """A clause after t's object, conjoined to t or standing beside it in the sentence ("; five of them have
    arrived", ", and 14 of them have been delivered"), whose subject is a part "of them" told arriving."""
    sent = t.sent
    end = sent.end + 1 if sent.end < len(t.doc) and t.doc[sent.end - 1].lower_ == ";" else sent.end
    if end > sent.end:  # "; five of them have arrived": the parser opens a sentence after the semicolon
        end = t.doc[sent.end].sent.end
    for v in t.doc[sent.start:end]:
        if v.i <= obj.i or v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() not in ARRIVALS:
            continue
        if not (v.dep_ == "conj" and v.head.i == t.i or v.head.i == v.i and t.head.i == t.i or
                t.head.i == v.i and across_semicolon(t, v)):  # "X sold Y; five of them have arrived" misparsed
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and _of_them(c) for c in v.children):
            return True
    return False


def part_told(t: Token) -> bool:
    """A part of t's items told "of which", after the object in t's clause (the parser hangs it on the object,
    on a phrase after it, or on t), or "of them" in a clause of arrival after it."""
    obj = next((c for c in t.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        return False
    return any(g.i > obj.i and _part_of_which(g) for g in t.subtree) or _part_arrived(t, obj)


def mark(t: Token, f: Frame) -> None:
    """A purchase told done becomes the order when a part of its items is told apart."""
    if f.stage == "delivered" and f.rule.endswith(":done") and part_told(t):
        f.stage = "ordered"
        f.rule += ":part-told"
