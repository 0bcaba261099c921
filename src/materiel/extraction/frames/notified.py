"""A transfer told as its notification to a sanctions committee or a register: "X notified the sanctions committee
of a delivery of 500 rifles to Y", "X informed the Panel of the transfer of two helicopters for Y's air force". The
notifying party is the one that sends (a notification regime binds the exporter); a "to"/"for" phrase the parser
hangs on the verb after the noun is the destination. The verbs are data (words.toml [notified] verbs)."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

VERBS = lexicon.word_set("notified", "verbs")
DESTINATION_PREPS = ("to", "for")


def _notifying(noun: Token) -> Token | None:
    """The verb of notifying whose "of" phrase (on the verb or on its addressee) is the noun."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    holder = noun.head.head
    verb = holder.head if holder.dep_ in ("dobj", "obj") else holder
    return verb if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in VERBS else None


def read(finder: Any, f: Frame) -> None:
    """Give a transfer noun under a verb of notifying its sender (the verb's subject) and its destination."""
    if finder.classes[f.cls].get("subject", "supplier") != "supplier" or f.stage == "refused":
        return
    verb = _notifying(f.trigger)
    if verb is None:
        return
    if not f.roles["supplier"]:
        subj = finder.subject_of(verb)
        found = finder.res.resolve_all(subj) if subj is not None else []
        f.add("supplier", [r for r in found if r.actor.kind in ("state", "company", "government_body")])
    if not f.roles["recipient"]:
        for p in verb.children:
            if p.dep_ == "prep" and p.lower_ in DESTINATION_PREPS and p.i > f.trigger.i:
                f.add("recipient", [r for c in p.children if c.dep_ == "pobj" for r in finder.res.resolve_all(c)])
