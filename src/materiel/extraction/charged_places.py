"""A denial that names the country where the charged group fights, not the group: "UN experts said the rifles were
bound for the Sahrawi front in Mali. ... Algeria said it does not send weapons to Mali", "Monitors said
Velmaria had armed the hill militia with tanks. Velmaria denied that any of its armour had gone to Borduria".

The denial answers the charge: its recipient is the armed group the charge named. A denied or negated delivery
whose recipient is a state told by its name (not a body of it) takes the recipient of the charge told earlier, an
armed group named by its own name (not "Malian rebels"), when
- the charge's delivery has no supplier and the group is of that state ("bound for the Sahrawi front in Mali"), or
- the charge's supplier is the denier and the charge is told in the sentence just before, or its group is of that
  state;
and the denier has no delivery to that state or its bodies told earlier (then the denial may answer that one).
Run once the rows have their parties (after `any_groups`)."""
from __future__ import annotations

from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolved import Resolved, same_state

NEGATED = ("denied", "negated")
CHARGED = ("asserted", "uncertain")
CONFIDENCE_SHARE = 0.8  # of the group's own resolution


def _named_group(r: Resolved | None) -> bool:
    """An armed group named by its own name, not one known only by its country ("<ISO3>-<noun>")."""
    return r is not None and r.actor.kind == "armed_group" and not (
        r.actor.country is not None and r.actor.id.lower().startswith(f"{r.actor.country}-".lower()))


def _adjacent(charge: Row, row: Row) -> bool:
    """The charge is told in the sentence just before the row's (or the same one)."""
    return charge.sent.start <= row.sent.start <= charge.sent.end + 1


def _answers(charge: Row, row: Row, state: str) -> bool:
    """Whether the denied row answers the charge (module docstring)."""
    group = charge.recipient
    if group is None or charge.frame.stage != "delivered" or charge.reading.factuality not in CHARGED or \
            not _named_group(group):
        return False
    if charge.supplier is None:
        return group.actor.country == state
    return row.supplier is not None and same_state(charge.supplier, row.supplier) and (
        group.actor.country == state or _adjacent(charge, row))


def _served(rows: list[Row], row: Row, state: str) -> bool:
    """The denier has a delivery to the state or its bodies told before the row."""
    return any(o.sent.start < row.sent.start and o.frame.stage == "delivered" and o.recipient is not None and
               o.recipient.actor.country == state and o.recipient.actor.kind in ("state", "government_body") and
               o.supplier is not None and row.supplier is not None and same_state(o.supplier, row.supplier)
               for o in rows)


def fill(rows: list[Row]) -> None:
    """Give each denied delivery to a state the armed group of the charge it answers."""
    for r in rows:
        rec = r.recipient
        if r.reading.factuality not in NEGATED or r.frame.stage != "delivered" or rec is None or \
                rec.actor.kind != "state" or not rec.actor.country or r.supplier is None:
            continue
        state = rec.actor.country
        if _served(rows, r, state):
            continue
        charges = [c for c in rows if c.sent.start < r.sent.start and _answers(c, r, state)]
        if charges:
            group = max(charges, key=lambda c: c.sent.start).recipient
            assert group is not None
            r.recipient = Resolved(group.actor.model_copy(update={"text": rec.actor.text}),
                                   group.confidence * CONFIDENCE_SHARE, rec.token)
