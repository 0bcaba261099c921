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
INVARIANT = lexicon.word_set("count_words", "invariant_plurals")
ACCORDING = lexicon.word_set("shared", "according")


def _uncounted(head: Token) -> bool:
    """A plural with no count of its own, or a bare noun whose plural is its singular ("X aircraft")."""
    if head.tag_ == "NN" and head.lower_ in INVARIANT:
        return not any(c.dep_ in ("det", "poss", "nummod", "quantmod", "amod") and (c.dep_ != "amod" or c.like_num)
                       for c in head.children)
    return plain_uncounted(head)


def _total(n: Token) -> bool:
    """A bare number (not a year) followed only by the words of a total ("eight of them", "12 in all")."""
    if n.pos_ != "NUM" or not n.like_num or (n.text.isdigit() and len(n.text) == 4):
        return False
    after = " ".join(t.lower_ for t in n.subtree if t.i > n.i and not t.is_punct)
    return after in TOTAL_PHRASES or bool(_phrase_after(n))


def _phrase_after(n: Token) -> list[Token]:
    """The words of a total right after the number, up to a mark or the sentence's end, however the parser hangs
    them ("eight in all, the ministry said" may make "all" the head and the number its modifier)."""
    end = n.sent.end
    for k in range(1, 4):
        words = n.doc[n.i + 1:min(n.i + 1 + k, end)]
        if len(words) == k and " ".join(t.lower_ for t in words) in TOTAL_PHRASES and \
                (words.end >= end or n.doc[words.end].is_punct):
            return list(words)
    return []


def _anchors(n: Token) -> list[Token]:
    """The number and, when it modifies a word of the total phrase after it, the head the clause hangs on."""
    return [n] + [t for t in _phrase_after(n) if n.head.i == t.i]


def _on_verb(a: Token, trigger: int) -> bool:
    """The total hangs on the row's verb, or is set after the verb's last phrase by a comma ("to Y, six in all")."""
    if a.head.i == trigger:
        return True
    up = a.head.head if a.head.dep_ == "pobj" else a.head
    return a.dep_ == "appos" and a.i > 0 and a.doc[a.i - 1].is_punct and up.head.i == trigger


def _existential(n: Token, trigger: int = -1) -> bool:
    """"there were eight of them": the total is all the clause says (not "there were eight of them at the parade"), but
    for a participle describing them ("there were eight of them, all built in X"),
    besides the row's own clause the parser may hang on it ("X bought A; there were eight in all")."""
    be = n.head
    return n.dep_ == "attr" and be.lemma_.lower() == "be" and any(c.dep_ == "expl" for c in be.children) and \
        all(c.dep_ in ("expl", "attr", "punct", "cc", "aux") or c.i == trigger or _described(c) or _phrase(c)
            or (c.dep_ == "prep" and c.lemma_.lower() in ACCORDING) for c in be.children)


def _phrase(c: Token) -> bool:
    """"there were 24 in all": the words of the total the parser hangs on the verb, not on the number."""
    return " ".join(t.lower_ for t in c.subtree) in TOTAL_PHRASES


def _described(c: Token) -> bool:
    """", all built in X", ", originally made for Y": a participle describing the items counted, no clause of its own."""
    return c.dep_ in ("advcl", "acl", "dep") and c.tag_ in ("VBN", "VBD") and c.i > c.head.i and \
        not any(x.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") and x.lower_ not in ALL_WORDS for x in c.children)


def _totals(r: Any, sents: list[Span], rows: list[Any]) -> list[Token]:
    """The totals that may count r's item: after it in its own sentence, or in the next sentence of its paragraph
    when that sentence tells no row of its own."""
    own = [n for n in r.sent if n.i >= r.item.span.end and _total(n) and
           any(_existential(a, r.frame.trigger.i) or _on_verb(a, r.frame.trigger.i) for a in _anchors(n))]
    k = next((k for k, s in enumerate(sents) if s.start == r.sent.start), -1)
    if k < 0 or k + 1 >= len(sents):
        return own
    nxt = sents[k + 1]
    if any(x.sent.start == nxt.start for x in rows) or not same_paragraph(nxt.doc, r.sent.start, nxt[-1].i):
        return own
    return own + [n for n in nxt if _total(n) and any(_existential(a) for a in _anchors(n))]


def totals_told(rows: list[Any]) -> None:
    """Fill, in place, the count of the one uncounted item of a sentence from the total told after it."""
    if not rows:
        return
    sents = list(rows[0].sent.doc.sents)
    for r in rows:
        if r.item.quantity is not None or r.item.anaphoric or r.item.pronoun or r.item.whole is not None or \
                (r.category or r.item.category) in BROAD or r.item.head.lemma_.lower() in BROAD_HEADS or \
                not _uncounted(r.item.head):
            continue
        if {x.item.head.i for x in rows if x.sent.start == r.sent.start} != {r.item.head.i}:
            continue  # several items in the sentence: the total counts which?
        totals = _totals(r, sents, rows)
        if len(totals) != 1 or (q := parse_quantity(totals[0].text)) is None:
            continue
        r.item = replace(r.item, quantity=q, quantity_text=totals[0].text)
        r.frame.rule += ":total"
