"""A conveyance that arrives with its load: "two Russian Il-76 aircraft landed at X with a consignment of
military equipment for the border service, including 20 armoured vehicles", "a Chinese plane touched down in Y
with 40 armoured vehicles". The arrival's items are the materiel of its "with" phrase (not the conveyance); the
load's "for" phrase names the recipient, else the place of the arrival does; the conveyance's own origin ("a
Russian plane", "a ship from X") is the supplier when the text names no other. The prepositions and the
conveyance nouns are data (`words.toml` [arrival_loads], `predicates.toml` [seizure] and [carriers])."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames import carriers
from materiel.extraction.frames.facilities import resolve_places
from materiel.extraction.frames.framebase import Frame

LOAD_PREPS = lexicon.word_set("arrival_loads", "load_preps")
RECIPIENT_PREPS = lexicon.word_set("arrival_loads", "recipient_preps")


def _vehicle(arrival: Token, conveyances: frozenset[str]) -> Token | None:
    return carriers.conveyance(arrival, conveyances | carriers.SUBJECT_CONVEYANCES)


def loads(arrival: Token, conveyances: frozenset[str]) -> list[Token]:
    """The heads of the "with" phrases of an arrival verb whose subject is a conveyance, or []."""
    if arrival.pos_ not in ("VERB", "AUX") or _vehicle(arrival, conveyances) is None:
        return []
    return [p for c in arrival.children if c.dep_ == "prep" and c.lower_ in LOAD_PREPS
            for p in c.children if p.dep_ == "pobj"]


def read_load(finder: Any, f: Frame) -> None:
    """Give an arrival frame over a conveyance the items of its load, the load's recipient and the
    conveyance's origin as supplier (`finder` a FrameFinder)."""
    if f.cls != "arrive":
        return
    conveyances = finder.seizure.conveyances
    heads = loads(f.trigger, conveyances)
    found = [m for h in heads for m in finder.items.items(h)]
    if not found:
        return
    vehicle = _vehicle(f.trigger, conveyances)
    assert vehicle is not None
    f.items = found
    f.rule += ":load"
    own = {x.i for x in vehicle.subtree}
    for role in ("supplier", "recipient"):
        f.roles[role] = [r for r in f.roles[role] if r.token.i not in own]
    named = [a for h in heads for x in h.subtree if x.dep_ == "prep" and x.lower_ in RECIPIENT_PREPS
             and x.head.i in {h.i, *(m.head.i for m in found)}
             for p in x.children if p.dep_ == "pobj" for a in finder.res.resolve_all(p)]
    if named:
        f.roles["recipient"] = named
    if not f.roles["recipient"]:  # "landed at Y airport with X": the facility's place
        f.add("recipient", resolve_places(finder.res, carriers.places(f.trigger)))
    if not f.roles["supplier"]:
        for r in carriers.origins(finder.res, vehicle, []):
            f.add("supplier", [r])
