"""Transfers a sentence tells beside its transfer predicates, and parties a transfer takes from the words
around it: an arms embargo broken and its target (`embargoes`), a party named as another's supplier
(`suppliers`), a bidder a buyer prefers (`preferred_bidders`), the party involved in a transfer (`involvement`)."""
from __future__ import annotations

from spacy.tokens import Span

from materiel.extraction.frames.availability import availability_frames
from materiel.extraction.frames.contenders import contender_frames
from materiel.extraction.frames.embargoes import embargo_frames, embargo_recipient
from materiel.extraction.frames.framebase import FinderState, Frame
from materiel.extraction.frames.holdings import holding_frames
from materiel.extraction.frames.involvement import involved_supplier
from materiel.extraction.frames.paid_items import restated_payment
from materiel.extraction.frames.preferred_bidders import bidder_frames
from materiel.extraction.frames.suppliers import supplier_frames
from materiel.extraction.frames.verbless_entries import entry_frames


def implied_frames(finder: FinderState, sent: Span) -> list[Frame]:
    """"X violated the arms embargo on Y", "X is Y's main arms supplier", "X added Y to its fleet", "made Y available to Z"."""
    return embargo_frames(finder, sent) + supplier_frames(finder, sent) + holding_frames(finder, sent) + \
        availability_frames(finder, sent) + bidder_frames(finder, sent) + entry_frames(finder, sent) + \
        contender_frames(finder, sent)  # ": A from X"; "the contenders are A and B"


def implied_parties(finder: FinderState, f: Frame) -> None:
    """"violated the arms embargo on Y by supplying Z", "denied any involvement in the smuggling of Z to Y"."""
    embargo_recipient(finder.res, f)
    involved_supplier(finder, f)
    restated_payment(finder, f)  # "delivered six jets, paid for with a loan": no order of its own
