"""The agent of a transfer noun that another verb governs: "Parliament blocked the sale of 30 tanks by X to Y",
"the ministry approved the export of rifles by X to Y". The noun's own "by" phrase names its party (the seller of a
sale or an export, the buyer of a purchase); the governing verb's subject only authorises, blocks or weighs it, so it
gives way. The "by" phrase may hang on the noun or, as the parser often has it, on the active verb after the noun."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel.extraction.frames.framebase import Frame

AGENT_PREP = "by"
PARTIES = ("supplier", "recipient")
APPROVING = ("offer", "clear")  # the classes of approving verbs, whose noun's "from" phrase names its supplier


def by_role(spec: dict[str, Any]) -> str | None:
    """The role a noun of class `spec` gives its "by" phrase (its `noun_preps`, else its verbs' subject), when a
    party's: the "by" of a seizure is who seized it, never a party."""
    role = spec.get("noun_preps", {}).get(AGENT_PREP) or spec.get("subject")
    return role if role in PARTIES else None


def _agents(res: Any, holder: Token, after: int, prep: str = AGENT_PREP) -> list[Any]:
    """The actors of the `prep` phrases of `holder` after position `after` ("by 2027" names no one)."""
    return [a for c in holder.children if c.dep_ == "prep" and c.lower_ == prep and c.i > after
            for p in c.children if p.dep_ == "pobj" for a in res.resolve_all(p)]


def _holders(noun: Token) -> list[Token]:
    """The noun and the head of its "of" phrase, where the parser may hang the noun's phrases."""
    return [noun] + [q for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for q in p.children if q.dep_ == "pobj"]


def noun_agents(res: Any, noun: Token, verb: Token | None) -> list[Any]:
    """The agents of a transfer noun's "by" phrase: on the noun, on the head of its "of" phrase ("the export of 40
    rifles by X", as the parser hangs it) or on the active verb that governs it, after the noun."""
    return [a for h in _holders(noun) for a in _agents(res, h, noun.i)] or \
        (_agents(res, verb, noun.i) if verb is not None else [])


def _give(f: Frame, role: str, agents: list[Any]) -> None:
    f.roles[role] = []
    f.add(role, agents)


def read_agent(res: Any, nouns: dict[str, str], classes: dict[str, dict[str, Any]], f: Frame) -> None:
    """A verb frame over a transfer noun: give the role the noun's agent fills (`by_role`) to that agent."""
    v = f.trigger
    if v.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in v.children):
        return  # "the sale was blocked by X": X is the verb's own agent
    for o in (c for c in v.children if c.dep_ in ("dobj", "obj")):
        cls = nouns.get(o.lemma_.lower()) or nouns.get(o.lower_)
        role = by_role(classes.get(cls, {})) if cls is not None else None
        agents = noun_agents(res, o, v) if role is not None else []
        if role == "supplier" and not agents and f.cls in APPROVING:  # "authorised the transfer of X from Y to Z": Y's
            # ("withholding a shipment of X from Y": Y is deprived of it, no supplier)
            agents = [a for h in _holders(o) for a in _agents(res, h, o.i, "from")]
        if role is not None and agents:
            _give(f, role, agents)
            return


def read_noun_agent(res: Any, spec: dict[str, Any], f: Frame) -> Frame:
    """A noun frame governed by a verb ("vetoed the export of X by Y"): the noun's agent, not the verb's subject."""
    n = f.trigger
    gov = n.head if n.dep_ in ("dobj", "obj") and n.head.pos_ in ("VERB", "AUX") else None
    if gov is not None and any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in gov.children):
        gov = None
    role = by_role(spec)
    agents = noun_agents(res, n, gov) if role is not None else []
    if role is not None and agents:
        _give(f, role, agents)
    return f
