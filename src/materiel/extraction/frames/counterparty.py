"""Who is the seller of a contract signed "with" someone: "Hanwha signed a contract with the Polish
Army for howitzers". A buy predicate reads its subject as the buyer and the "with" party as the seller;
when the subject is a company and the "with" party a state, one of its bodies or an organisation of
states, the company sells and the state buys ("the agency signed a contract with Hanwha" stays)."""
from __future__ import annotations

from materiel.extraction.frames.framebase import Frame

BUYER_KINDS = frozenset({"state", "government_body", "igo"})


def orient_company_contract(f: Frame) -> None:
    """Swap the roles of `f` when its recipients are all companies and its suppliers all buyers
    named in a "with" phrase."""
    sellers, buyers = f.roles["supplier"], f.roles["recipient"]
    if not sellers or not buyers or f.stage not in ("ordered", "considered"):
        return
    if not all(b.actor.kind == "company" for b in buyers):
        return
    if not all(s.actor.kind in BUYER_KINDS and s.token.dep_ == "pobj" and s.token.head.lower_ == "with"
               for s in sellers):
        return
    f.roles["supplier"], f.roles["recipient"] = buyers, sellers
    f.rule += ":company-seller"
