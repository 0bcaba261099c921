"""Items held on order: "Bulgaria has eight F-16s from the United States on order", "the 43 vehicles on
order", "two more frigates are on order from Italy", "the last four of the 12 jets on order" (the whole). The noun "order" in an "on" phrase without a
determiner is the order of what the phrase hangs on: the object of "have" (whose subject is the buyer),
the subject of "be", or the noun it modifies; a "from" phrase on that item names the seller."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.counts import partitive_whole
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.resolve import ActorResolver

HOLDING_VERBS = lexicon.word_set("frame_words", "holding_verbs")


def on_order(n: Token, f: Frame, res: ActorResolver, items: ItemFinder) -> None:
    """Add to the frame of the noun n ("order") the items it holds on order and their buyer and seller."""
    if n.lower_ != "order" or n.dep_ != "pobj" or n.head.lower_ != "on" or any(c.dep_ == "det" for c in n.children):
        return
    host = n.head.head
    buyers: list[Token] = []
    if host.pos_ in ("VERB", "AUX") and host.lemma_.lower() in HOLDING_VERBS:
        held = [c for c in host.children if c.dep_ in ("dobj", "obj")]
        buyers = [c for c in host.children if c.dep_ == "nsubj"] if held else []
        held = held or [c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")]  # "X are on order"
    elif host.pos_ in ("NOUN", "PROPN") or partitive_whole(host) is not host:
        held = [partitive_whole(host)]  # "the 43 vehicles on order"; "the last 11 of the 25 jets on order": the 25
        verb = host.head
        if host.dep_ in ("dobj", "obj") and verb.lemma_.lower() in HOLDING_VERBS:
            buyers = [c for c in verb.children if c.dep_ == "nsubj"]
    else:
        return
    found = [m for h in held for m in items.items(h)]
    if not found:
        return
    f.items.extend(found)
    for m in found:
        for p in (p for c in m.head.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children
                  if p.dep_ == "pobj"):
            f.add("supplier", res.resolve_all(p))
    if not f.roles["recipient"]:
        f.add("recipient", [r for b in buyers for r in res.resolve_all(b)])
    f.rule += ":on-order"
