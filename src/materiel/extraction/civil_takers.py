"""A civil carrier that takes delivery, with the recipient filled from elsewhere: no transfer.

"Not only the army is changing. The state carrier Skyline Airways took delivery of a leased airliner, its first
jet": the taking verb's own subject is the carrier ("state carrier", "Airways", "Air X"; civil.toml [parties]), so the
row is the carrier's civil deal, even when the recipient the row holds was lent by an earlier sentence (a government
that accused someone of something). Frame classes: words.toml [civil_takers] taker_classes."""
from __future__ import annotations

from dataclasses import replace

from materiel import lexicon
from materiel.extraction import civil
from materiel.extraction.discourse import Row

TAKER_CLASSES = lexicon.word_set("civil_takers", "taker_classes")


def civil_taker(r: Row) -> bool:
    """The verb's subject is a civil air carrier other than the row's recipient (see the module's text)."""
    if r.frame.cls not in TAKER_CLASSES or r.recipient is None:
        return False
    subjects = [c for c in r.frame.trigger.children if c.dep_ == "nsubj" and c.i != r.recipient.token.i]
    if civil.is_carrier(r.recipient):
        return False  # the recipient itself: the civil filters judge it
    military = civil.load().military_words
    for s in subjects:
        taker = replace(r.recipient, token=s)
        phrase = " ".join(t.text for t in civil.party_tokens(taker)).lower()
        if civil.is_carrier(taker) and not military.search(phrase):
            return True
    return False
