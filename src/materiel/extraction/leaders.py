"""Titled leaders as parties. A person named with a leader's title ("President X", "Prime Minister Y";
`leader_titles` in cues.toml) and no known state who gives a transfer ("President X authorized the
tranche of equipment to send to Z") speaks for the one state the document names as supplying the same
recipient elsewhere, or, when several do, the one told supplying it nearest the leader's sentence; with none,
or several at that distance, the person stays. The person's name stays as the text. (A
titled recipient read the same way, as the one state receiving from the same supplier, was wrong in a
written development set: a supplier lends to one state and declines another's president.)

A recipient with a state leader's title ("President X asked Moscow for Y", `state_leader_titles`) and no known
state asks for the text's own state (its topic state, use "offer_buyer"), when that state is not the supplier's
and the sentence names no third state (whose leader X might be) besides the supplier's and the topic's."""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import ActorResolver
from materiel.extraction.mentions.resolved import Resolved
from materiel.record.models import Actor

SPEAKS_FOR = 0.7  # confidence kept when a leader is read as the state


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(lexicon.toml("cues.toml")["actors"].get("leader_titles", []))


@lru_cache(maxsize=1)
def _state_titles() -> frozenset[str]:
    return frozenset(lexicon.toml("cues.toml")["actors"].get("state_leader_titles", []))


def titled(tok: Token, titles: frozenset[str] | None = None) -> bool:
    """The person's name carries a leader's title ("President X", "Defence Minister Y")."""
    words = " ".join(c.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod", "appos"))
    return any(w in (titles if titles is not None else _titles()) for w in (words, *words.split()))


def _state_leader(q: Resolved) -> bool:
    """A person with a state leader's title, or a title the tagger took for a name ("Defence Minister X")."""
    words = q.actor.name.lower().split()
    return (q.actor.kind == "person" and titled(q.token, _state_titles())) or \
        (q.actor.kind == "other" and bool(words) and words[-1] in _state_titles())


def speaks_for_recipient(rows: list[Row], res: ActorResolver) -> None:
    """Each recipient titled as a state's leader, of no known state, read as the text's state (module text)."""
    topic = res.topics.decide("offer_buyer")
    country = res.lex.countries.get(topic.iso3) if topic is not None else None
    if country is None:
        return
    for r in rows:
        s, q = r.supplier, r.recipient
        if q is None or q.actor.country or not _state_leader(q):
            continue
        if s is None or s.actor.country in (None, country.iso3):
            continue
        named = {a.country for sp in r.sent.doc.spans.get("actors", []) if r.sent.start <= sp.start < r.sent.end
                 for a in [res.span_actor(sp)] if a is not None and a.kind == "state"}
        if named - {s.actor.country, country.iso3}:
            continue  # "President X of Y", "Y's president": a state the sentence names may be his
        r.recipient = Resolved(Actor(id=country.iso3, name=country.name, kind="state", country=country.iso3,
                                     text=q.actor.text or q.actor.name), q.confidence * SPEAKS_FOR, q.token)
        r.frame.rule += ":speaks_for" if not r.frame.rule.endswith(":speaks_for") else ""


def speaks_for_supplier(rows: list[Row]) -> None:
    """Each titled leader supplier read as the one state that supplies the same recipient."""
    for r in rows:
        s, q = r.supplier, r.recipient
        if s is None or q is None or s.actor.kind != "person" or s.actor.country or not titled(s.token):
            continue
        state = _nearest_supplier(r, rows)
        if state is None:
            continue
        r.supplier = Resolved(Actor(id=state.id, name=state.name, kind="state", country=state.country,
                                    text=s.actor.name), s.confidence * SPEAKS_FOR, s.token)
        r.frame.rule += ":speaks_for" if not r.frame.rule.endswith(":speaks_for") else ""


def _nearest_supplier(r: Row, rows: list[Row]) -> Actor | None:
    """The state that supplies r's recipient in the other rows: the only one, else the one told in the rows
    nearest r's sentence ("Washington approved A slowly: - B: President X approved the sale of B. - C: approved
    with D"), when no other state supplies it there; None when none does or several do at that distance."""
    q = r.recipient
    if q is None:
        return None
    starts = [s.start for s in r.sent.doc.sents]
    at = bisect_right(starts, r.sent.start)
    states = [(abs(bisect_right(starts, o.sent.start) - at), o.supplier.actor) for o in rows if o.frame is not r.frame
              and o.supplier and o.supplier.actor.kind == "state" and o.recipient and o.recipient.actor.id == q.actor.id]
    if not states:
        return None
    near = min(d for d, _ in states)
    found = {a.id: a for d, a in states if d == near}
    return next(iter(found.values())) if len(found) == 1 else None

