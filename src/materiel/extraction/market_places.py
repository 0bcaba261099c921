"""A purchase or a request made in another state, with no seller named: "X also bought six rifles in
Ruritania", "X sent envoys to Oslo to seek drones", "the minister signed a contract in Paris for three radars".
The state of the place (a country or its capital) is the supplier: the register records where arms were bought
or sought when no one else is told. Only for buying, ordering and asking (a delivery's place is where it
arrived), only when the text gives no supplier for the row, and never when the place is the buyer's own state
("the army bought rifles in Nairobi" is a local purchase of no state's) or when no buyer is told."""
from __future__ import annotations

from materiel.extraction.discourse import Row
from materiel.extraction.frames.timeplace import place_token
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

CLASSES = frozenset({"buy", "request"})  # the frames whose place is the seller's
CONFIDENCE = 0.7


def _buyer_states(r: Row) -> set[str]:
    q = r.recipient
    return {x for x in (q.actor.id, q.actor.country) if x} if q is not None else set()


def fill(rows: list[Row], res: ActorResolver) -> None:
    """Each row with no supplier whose purchase or request the text places in another state: that state."""
    for r in rows:
        f = r.frame
        if r.supplier is not None or r.recipient is None or f.cls not in CLASSES or f.roles.get("supplier"):
            continue
        found = place_token(f, r.sent.doc)
        if found is None:
            continue
        token, span = found
        if span is None:
            continue
        actor = res.span_actor(span)
        if actor is None or actor.kind != "state" or actor.country in _buyer_states(r) or \
                actor.id in _buyer_states(r):
            continue
        r.supplier = Resolved(actor, CONFIDENCE, token)
        f.rule += ":market" if not f.rule.endswith(":market") else ""
