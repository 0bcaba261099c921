"""Titled leaders as parties. A person named with a leader's title ("President X", "Prime Minister Y";
`leader_titles` in cues.toml) and no known state who gives a transfer ("President X authorized the
tranche of equipment to send to Z") speaks for the one state the document names as supplying the same
recipient elsewhere; with none, or several, the person stays. The person's name stays as the text. (A
titled recipient read the same way, as the one state receiving from the same supplier, was wrong in a
written development set: a supplier lends to one state and declines another's president.)"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolved import Resolved
from materiel.record.models import Actor

SPEAKS_FOR = 0.7  # confidence kept when a leader is read as the state


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(lexicon.toml("cues.toml")["actors"].get("leader_titles", []))


def titled(tok: Token) -> bool:
    """The person's name carries a leader's title ("President X", "Defence Minister Y")."""
    words = " ".join(c.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod", "appos"))
    return any(w in _titles() for w in (words, *words.split()))


def speaks_for_supplier(rows: list[Row]) -> None:
    """Each titled leader supplier read as the one state that supplies the same recipient."""
    for r in rows:
        s, q = r.supplier, r.recipient
        if s is None or q is None or s.actor.kind != "person" or s.actor.country or not titled(s.token):
            continue
        states = {o.supplier.actor.id: o.supplier.actor for o in rows if o.frame is not r.frame and o.supplier
                  and o.supplier.actor.kind == "state" and o.recipient and o.recipient.actor.id == q.actor.id}
        if len(states) != 1:
            continue
        state = next(iter(states.values()))
        r.supplier = Resolved(Actor(id=state.id, name=state.name, kind="state", country=state.country,
                                    text=s.actor.name), s.confidence * SPEAKS_FOR, s.token)
        r.frame.rule += ":speaks_for" if not r.frame.rule.endswith(":speaks_for") else ""
