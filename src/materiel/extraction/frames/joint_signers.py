"""A contract a firm and a buyer sign together: "X and the procurement agency of Y have signed a contract for
200 vehicles", "X and Y sign contract for Z" (a firm's release). A deal noun reads the subject of its support
verb as the buyer, so both signers come as buyers; when they are one conjunction of firms and of states (their
bodies, an organisation of states), the firm sells and the state buys. The deal nouns are `frame_words`
`joint_deal_nouns` in words.toml."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

JOINT_DEALS = lexicon.word_set("frame_words", "joint_deal_nouns")
BUYER_KINDS = frozenset({"state", "government_body", "igo"})


def _first_conjunct(tok: Token) -> Token:
    """The first of the conjuncts tok belongs to ("X and Y": X)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def orient_joint_signers(f: Frame) -> None:
    """Make the firms among the joint signers of a deal noun its suppliers (see the module)."""
    t = f.trigger
    buyers = f.roles["recipient"]
    if f.roles["supplier"] or len(buyers) < 2 or f.stage not in ("ordered", "considered") or \
            t.pos_ not in ("NOUN", "PROPN") or (t.lemma_.lower() not in JOINT_DEALS and t.lower_ not in JOINT_DEALS):
        return
    firms = [b for b in buyers if b.actor.kind == "company"]
    states = [b for b in buyers if b.actor.kind in BUYER_KINDS]
    if not firms or not states or len(firms) + len(states) != len(buyers):
        return
    if len({_first_conjunct(b.token).i for b in buyers}) != 1:
        return  # one conjunction of signers, not a buyer and a firm told apart ("X's contract with Y")
    if any(s.actor.country and s.actor.country == b.actor.country for s in states for b in firms):
        return  # a state's own firm: no sale abroad to orient
    f.roles["supplier"], f.roles["recipient"] = firms, states
    f.rule += ":joint-signers"
