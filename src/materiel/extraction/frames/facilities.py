"""The town or state a facility of arrival stands in: "landed at Y airport", "docked at the port of X",
"touched down at an air base in Y", "at Z's international airport", "an air base south of W". A delivery that
arrives at a facility goes to the state of the place named on the facility noun (`cues.toml` [actors]
facility_nouns): the object of its "in"/"near"/"outside"/"of" phrase, also after a word of direction ("south
of W"); failing one, its possessor or the name before it ("X's airport", "Y airport")."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

FACILITIES = frozenset(lexicon.toml("cues.toml")["actors"]["facility_nouns"])
PLACE_PREPS = lexicon.word_set("facilities", "place_preps")
DIRECTIONS = lexicon.word_set("facilities", "directions")
NAME_DEPS = ("compound", "poss", "nmod")


def named_places(tok: Token) -> list[Token]:
    """The phrases that name where the facility tok stands, or [] when tok is no facility noun."""
    if tok.lower_ not in FACILITIES or tok.pos_ not in ("NOUN", "PROPN"):
        return []
    heads = [tok, *(c for c in tok.children if c.dep_ in ("advmod", "npadvmod", "amod", "prep")
                    and c.lower_ in DIRECTIONS)]
    found = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
             for p in c.children if p.dep_ == "pobj"]
    if found:  # "the port of Y in Z": the town and its state
        return found + [q for p in found for c in p.children if c.dep_ == "prep" and c.lower_ == "in"
                        for q in c.children if q.dep_ == "pobj"]
    return [c for c in tok.subtree if c.i < tok.i and c.dep_ in NAME_DEPS and c.pos_ == "PROPN"]


def facility_head(t: Token) -> Token | None:
    """The verb whose "at"/"in" object is the facility noun t ("landed at X airport"), or None."""
    if t.lower_ not in FACILITIES or t.dep_ != "pobj" or t.head.lower_ not in ("at", "in"):
        return None
    return t.head.head


def resolve_places(res: ActorResolver, places: list[Token]) -> list[Resolved]:
    """The parties of the places of an arrival: each place's own, and of a facility the states of the places
    named on it (not the airport's own name in "X's N airport", nor a name the tagger ran over the facility's)."""
    out = [r for p in places for r in res.resolve_all(p)]
    return out + [r for p in places for n in named_places(p) for r in res.resolve_all(n)
                  if r.actor.kind == "state" and all(o.actor.id != r.actor.id for o in out)]
