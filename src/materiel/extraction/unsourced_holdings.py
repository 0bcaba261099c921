"""A buying participle on what a force holds, with no source of its own, tells no transfer.

"Its air force flies X fighters bought in two batches since the 1990s", "the army uses Y vehicles bought in the
1990s": the participle on the object of a verb of holding describes a holding and names no supplier, buyer or channel; the
row's supplier could only come from the type's maker or an earlier sentence. "X fighters bought from Y in 2006",
"two boats bought by Z last year", "rifles bought for the unit through a contractor" name one and stay rows.

A row is dropped when its frame is of a buying class ([unsourced_holdings] classes) and its trigger a verb of a
purchase told done (purchase_verbs: "bought", not "ordered in 2020", which tells an order), a past participle
modifying the item's own noun, the object of its clause's verb (a reduced relative: dep "acl", no subject or auxiliary of its own; "denied reports
that it had bought X" is none), and the participle has no agent and no phrase with a
preposition of source_preps. Word lists: words.toml [unsourced_holdings]."""
from __future__ import annotations

from materiel import lexicon
from materiel.extraction.discourse import Row

CLASSES = lexicon.word_set("unsourced_holdings", "classes")
SOURCE_PREPS = lexicon.word_set("unsourced_holdings", "source_preps")
PURCHASE_VERBS = lexicon.word_set("unsourced_holdings", "purchase_verbs")


def unsourced_holding(r: Row) -> bool:
    """Whether the row is told only by a buying participle on a holding with no source (see the module)."""
    v = r.frame.trigger
    if r.frame.cls not in CLASSES or v.lemma_.lower() not in PURCHASE_VERBS or v.tag_ != "VBN" or v.dep_ != "acl":
        return False
    held = r.item.head
    if v.head.i != held.i and v.head.i not in {c.i for c in held.conjuncts}:
        return False  # "denied reports that it had bought X": a clause on another noun, not the item's participle
    if held.dep_ != "dobj" and not (held.dep_ == "conj" and held.head.dep_ == "dobj"):
        return False  # the holding is the object of a verb of holding ("flies", "operates"); "the two X bought last
        # year landed in May" tells an arrival
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in v.children):
        return False  # a clause with its own subject or auxiliary is no reduced relative
    return not any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in SOURCE_PREPS for c in v.children)


__all__ = ["unsourced_holding"]
