"""The destination of an arrival a state's body announces: "The Varnian defence ministry said six X from Ostland
would arrive next spring", "Six X from Ostland arrived on Monday, the Varnian army said". An arrival frame ("arrive"
class) with a supplier and no recipient, whose verb is the statement of a reporting verb ([resolve] speaker_verbs)
or carries one as its comment, takes the state of that verb's subject when the subject is a state or a state's body
(not a firm, a person or an analyst) and is not the supplier's state."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions import persons
from materiel.extraction.mentions.resolved import OFFICIAL_KINDS

SPEAKER_VERBS = lexicon.word_set("resolve", "speaker_verbs")


def _reporting_verb(v: Token) -> Token | None:
    """The reporting verb whose statement v is, or that v carries as its comment."""
    if v.dep_ == "ccomp" and v.head.lemma_.lower() in SPEAKER_VERBS:
        return v.head
    return next((c for c in v.children if c.dep_ in ("parataxis", "ccomp") and c.i > v.i
                 and c.lemma_.lower() in SPEAKER_VERBS), None)


def read_arrival_speaker(finder: Any, f: Frame) -> None:
    """Give an arrival with a supplier and no recipient the state of the body that announces it."""
    v = f.trigger
    if f.cls != "arrive" or v.pos_ not in ("VERB", "AUX") or f.roles["recipient"] or not f.roles["supplier"]:
        return
    said = _reporting_verb(v)
    subj = next((c for c in said.children if c.dep_ == "nsubj"), None) if said is not None else None
    r = finder.res.resolve(subj) if subj is not None else None
    if subj is None or r is None or r.actor.kind not in OFFICIAL_KINDS:
        return
    state = persons.state_of(r, subj, finder.res.lex)
    if state is None or any(a.actor.country == state.actor.country for a in f.roles["supplier"]):
        return
    f.add("recipient", [state])
