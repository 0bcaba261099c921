"""Materiel that arrives aboard a conveyance: "the first batch arrived in X aboard a Y Air Force transport",
"twenty tanks arrived at the port of Y in Z on a Russian cargo ship". The conveyance's own origin (a demonym
before it, its "from" phrase) supplies the items when the frame names no supplier and the origin is not the
recipient's own state ("landed aboard an X Air Force plane" in X: its own air force fetching them); a facility
of arrival gives its place's state as recipient ("at the port of Y in Z"). The prepositions are data
(`words.toml` [aboard]); a conveyance is a conveyance noun or, after "aboard", any noun."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames import carriers
from materiel.extraction.frames.facilities import resolve_places
from materiel.extraction.frames.framebase import Frame

CONVEYING_PREPS = lexicon.word_set("aboard", "conveying_preps")
ANY_NOUN_PREPS = lexicon.word_set("aboard", "any_noun_preps")


def _vehicles(t: Token, conveyances: frozenset[str]) -> list[Token]:
    return [p for c in t.children if c.dep_ == "prep" and c.lower_ in CONVEYING_PREPS for p in c.children
            if p.dep_ == "pobj" and (c.lower_ in ANY_NOUN_PREPS or p.lemma_.lower() in conveyances)]


def read_aboard(finder: Any, f: Frame) -> None:
    """Give an arrival of items its recipient from a facility and its supplier from the conveyance it came on
    (`finder` a FrameFinder)."""
    if f.cls != "arrive" or not f.items or f.trigger.pos_ not in ("VERB", "AUX"):
        return
    if ":load" in f.rule:
        return  # "a plane landed with X": arrival_loads read it
    if not f.roles["recipient"]:
        f.add("recipient", [r for r in resolve_places(finder.res, carriers.places(f.trigger))
                            if r.actor.kind == "state"])
    if f.roles["supplier"]:
        return
    conveyances = finder.seizure.conveyances | carriers.SUBJECT_CONVEYANCES
    own = {r.actor.country for r in f.roles["recipient"]}
    for v in _vehicles(f.trigger, conveyances):
        found = [r for r in carriers.origins(finder.res, v, []) if r.actor.country not in own]
        if found:
            f.add("supplier", found[:1])
            f.rule += ":aboard"
            return
