"""Deliveries still to come: "the delivery of four frigates to X has been delayed until 2026", "Y postponed
the delivery of 12 jets", "delivery of the corvettes is scheduled for 2026", "deliveries are due in 2025".
A delivery noun that a verb of delaying or scheduling holds (words.toml `frame_words.postponing_verbs`, as
its object or passive subject) or that is "due" is not made yet: the deal behind it is an order. So is a delivery
noun whose verb of happening is negated (`frame_words.happening_verbs`: "the delivery of X has not taken place",
"has not happened yet", "never materialised"): with "yet" still to come, an order; without, no delivery at all
(negated)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

POSTPONING = lexicon.word_set("frame_words", "postponing_verbs")
HALTED = lexicon.word_set("frame_words", "halted_state_nouns")
HAPPENING = lexicon.word_set("frame_words", "happening_verbs")


def on_hold(n: Token, f: Frame) -> None:
    """"US bomb shipment on hold", "the sale is on ice", "deliveries remain on hold": a transfer noun held in a
    halted state (words.toml `frame_words.halted_state_nouns`, after "on") is withheld, stage refused."""
    hosts = [n] + ([n.head] if n.dep_ in ("nsubj", "nsubjpass") and n.head.lemma_.lower() in ("be", "remain", "stay")
                   else [])
    if any(c.dep_ == "prep" and c.lower_ == "on" and any(p.dep_ == "pobj" and p.lower_ in HALTED for p in c.children)
           for h in hosts for c in h.children):
        f.stage = "refused"
        f.rule += ":on-hold"


def _happening(v: Token) -> bool:
    """A verb of happening: "happen", "materialise", "take place" (not "take long")."""
    lemma = v.lemma_.lower()
    return lemma in HAPPENING and (lemma != "take" or any(c.lower_ == "place" for c in v.children))


def postponed(n: Token, f: Frame) -> None:
    """Make the delivery told by the noun n an order when it is delayed or scheduled, and undo a transfer noun whose
    happening is negated (see the module)."""
    if n.pos_ not in ("NOUN", "PROPN"):
        return
    host = n.head
    if n.dep_ == "nsubj" and _happening(host) and any(c.dep_ == "neg" or c.lower_ == "never" for c in host.children):
        if f.stage == "delivered" and any(c.lower_ == "yet" for c in host.children):
            f.stage = "ordered"
            f.rule += ":postponed"
        else:
            f.negated = True
        return
    if f.stage != "delivered":
        return
    held = n.dep_ in ("dobj", "obj", "nsubjpass") and host.lemma_.lower() in POSTPONING
    due = n.dep_ == "nsubj" and any(c.dep_ == "acomp" and c.lower_ in POSTPONING for c in host.children)
    if held or due:
        f.stage = "ordered"
        f.rule += ":postponed"
