"""A counted gapped conjunct after an indirect object that the text follows names a second giver, not a second
taker: in a report on Ruritania's arsenal, "Borduvia sold Ruritania six jets in 2015 and Osterland 20 armoured
cars a year later" tells what Osterland sold Ruritania. Read alone, "sold Peru 20 tanks, and Chile 40 trucks" lists
takers (frames/actor_gaps.py); but when the indirect object's state is salient in the text (named at least
SALIENT_MIN times, and SALIENT_MARGIN times as often as the verb's subject's state and as the conjunct's party),
the text follows that taker's suppliers, and the conjunct's party, a state, takes the subject's role."""
from __future__ import annotations

from collections import Counter

from materiel.extraction.mentions.resolve import ActorResolver, Resolved

STATE_KINDS = ("state", "government_body")
SALIENT_MIN = 4     # the taker is named at least this many times in the text
SALIENT_MARGIN = 2  # ... and this many times as often as the giver or the conjunct's party


def _named(res: ActorResolver) -> Counter[str]:
    """How often the text names each state (its names and bodies; demonyms left out)."""
    return Counter(a.country for span in res.doc.spans.get("actors", []) if span.kb_id_ != "demonym"
                   for a in [res.span_actor(span)] if a is not None and a.kind in STATE_KINDS and a.country)


def topic_taker(res: ActorResolver, takers: list[Resolved], subjects: list[Resolved], party: Resolved) -> bool:
    """Whether the indirect object's parties (takers) are one state the text follows more than the verb's subject
    and the gapped conjunct's party, a state: the conjunct then names a second giver to the taker."""
    countries = {t.actor.country for t in takers}
    if len(countries) != 1 or None in countries or not subjects or party.actor.kind != "state":
        return False
    named = _named(res)
    taker = named[countries.pop() or ""]
    others = [named[r.actor.country or ""] for r in [*subjects, party]]
    return taker >= SALIENT_MIN and all(taker >= SALIENT_MARGIN * n for n in others)
