"""The signer of a deal made out to a buyer sells: in "X signed a contract for 40 A to Y", "X won a deal for A to
Y" (or "several export deals, including for A to Y", extraction/included_deals.py) a "to" phrase (on the deal
noun, on its item, or on the signing verb after the noun) names the buyer, so the subject of the signing verb
(words.toml [signed_exports] verbs) is not the buyer (the default of a purchase noun, `possessor = "recipient"`)
but the seller. Only when no seller is named otherwise ("with Z", "from Z", an origin) and the signer is not the
buyer's own state ("Egypt signed a deal for A to its air force")."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolve import ActorResolver
from materiel.extraction.mentions.resolved import same_state

SIGNING = lexicon.word_set("signed_exports", "verbs")


def _goal_tokens(n: Token, verb: Token) -> list[Token]:
    """The objects of the "to" phrases on the noun, on its "for" phrase's items, or on the signing verb after it."""
    heads = [n, *(q for p in n.children if p.dep_ == "prep" and p.lower_ == "for" for q in p.children
                  if q.dep_ == "pobj")]
    tos = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "to"]
    tos += [p for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ == "to" and p.i > n.i]
    return [q for p in tos for q in p.children if q.dep_ == "pobj"]


def signer_sells(n: Token, f: Frame, verb: Token, signer: Token, res: ActorResolver) -> None:
    """Make the signer the supplier of a purchase noun whose buyer a "to" phrase names (see the module)."""
    if f.roles.get("supplier") or verb.lemma_.lower() not in SIGNING:
        return
    goals = _goal_tokens(n, verb)
    buyers = [r for g in goals for r in res.resolve_all(g)]
    if not buyers:
        return
    sellers = [r for r in res.resolve_all(signer) if not any(
        same_state(r, b) or r.actor.country and r.actor.country == b.actor.country for b in buyers)]
    if sellers:
        f.add("supplier", sellers)
        f.add("recipient", [b for b in buyers if b.actor.id not in {r.actor.id for r in f.roles.get("recipient", [])}])
