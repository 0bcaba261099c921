"""A trade told as recurring is a series, no transfer in particular: "X has donated equipment to the police every
year since 2016", "it has leased one of its patrol ships to Y for part of each year", "sells Z rifles annually".
A row is dropped when its trigger verb's own clause (not a coordinated or embedded clause: "gave X 14 trucks in
2016, and its troops take part each year in ...") holds a period noun with "every"/"each" (`words.toml
[recurring]`), or the verb has a periodic adverb ("annually"). Negated and denied rows stay; "delivered in monthly
lots" (an adjective on a noun) stays."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row

PERIODS = lexicon.word_set("recurring", "period_nouns")
EVERY = lexicon.word_set("recurring", "every_dets")
ADVERBS = lexicon.word_set("recurring", "period_adverbs")
CLAUSES = ("conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "parataxis", "csubj", "pcomp")
KEPT_READINGS = ("negated", "denied")


def _own_clause(v: Token) -> Iterator[Token]:
    """Tokens of v's clause, not entering clauses below it."""
    todo = [c for c in v.children if c.dep_ not in CLAUSES]
    while todo:
        t = todo.pop()
        yield t
        todo.extend(c for c in t.children if c.dep_ not in CLAUSES)


def recurring(r: Row) -> bool:
    """The row's verb tells a recurring trade (module docstring)."""
    t = r.frame.trigger
    if t.pos_ not in ("VERB", "AUX") or r.reading.factuality in KEPT_READINGS:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in ADVERBS for c in t.children):
        return True
    return any(w.lemma_.lower() in PERIODS and any(d.dep_ == "det" and d.lower_ in EVERY for d in w.children)
               for w in _own_clause(t))
