"""People sent somewhere with arms: no transfer to them.

"The film follows six recruits who are sent to a ridge outside <a town> with old rifles": the passive subject of a
verb of sending ([sent_with] verbs) is what is sent, and the "with" phrase is what it carries; the subject (or the
relative pronoun standing for it) is never the recipient of the "with" items when a destination phrase follows
the verb and the verb has no object of its own ("Ruritania was sent 40 rifles with ammunition" keeps its dative).
Word lists: words.toml [sent_with]."""
from __future__ import annotations

from materiel import lexicon
from materiel.extraction.discourse import Row

VERBS = lexicon.word_set("sent_with", "verbs")
DESTINATION_PREPS = lexicon.word_set("sent_with", "destination_preps")


def sent_along(r: Row) -> bool:
    """The row's item rides in a "with" phrase of a passive sending verb whose subject is its recipient."""
    trigger = r.frame.trigger
    if trigger.lemma_.lower() not in VERBS or r.recipient is None:
        return False
    kids = list(trigger.children)
    if not any(c.dep_ == "auxpass" for c in kids) or any(c.dep_ in ("dobj", "obj", "dative") for c in kids):
        return False
    if not any(c.dep_ == "prep" and c.lower_ in DESTINATION_PREPS for c in kids):
        return False
    head = r.item.head
    in_with = head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.head.i == trigger.i or \
        any(a.dep_ == "pobj" and a.head.lower_ == "with" and a.head.head.i == trigger.i for a in head.ancestors)
    subject = r.recipient.token.dep_ == "nsubjpass" and r.recipient.token.head.i == trigger.i
    return in_with and subject
