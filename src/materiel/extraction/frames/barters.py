"""Barter: goods given for materiel got. "The militia traded gold for 40 rifles with smugglers from X", "the
rebels bartered cattle for ammunition", "200 goats were exchanged for 70 carbines".

A verb of barter (`verbs` of [barter] in words.toml) with what is given as its object (or passive subject)
and what is got in its "for" phrase is a transfer of whichever side is materiel: the materiel got is
delivered to the verb's subject (the passive's agent) by the partner of its "with" phrase ("with smugglers",
wherever the parser hung it); materiel given for other goods ("traded rifles for fuel with Y") is delivered by
the subject to the partner. Nothing when both sides or neither are materiel ("swapped prisoners for
rifles and mortars" has a materiel side only, so it is one).

A barter told in the passive with no agent ("200 goats were exchanged for ...") is the next step of the barter
told just before: it takes that barter's parties (`from_context`), within CONTEXT_SENTENCES."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

VERBS = lexicon.word_set("barter", "verbs")
PARTNER_PREPS = lexicon.word_set("barter", "partner_preps")
CONTEXT_SENTENCES = 2
CONFIDENCE = 0.6
GOT, GAVE = "verb:receive:barter", "verb:supply:barter"


def _preps(heads: list[Token], words: frozenset[str] | set[str]) -> list[Token]:
    """The objects of the prepositions in `words` on the heads, and of a preposition joined to one ("with A and
    with B")."""
    preps = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in words]
    preps += [c for p in preps for c in p.conjuncts if c.lower_ in words]
    return [o for p in preps for o in p.children if o.dep_ == "pobj"]


def _negated(v: Token) -> bool:
    return any(c.dep_ == "neg" for c in v.children)


def _party(t: Token, res: ActorResolver) -> list[Resolved]:
    """The actor of a phrase, or of the name compounded with its head ("ZLF groups", "Tarvo fighters")."""
    return res.resolve_all(t) or [r for c in t.children if c.dep_ == "compound" for r in res.resolve_all(c)]


def _subject(v: Token, res: ActorResolver) -> list[Resolved]:
    """The barter's own side: the active subject, or the passive's agent."""
    subj = [c for c in v.children if c.dep_ == "nsubj"]
    subj += [o for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return [r for s in subj for r in _party(s, res)]


def frames(sent: Span, items: ItemFinder, res: ActorResolver) -> list[Frame]:
    """The transfer frames of the sentence's verbs of barter."""
    out: list[Frame] = []
    for v in sent:
        if v.pos_ != "VERB" or v.lemma_.lower() not in VERBS or _negated(v):
            continue
        given = [c for c in v.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        got = _preps([v, *given], {"for"})
        if not given or not got:
            continue
        got_items = [m for o in got for m in items.items(o)]
        given_items = [m for g in given for m in items.items(g)]
        if bool(got_items) == bool(given_items):
            continue
        partners = [r for o in _preps([v, *given, *got], PARTNER_PREPS) for r in _party(o, res)]
        own = _subject(v, res)
        received = bool(got_items)
        f = Frame(v, "receive" if received else "supply", "delivered", rule=GOT if received else GAVE,
                  items=list(got_items or given_items), confidence=CONFIDENCE)
        f.add("recipient" if received else "supplier", own)
        f.add("supplier" if received else "recipient", partners)
        out.append(f)
    return out


def _barter(r: Any) -> bool:
    return bool(r.frame.rule.startswith((GOT, GAVE)))


def from_context(rows: list[Any], starts: dict[int, int]) -> None:
    """A barter with no party of its own ("200 goats were exchanged for 70 carbines") takes the parties of the
    barter told just before it (within CONTEXT_SENTENCES), when that one was the same way round."""
    told: list[tuple[int, Any]] = []
    for r in rows:
        if not _barter(r):
            continue
        at = starts.get(r.sent.start)
        if at is None:
            continue
        if r.supplier is None and r.recipient is None and not any(r.frame.roles.values()):
            before = [x for n, x in told if at - CONTEXT_SENTENCES <= n < at and x.frame.rule == r.frame.rule]
            if before:
                r.supplier, r.recipient, r.inherited = before[-1].supplier, before[-1].recipient, True
        if r.recipient is not None or r.supplier is not None:
            told.append((at, r))
