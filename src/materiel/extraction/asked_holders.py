"""A request for items told before: "X wants the jets too" in a story about state H, whose own jets the
text has just told of. With no party asked, the supplier guessed from the item's maker gives way
to the state the text is about (mentions/topic.py; else its wire dateline's), when that state is neither the one asking nor the maker: the
definite item ("the jets", not "jets") is one the text has placed with that state."""
from __future__ import annotations

from typing import Any

from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.extraction.mentions.topic_sources import dateline_state
from materiel.extraction.origin_holders import HOLDER_CONFIDENCE, maker_guess
from materiel.record.models import Actor

Row = Any  # discourse.Row (not imported: discourse calls this module)


def asked_of_topic(rows: list[Row], res: ActorResolver) -> None:
    """Replace, in place, the maker's state as supplier of a request for a definite item by the text's state."""
    topic = res.topics.decide("offer_buyer")
    home = topic.iso3 if topic is not None else dateline_state(res.doc.text)
    if home is None or home not in res.lex.countries:
        return
    for r in rows:
        if r.frame.stage != "requested" or not r.item.definite or not maker_guess(r, res):
            continue
        if home in (r.recipient.actor.country, r.supplier.actor.country):
            continue
        c = res.lex.countries[home]
        actor = Actor(id=c.iso3, name=c.name, kind="state", country=c.iso3, text=r.item.span.text)
        r.supplier = Resolved(actor, HOLDER_CONFIDENCE, r.item.head)
        r.frame.rule = r.frame.rule.replace(":origin", ":topic")
