"""A buyer's offer to buy is a bid, a request: "Peru offered to buy 12 jets from Chile", "the ministry is offering to
purchase Chile's frigates", "Peru proposed to acquire six helicopters". An `offer` governor over a transfer whose
subject is the recipient reads otherwise as the buyer's side of a deal (ordered, as "decided to buy"); with a verb of
bidding ([buyer_bids] bid_verbs) whose infinitive complement is the purchase, nothing is agreed yet: the buyer asks,
the `requested` stage. Kept: other offer governors ("committed to buy": ordered) and an offer to help another party
buy (the governor's complement is then not the purchase)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

BID_VERBS = lexicon.word_set("buyer_bids", "bid_verbs")
BID_STAGE = "requested"


def buyer_bid(stage: str, t: Token, gov: Token | None, subject_role: str | None) -> bool:
    """Whether the offer governor `gov` over the buyer's transfer verb `t` is the buyer's bid (module docstring)."""
    if stage != "offered" or subject_role != "recipient" or gov is None:
        return False
    if t.dep_ != "xcomp" or t.head.i != gov.i or gov.lemma_.lower() not in BID_VERBS:
        return False
    return not any(c.dep_ in ("dobj", "obj", "dative") for c in gov.children)  # "offered X to buy": X is offered


__all__ = ["BID_STAGE", "buyer_bid"]
