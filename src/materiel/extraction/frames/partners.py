"""The other side of talks that govern a transfer: "Peru has been negotiating with Norway to buy 12
used jets", "Peru is in talks with Norway to buy ...": the buy frame's seller is the "with" party of
the talks (the buyer of a sell frame). Without it, the maker's state stands in as the seller."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolve import ActorResolver

TALK_PARTNERS = lexicon.word_set("governors", "talk_partners")
DEAL_NOUNS = lexicon.word_set("governors", "deal_nouns")


def partner_of_talks(res: ActorResolver, f: Frame, spec: dict[str, Any]) -> None:
    """Fill the frame's other side from the "with" phrase of the talks that govern it."""
    gov = f.governor
    if gov is None or f.stage != "considered" or not _talks(gov):
        return
    subject = spec.get("subject")
    role = "supplier" if subject == "recipient" else "recipient" if subject == "supplier" else None
    if role is None or f.roles[role]:
        return
    have = {a.actor.id for r in ("supplier", "recipient") for a in f.roles[r]}
    for p in _with_parties(gov):
        f.add(role, [a for a in res.resolve_all(p) if a.actor.id not in have])


def partner_of_deal(res: ActorResolver, f: Frame, spec: dict[str, Any]) -> None:
    """Fill the frame's other side from the "with" phrase of the deal that governs it: "Peru signed a
    contract with France to buy ten howitzers" (France sells), "France agreed a deal with Peru to supply
    them" (Peru buys), "an agreement with X to buy Y"."""
    gov = f.governor
    if gov is None or f.stage != "ordered":
        return
    subject = spec.get("subject")
    role = "supplier" if subject == "recipient" else "recipient" if subject == "supplier" else None
    if role is None or f.roles[role]:
        return
    deals = [gov] if gov.lemma_.lower() in DEAL_NOUNS else \
        [c for c in gov.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in DEAL_NOUNS]
    have = {a.actor.id for r in ("supplier", "recipient") for a in f.roles[r]}
    for p in (q for d in deals for c in d.children if c.dep_ == "prep" and c.lower_ == "with"
              for q in c.children if q.dep_ == "pobj"):
        f.add(role, [a for a in res.resolve_all(p) if a.actor.id not in have])


def _talks(gov: Token) -> bool:
    return gov.lemma_.lower() in TALK_PARTNERS or gov.lower_ in TALK_PARTNERS


def _with_parties(gov: Token) -> list[Token]:
    """The objects of "with" on the talks: on the verb or noun itself, or on the copula of "is in
    talks with"."""
    hosts = [gov]
    if gov.dep_ == "pobj" and gov.head.lower_ == "in" and gov.head.head.i != gov.head.i:
        hosts.append(gov.head.head)
    preps = [c for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ == "with"]
    return [q for c in preps for q in c.children if q.dep_ == "pobj"]
