"""The load of a seized conveyance told by a clause on it: "customs seized a container from X that held
rifles, pistols and ammunition", "police impounded a lorry loaded with mortar rounds", "seized a boat
containing 200 rifles". The seizure's object is the conveyance (no item of its own); the items of the
clause's object (`cargo_verbs`: "held", "contained") or of its "with" phrase (`laden_participles`: "loaded
with", "packed with") are what was seized, and the conveyance's "from" phrase names where it came from (its
supplier, unless that is the seizer). The words are data ([seizure] in `data/predicates.toml`)."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import INTERCEPTOR, Frame

_DATA = lexicon.toml("predicates.toml")["seizure"]
CARGO_VERBS = frozenset(_DATA["cargo_verbs"])
LADEN = frozenset(_DATA["laden_participles"])
OBJECTS = ("dobj", "obj", "nsubjpass")


def _loads(vehicle: Token) -> list[Token]:
    """The phrases a clause on the conveyance names as its load; also on the place named just after it, where
    the parser may hang the clause ("a lorry from X loaded with Y", with "loaded" under X)."""
    out: list[Token] = []
    after = [q for h in (vehicle, vehicle.head) for p in h.children if p.dep_ == "prep" and p.i > vehicle.i
             for q in p.children if q.dep_ == "pobj"]
    for c in (c for h in (vehicle, *after) for c in h.children):
        if c.dep_ not in ("acl", "relcl"):
            continue
        if c.lemma_.lower() in CARGO_VERBS:
            out += [o for o in c.children if o.dep_ in ("dobj", "obj")]
        elif c.lower_ in LADEN:
            out += [q for p in c.children if p.dep_ == "prep" and p.lower_ == "with"
                    for q in p.children if q.dep_ == "pobj"]
    return out


def cargo_of_seized(frames: list[Frame], finder: Any) -> list[Frame]:
    """Give seizure frames over a conveyance with a load clause the items of that load."""
    words = finder.seizure
    for s in frames:
        if s.cls not in words.seize_classes or s.trigger.pos_ not in ("VERB", "AUX"):
            continue
        vehicles = [c for c in s.trigger.children if c.dep_ in OBJECTS and
                    c.lemma_.lower() in words.conveyances | words.containers]
        for v in vehicles:
            load = [m for o in _loads(v) for m in finder.items.items(o)
                    if m.designation or m.head.lemma_.lower() not in words.conveyances]
            if not load:
                continue
            have = {m.head.i for m in s.items}
            s.items += [m for m in load if m.head.i not in have]
            taken = {a.actor.id for a in s.roles.get(INTERCEPTOR, [])}
            if not s.roles["recipient"]:  # "... that held rifles and rounds of ammunition bound for Y"
                s.add("recipient", [a for o in _loads(v) for t in o.subtree if t.dep_ == "acl" and
                                    t.lower_ in words.route_participles for p in t.children
                                    if p.dep_ == "prep" and p.lower_ in ("for", "to")
                                    for q in p.children if q.dep_ == "pobj" for a in _goal(q, finder)
                                    if a.actor.id not in taken])
            if not s.roles["supplier"]:  # "a container from X": where the load came from
                s.add("supplier", [a for p in v.children if p.dep_ == "prep" and p.lower_ == "from"
                                   for q in p.children if q.dep_ == "pobj"
                                   for a in finder.res.resolve_all(q) if a.actor.id not in taken])
    return frames


def _goal(q: Token, finder: Any) -> list[Any]:
    """Who a destination names, else the place of its "in" phrase ("rebels in X")."""
    return finder.res.resolve_all(q) or [a for p in q.children if p.dep_ == "prep" and p.lower_ == "in"
                                         for x in p.children if x.dep_ == "pobj" for a in finder.res.resolve_all(x)]
