"""A refusal told in the passive, with no one named refusing, in what a state's own body says: "Romania's export
agency said that an application to export 5,000 rifles to Y had been refused", "The trade ministry told reporters
that a licence for 40 mortars for Y had been denied", "It added that ..." (the pronoun resolved to that body). The
body that reports its own decision is the decider: its state supplies (refuses), unless it is the recipient's
state. The reporting verbs are those of attribution ([attribution] in cues.toml)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction import (
    any_groups,
    charged_places,
    earlier_denials,
    rejected_charges,
    reviewed_requests,
    speaker_denials,
)
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.extraction.mentions.resolved import same_state

REPORTING = frozenset(lexicon.toml("cues.toml")["attribution"]["reporting_verbs"])
DECIDER_KINDS = ("state", "government_body")
CONFIDENCE_SHARE = 0.8  # of the speaker's own resolution


def _passive_clause(t: Token) -> Token | None:
    """The passive clause with no agent, the trigger or a verb above it, that a reporting verb takes as its
    complement; None when there is none."""
    cur = t
    for _ in range(4):
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in REPORTING:
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in cur.children)
            return cur if passive and not any(c.dep_ == "agent" for c in cur.children) else None
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def fill(rows: list[Row], res: ActorResolver) -> None:
    """Give each refused row with no supplier, told in the passive by a state's body, that body's state; and each
    request row with no supplier the state of the one reviewing it (extraction/reviewed_requests.py)."""
    reviewed_requests.fill(rows, res)
    speaker_denials.fill(rows, res, REPORTING)  # "X said not one carbine was ever shipped to Y"
    any_groups.fill(rows, res)  # "X never shipped guns to any armed faction in Y": the group named before
    earlier_denials.fill(rows, res)  # "Y received X from Z. ... Z denied that its own carbines were ever sold"
    rejected_charges.fill(rows, res)  # "Y received X from Z, police said. ... Z has rejected the accusations"
    charged_places.fill(rows)  # "X armed the Y front, monitors said. X denied sending weapons to <Y's country>"
    for r in rows:
        if r.frame.stage != "refused" or r.supplier is not None or r.recipient is None:
            continue
        clause = _passive_clause(r.frame.trigger)
        if clause is None:
            continue
        speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        found = [a for a in (res.resolve_all(speaker) if speaker is not None else [])
                 if a.actor.kind in DECIDER_KINDS and a.actor.country and not same_state(a, r.recipient)]
        if found:
            a = found[0]
            r.supplier, r.inherited = Resolved(a.actor, a.confidence * CONFIDENCE_SHARE, r.item.head), True
