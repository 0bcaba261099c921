"""A total told after the item, with no noun of its own: "X bought A helicopters from Y in 2012. There were eight of
them", "X bought A helicopters from Y, eight in all", "...; there were 12 in total". The one uncounted item of the
sentence before the total (or of its own sentence, the total after the item) takes it. A bare number with such words
after it (words.toml [count_words] total_phrases) that is the complement of an existential "there be", or that hangs
on the row's own verb, is the total; a sentence with items of its own, or a row whose item is a part, a broad noun
or told with a count already, takes none."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.counts_after import plain_uncounted
from materiel.extraction.definite_counts import BROAD, BROAD_HEADS
from materiel.extraction.mentions.paragraphs import same_paragraph
from materiel.extraction.mentions.quantities import parse_quantity

TOTAL_PHRASES = frozenset(lexicon.word_list("count_words", "total_phrases"))
ALL_WORDS = lexicon.word_set("retold_counts", "whole_subjects")


def _total(n: Token) -> bool:
    """A bare number (not a year) followed only by the words of a total ("eight of them", "12 in all")."""
    if n.pos_ != "NUM" or not n.like_num or (n.text.isdigit() and len(n.text) == 4):
        return False
    after = " ".join(t.lower_ for t in n.subtree if t.i > n.i and not t.is_punct)
    return after in TOTAL_PHRASES


def _existential(n: Token, trigger: int = -1) -> bool:
    """"there were eight of them": the total is all the clause says (not "there were eight of them at the parade"), but
    for a participle describing them ("there were eight of them, all built in X"),
    besides the row's own clause the parser may hang on it ("X bought A; there were eight in all")."""
    be = n.head
    return n.dep_ == "attr" and be.lemma_.lower() == "be" and any(c.dep_ == "expl" for c in be.children) and \
        all(c.dep_ in ("expl", "attr", "punct", "cc") or c.i == trigger or _described(c) for c in be.children)


def _described(c: Token) -> bool:
    """", all built in X", ", originally made for Y": a participle describing the items counted, no clause of its own."""
    return c.dep_ in ("advcl", "acl", "dep") and c.tag_ in ("VBN", "VBD") and c.i > c.head.i and \
        not any(x.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") and x.lower_ not in ALL_WORDS for x in c.children)


def _totals(r: Any, sents: list[Span], rows: list[Any]) -> list[Token]:
    """The totals that may count r's item: after it in its own sentence, or in the next sentence of its paragraph
    when that sentence tells no row of its own."""
    own = [n for n in r.sent if n.i >= r.item.span.end and _total(n) and
           (_existential(n, r.frame.trigger.i) or n.head.i == r.frame.trigger.i)]
    k = next((k for k, s in enumerate(sents) if s.start == r.sent.start), -1)
    if k < 0 or k + 1 >= len(sents):
        return own
    nxt = sents[k + 1]
    if any(x.sent.start == nxt.start for x in rows) or not same_paragraph(nxt.doc, r.sent.start, nxt[-1].i):
        return own
    return own + [n for n in nxt if _total(n) and _existential(n)]


def totals_told(rows: list[Any]) -> None:
    """Fill, in place, the count of the one uncounted item of a sentence from the total told after it."""
    if not rows:
        return
    sents = list(rows[0].sent.doc.sents)
    for r in rows:
        if r.item.quantity is not None or r.item.anaphoric or r.item.pronoun or r.item.whole is not None or \
                (r.category or r.item.category) in BROAD or r.item.head.lemma_.lower() in BROAD_HEADS or \
                not plain_uncounted(r.item.head):
            continue
        if {x.item.head.i for x in rows if x.sent.start == r.sent.start} != {r.item.head.i}:
            continue  # several items in the sentence: the total counts which?
        totals = _totals(r, sents, rows)
        if len(totals) != 1 or (q := parse_quantity(totals[0].text)) is None:
            continue
        r.item = replace(r.item, quantity=q, quantity_text=totals[0].text)
        r.frame.rule += ":total"
