"""Arms shipped to a state and then told as handed to a group there: "X shipped 40 rifles and ten pistols to
Borduria. The weapons were handed to members of the Vell cartel." The second clause names no supplier and takes
up the load told before (a definite item with no count of its own); the group, not the state it sits in, is the
recipient of the shipments told in the sentences just before, when they went from no state (a person, a firm,
or no one named) to that state. The taking-up row restates them and is no row of its own. Words:
[onward_groups] in words.toml."""
from __future__ import annotations

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.group_recipients import GROUP_KINDS

SENTENCES = lexicon.word_table("onward_groups", "limits")["sentences"]
STATE_SUPPLIERS = lexicon.word_set("onward_groups", "state_kinds")


def _taking_up(r: Row) -> bool:
    """"the weapons were handed to the X gang": a delivery by no one named, of a load told before, to a group the
    clause names."""
    rec = r.recipient
    return r.frame.stage == "delivered" and r.supplier is None and rec is not None and \
        rec.actor.kind in GROUP_KINDS and (r.item.definite or r.item.anaphoric) and r.item.quantity is None and \
        any(o.actor.id == rec.actor.id for o in r.frame.roles.get("recipient", []))


def _shipped_before(e: Row, g: Row, distance: int) -> bool:
    rec, group = e.recipient, g.recipient
    if rec is None or group is None or rec.actor.kind != "state" or e.frame.stage != "delivered":
        return False
    if e.supplier is not None and e.supplier.actor.kind in STATE_SUPPLIERS:
        return False  # a state's export: the group is not its buyer
    return 0 < distance <= SENTENCES and group.actor.country in (None, rec.actor.country)


def onward_groups(rows: list[Row], starts: dict[int, int]) -> None:
    """Give the shipments to a state the group a later clause hands the load to, and drop that clause's row."""
    dropped: list[Row] = []
    for g in (r for r in rows if _taking_up(r)):
        at = starts.get(g.sent.start, -1)
        before = [e for e in rows if e is not g and _shipped_before(e, g, at - starts.get(e.sent.start, at))]
        if not before:
            continue
        for e in before:
            e.recipient = g.recipient
        dropped.append(g)
    rows[:] = [r for r in rows if all(r is not d for d in dropped)]
