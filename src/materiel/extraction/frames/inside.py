"""A seized shipment's destination inside the seizing state: customs seize goods on their way in, so a destination
named by a town or place of their own state ("addressed to a church in Saint-Louis", "bound for a firm in X-town")
is the shipment's recipient even though that state seized it; one named by the state itself is not."""
from __future__ import annotations

from typing import Any


def named_inside(a: Any) -> bool:
    """A destination named by a town or place inside a state, not by the state ("addressed to a church in
    Saint-Louis"): a shipment seized by that state's own customs on its way in keeps it as recipient."""
    t = a.token
    return a.actor.kind == "state" and t.ent_type_ in ("GPE", "LOC", "FAC") and t.pos_ == "PROPN" and \
        t.text != a.actor.name and a.actor.id not in t.text and not t.text.isupper()
