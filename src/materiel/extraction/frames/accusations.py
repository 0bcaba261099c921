"""Refusals told as an accusation: "X accused Y of blocking the purchase of Z", "X blamed Y for obstructing
the delivery of Z". The accused who blocks a transfer is its refusing supplier (`own_purchase` keeps it
out of the buyer's role) and the accuser, who wanted it, its recipient. The accusation is the accuser's
claim; its factuality is read as for any claim. Word lists: `accusing` and `third_party_blockers` of
[governors] in `data/words.toml`."""
from __future__ import annotations

from typing import Any

from materiel.extraction.frames.bars import ACCUSING, THIRD_PARTY_BLOCKERS
from materiel.extraction.frames.framebase import Frame


def blocked_by_accused(frames: list[Frame], finder: Any) -> list[Frame]:
    """The frames, with the accuser of a blocked transfer as its recipient in place of the accused."""
    for f in frames:
        t = f.trigger
        if f.stage != "refused" or t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in THIRD_PARTY_BLOCKERS \
                or t.dep_ != "pcomp" or t.head.dep_ != "prep" or t.head.head.lemma_.lower() not in ACCUSING:
            continue
        gov = t.head.head
        accused = {a.actor.id for c in gov.children if c.dep_ in ("dobj", "obj") for a in finder.res.resolve_all(c)}
        if accused & {a.actor.id for a in f.roles["supplier"]}:  # "... from Israeli firms": sellers who refuse nothing
            f.roles["supplier"] = [a for a in f.roles["supplier"] if a.actor.id in accused]
        suppliers = {a.actor.id for a in f.roles["supplier"]}
        f.roles["recipient"] = [a for a in f.roles["recipient"] if a.actor.id not in accused | suppliers]
        accuser = finder.subject_of(gov)
        if not f.roles["recipient"] and accuser is not None:
            f.add("recipient", [a for a in finder.res.resolve_all(accuser) if a.actor.id not in accused | suppliers])
    return frames
