"""A force sent on a mission is no transfer: "the navy sent two frigates to patrol X's waters", "the air force sent
four fighters to Y to police its airspace", "Z sent F-16s to Y to take part in an exercise". A row on a verb of
sending whose purpose clause (a "to" infinitive) has a verb of operation - patrolling, policing, escorting, taking
part, joining an exercise - and whose item is a platform that crews itself (an aircraft, ship, helicopter) is
dropped; "sent two patrol boats to Y to help its navy patrol" (a help to the recipient) and "sent 20 vehicles to Y
to equip its army" stay.

Word lists: words.toml [deployments]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row

SENDING_VERBS = lexicon.word_set("deployments", "sending_verbs")
OPERATION_VERBS = lexicon.word_set("deployments", "operation_verbs")
PART_NOUNS = lexicon.word_set("deployments", "part_nouns")
PLATFORM_CATEGORIES = lexicon.word_set("deployments", "platform_categories")


def _operation(v: Token) -> bool:
    """v is a verb of operation: "patrol", "police", "take part", "participate"."""
    lemma = v.lemma_.lower()
    if lemma in OPERATION_VERBS:
        return True
    return lemma == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() in PART_NOUNS for c in v.children)


def _purpose(trigger: Token) -> Token | None:
    """The verb of the trigger's "to" infinitive of purpose, if it has no subject of its own."""
    for c in trigger.children:
        if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                    for a in c.children):
            if not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                return c
    return None


def deployed(r: Row) -> bool:
    """The row's items are sent on a mission (module docstring)."""
    t = r.frame.trigger
    if t.pos_ != "VERB" or t.lemma_.lower() not in SENDING_VERBS or (r.category or r.item.category) not in PLATFORM_CATEGORIES:
        return False
    purpose = _purpose(t)
    return purpose is not None and _operation(purpose)
