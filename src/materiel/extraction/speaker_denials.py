"""A denial told in the passive, with no one named sending, in what a state or its body says: "Ruritania said that
not a single carbine was ever shipped to Y", "'Not one shell has been exported or handed over to Y,' the defence ministry
said", "The foreign ministry said no rifles had been delivered to Y". The item is absent ("no", "not a single",
"not one": no_items.py) or the clause is negated, the clause is the complement of a reporting verb, and no agent is
named: the state that speaks denies its own supply, unless it is the recipient's state (then it speaks as the
buyer and no supplier is told). The sibling for refusals is speaker_deciders.py."""
from __future__ import annotations

from spacy.tokens import Token

from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.extraction.mentions.resolved import same_state
from materiel.extraction.no_items import ABSENT, not_one

SPEAKER_KINDS = ("state", "government_body")
CONFIDENCE_SHARE = 0.8  # of the speaker's own resolution
NEGATORS = ("not", "n't", "never")


def _absent_item(r: Row) -> bool:
    """The row's item has the determiner "no" or a "not" over a count of one, or its verb is negated."""
    head = r.item.head
    for tok in (head, *head.conjuncts):
        if any(c.dep_ == "det" and c.lower_ in ABSENT for c in tok.children) or not_one(tok):
            return True
    return r.frame.negated or any(c.dep_ == "neg" and c.lower_ in NEGATORS for c in r.frame.trigger.children)


def _reported_passive(t: Token, reporting: frozenset[str]) -> Token | None:
    """The reporting verb over the trigger's agentless passive clause (the trigger or a verb it is coordinated
    with: "sold or handed over"), None when there is none."""
    cur = t
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ != "ccomp" or cur.head.lemma_.lower() not in reporting:
        return None
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in cur.children)
    if not passive or any(c.dep_ == "agent" for v in (cur, *cur.conjuncts) for c in v.children):
        return None
    return cur.head


def fill(rows: list[Row], res: ActorResolver, reporting: frozenset[str]) -> None:
    """Give each delivered row with no supplier whose absent item is denied in an agentless passive the state of
    the one reporting it."""
    for r in rows:
        if r.frame.stage != "delivered" or r.supplier is not None or r.recipient is None or not _absent_item(r):
            continue
        verb = _reported_passive(r.frame.trigger, reporting)
        speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        found = [a for a in (res.resolve_all(speaker) if speaker is not None else [])
                 if a.actor.kind in SPEAKER_KINDS and a.actor.country and not same_state(a, r.recipient)]
        if found:
            a = found[0]
            r.supplier, r.inherited = Resolved(a.actor, a.confidence * CONFIDENCE_SHARE, r.item.head), True
