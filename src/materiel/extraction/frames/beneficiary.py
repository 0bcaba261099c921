"""A buyer who buys for another party: "the Pentagon bought 63 helicopters for the Afghan air force",
"Washington is buying 20 trainers for Kabul". The party the purchase is for receives the items; the buyer
who pays is the intermediary, not a second recipient."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.frames.held_sellers import held_sellers
from materiel.extraction.frames.paid_for import paid_for
from materiel.extraction.frames.received_for import received_for

BUYING_CLASSES = lexicon.word_set("beneficiary", "buying_classes")
PURPOSE_NOUNS = lexicon.word_set("beneficiary", "purpose_nouns")


def purpose_phrase(p: Token, f: Frame) -> bool:
    """A purchase's "for" phrase that names a use ("bought 30 trucks for missions in X"): no party in it."""
    return f.cls in BUYING_CLASSES and p.lower_ == "for" and any(
        c.dep_ == "pobj" and c.lower_ in PURPOSE_NOUNS for c in p.children)


def for_beneficiary(v: Token, f: Frame, res: Any = None) -> None:
    """Of two recipients, the subject and a "for" phrase on the verb, the "for" phrase receives; so does the
    "for" phrase of a place that takes the goods in (frames/received_for.py)."""
    if res is not None:
        received_for(f, res)
        paid_for(f, res)  # "paid $X for 20 planes from Y for the Afghans": the Afghans receive
        held_sellers(f, res)  # "asked to buy 15 of Y's jets": Y sells them
    if f.cls not in BUYING_CLASSES or len(f.roles["recipient"]) < 2:
        return
    objects = {v.i, *(c.i for c in v.children if c.dep_ in ("dobj", "obj"))}  # "bought X for Y", either attached
    benefit = [r for r in f.roles["recipient"] if r.token.dep_ == "pobj" and r.token.head.lower_ == "for"
               and r.token.head.head.i in objects]
    payer = [r for r in f.roles["recipient"] if r not in benefit]
    if not benefit or not payer or {r.actor.id for r in benefit} & {r.actor.id for r in payer}:
        return
    f.roles["recipient"] = benefit
    if not f.roles["intermediary"]:
        f.roles["intermediary"] = payer[:1]
    f.rule += ":for"
