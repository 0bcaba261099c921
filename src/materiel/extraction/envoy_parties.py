"""The parties of a text an envoy issues. Embassies publish their ambassadors' remarks at handover ceremonies and
their own releases, and such a text names its giver and receiver once, in its title block ("Remarks by
Ambassador Jane Doe at the Patrol Boat Handover Ceremony / Jane Doe / Canadian Ambassador to Ghana"), then says
only "the delivery of these two patrol boats" or "this aircraft".

The pair is read from the title block (`mentions/envoy.py`): the envoy's state gives, the host state receives.

A row with neither party after every other fill takes the pair when it tells a handover, a delivery or a gift
(stage delivered or offered) of a particular item (designated or definite: "this patrol aircraft") and every guard of
`document_parties` holds (no headline, no negation, no broad category, no seizure, no unknown agent), and no
complete row already tells it. The filled row is inherited (rule suffix ":context"); an envoy named only in the
body of a news story lends nothing. In such a text "we" is the envoy's state (`mentions/envoy.first_person`)."""
from __future__ import annotations

from collections.abc import Callable

from materiel.extraction.discourse import Row
from materiel.extraction.document_parties import fillable, told_already
from materiel.extraction.mentions.envoy import read_once
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

CONFIDENCE = 0.55
STAGES = ("delivered", "offered")


def fill_from_envoy(rows: list[Row], res: ActorResolver, complete: Callable[[Row], bool]) -> None:
    """Give the title block's envoy pair to the rows that name neither party (see the module)."""
    if not rows:
        return
    pair = read_once(rows[0].sent.doc, res)  # the pair the resolver read for "we", if it did
    if pair is None:
        return
    giver, host = pair
    candidates = [r for r in rows if r.supplier is None and r.recipient is None and not complete(r)
                  and r.frame.stage in STAGES and (r.designation or r.item.definite)]
    done = [r for r in rows if r.supplier and r.recipient and complete(r)]
    for r in candidates:
        if not fillable(r) or {"supplier", "recipient"} & set(r.frame.generic):
            continue
        r.supplier = Resolved(giver.actor.model_copy(), CONFIDENCE, giver.token)
        r.recipient = Resolved(host.actor.model_copy(), CONFIDENCE, host.token)
        if told_already(r, done):
            r.supplier = r.recipient = None
            continue
        r.inherited, r.standalone = True, False  # the title block gives the noun its parties
