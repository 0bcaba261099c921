"""The count a summary leaves to the sentences after it: "Spain will equip Gabon with boats, radars and
trucks. ... Gabon will buy four Kestrel-2 boats" tells four boats, not boats of no number;
"a lorry carrying dozens of carbines ... customs officers counted 37 carbines" tells 37. A row whose item is a
plain noun with no count of its own (a bare plural, a definite noun, or a vague total such as "dozens of") takes the
one count that the later rows of the same item, within FORWARD sentences, give (those of its own stage when there
are any, else those that are not a part of a whole; for a delivery only deliveries, since an order told after may
be delivered in parts), when they name a party of its own and none in conflict, and no name it lacks, and the
item was not told before. A part of a
whole ("the first helicopters", "some of the rifles") and a broad noun ("weapons", "equipment") keep no count."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.definite_counts import (
    BROAD,
    BROAD_HEADS,
    DETS,
    PART_WORDS,
    own_tellings,
    parties_agree,
    same_item,
)
from materiel.extraction.mentions.counts import BATCH_ORDINALS, FOLLOW_ON_WORDS, MORE_WORDS, PART_ORDINALS

FORWARD = 8  # sentences after the row searched for the telling that gives its count
BATCH_PARTS = BATCH_ORDINALS | PART_ORDINALS | FOLLOW_ON_WORDS | MORE_WORDS
VAGUE_TOTALS = lexicon.word_set("definite_counts", "vague_totals")
COUNT_DEPS = ("nummod", "amod", "quantmod", "advmod", "det", "predet", "poss")


def counts_told_after(rows: list[Any]) -> None:
    """Fill, in place, the count of each plain uncounted row from the rows of its item told after it."""
    if not rows:
        return
    starts = {s.start: n for n, s in enumerate(rows[0].sent.doc.sents)}
    for r in rows:
        if r.item.quantity is not None or r.item.anaphoric or r.item.pronoun or r.item.whole is not None:
            continue
        if (r.category or r.item.category) in BROAD or r.item.head.lemma_.lower() in BROAD_HEADS or \
                not plain_uncounted(r.item.head):
            continue
        here = starts[r.sent.start]
        if any(starts[e.sent.start] < here and same_item(e, r) and parties_agree(e, r) for e in rows):
            continue  # not a first telling: "the tanks" told again long after the package that counted them
        later = [e for e in rows if e.item.quantity is not None and 0 < starts[e.sent.start] - here <= FORWARD
                 and _detail_of(e, r)]
        if r.frame.stage == "delivered":  # "drones arrive ... It ordered 12 drones, the first two delivered": not 12
            later = [e for e in later if e.frame.stage == "delivered"]
        told = own_tellings(r, later)
        if len({e.item.quantity for e in told}) != 1:
            continue
        e = told[0]
        r.item = replace(r.item, quantity=e.item.quantity, quantity_text=e.item.quantity_text)
        r.frame.rule += "" if r.frame.rule.endswith(":count-after") else ":count-after"


def _detail_of(e: Any, r: Any) -> bool:
    """e tells r's item in detail: the same item, no other name ("RX-40 vehicles" are not "the VX-9 vehicles"),
    a count of the whole, not told again ("the four vehicles already shipped") nor a part ("the remaining 2,000"),
    and a party of r's own named in e with none in conflict."""
    if e.item.anaphoric or counted_part(e.item.head) or not same_item(e, r) or not parties_agree(e, r, maker=True):
        return False
    if any(c.dep_ == "det" and c.lower_ in DETS for c in e.item.head.children) or not _names(r) <= _names(e):
        return False
    return any(mine is not None and theirs is not None for mine, theirs in
               ((r.supplier, e.supplier), (r.recipient, e.recipient)))


def _names(row: Any) -> set[str]:
    """The words of an item that name a system: proper nouns and words with a digit ("RX-40", "Desert")."""
    return {t.lower_ for t in row.item.span if t.tag_ in ("NNP", "NNPS") or any(ch.isdigit() for ch in t.text)}


def plain_uncounted(head: Token) -> bool:
    """"helicopters", "the helicopters", "dozens of rifles": a plural with no count, part word or possessor of its
    own, not itself the part of a whole ("the first of the rifles")."""
    if head.tag_ not in ("NNS", "NNPS"):
        return False
    first = head.head if head.dep_ == "conj" else head  # "first jets and Turkish drones": the first drones too
    if any(c.dep_ in COUNT_DEPS and (c.like_num or c.lower_ in PART_WORDS or c.dep_ == "poss" or
                                     (c.dep_ == "det" and c.lower_ not in DETS)) for c in [*head.children, *first.children]
           if c.i < head.i):
        return False
    of = head.head
    if head.dep_ == "pobj" and of.lower_ == "of" and of.head.i != of.i:
        up = of.head
        return up.lower_ in VAGUE_TOTALS or not (up.like_num or up.pos_ == "NUM" or up.lower_ in PART_WORDS)
    return True


def counted_part(head: Token) -> bool:
    """"the remaining 20,000 rifles", "the first four jets", "a further seven tanks": a count of a part of the
    batch, not of the whole the summary names."""
    mods = [c for c in head.children if c.dep_ in COUNT_DEPS]
    return any(c.lower_ in BATCH_PARTS for m in mods for c in m.subtree)
