"""A deal noun whose only party is a state in its own "with" phrase: "A contract with Ruritania for 105 mm
shells, signed in May, awaits a licence", "the deal with Borduvia for radars". A maker's report names its customer
so; the state buys and the seller is told elsewhere (the text's maker), as frames/counterparty.py reads a state's
body ("a deal agreed with Ruritania's ministry"). Not when the state makes one of the items ("the contract with
France for Rafale jets": France sells them), nor when the frame already has a recipient."""
from __future__ import annotations

from spacy.tokens import Token

from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolve import ActorResolver

STAGES = ("ordered",)  # "talks with X on drones" (considered): X may well sell


def _deal_with(tok: Token, trigger: Token) -> bool:
    """tok is the object of a "with" phrase on the deal noun of the frame (the trigger or the noun it describes)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return False
    noun = tok.head.head
    return noun.pos_ == "NOUN" and noun.i in (trigger.i, trigger.head.i) and \
        (noun.i == trigger.i or trigger.dep_ in ("acl", "relcl"))


def _country_name(tok: Token, res: ActorResolver) -> bool:
    """tok names a state as such ("with Kenya"), not a firm by its state ("with a Russian firm")."""
    span = res.by_token.get(tok.i)
    return span is not None and span.kb_id_ == "country"


def orient_state_contract(f: Frame, res: ActorResolver) -> None:
    """Make the state of the deal noun's "with" phrase the recipient (see the module)."""
    sellers = f.roles["supplier"]
    if not sellers or f.roles["recipient"] or f.stage not in STAGES:
        return
    if not all(s.actor.kind == "state" and _deal_with(s.token, f.trigger) and _country_name(s.token, res)
               for s in sellers):
        return
    made = {o for m in f.items if m.designation for o in [res.lex.origin_of(m.designation)] if o}
    if any(s.actor.country in made for s in sellers):
        return
    f.roles["supplier"], f.roles["recipient"] = [], sellers
    f.rule += ":state-buyer"
