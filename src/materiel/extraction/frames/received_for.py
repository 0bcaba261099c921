"""A place that takes in a shipment for someone: "the port received 40 XK-7 carriers for the Ruritanian army",
"the air base took delivery of four helicopters for the navy". A port, airfield or depot is no recipient; the
party the goods are for receives them (`words.toml` [received_for] place_subjects)."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

PLACE_SUBJECTS = lexicon.word_set("received_for", "place_subjects")
CLASSES = lexicon.word_set("received_for", "classes")


def _place_subject(v: Token) -> bool:
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.lemma_.lower() in PLACE_SUBJECTS or subj.lower_ in PLACE_SUBJECTS)


def received_for(f: Frame, res: Any) -> None:
    """A place as the subject of a receiving verb, and a "for" phrase on the verb or its items: that party
    receives."""
    v = f.trigger
    if f.cls not in CLASSES or f.roles["recipient"] or not f.items or not _place_subject(v):
        return
    heads = {v.i, *(m.head.i for m in f.items)}
    for p in (t for t in v.subtree if t.dep_ == "prep" and t.lower_ == "for" and t.head.i in heads):
        for o in (o for o in p.children if o.dep_ == "pobj"):
            found = res.resolve_all(o)
            if found:
                f.add("recipient", found)
                f.rule += ":for-place"
                return
