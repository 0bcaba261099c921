"""The load of a seized conveyance told by a clause on it: "customs seized a container from X that held
rifles, pistols and ammunition", "police impounded a lorry loaded with mortar rounds", "seized a boat
containing 200 rifles". The seizure's object is the conveyance (no item of its own); the items of the
clause's object (`cargo_verbs`: "held", "contained") or of its "with" phrase (`laden_participles`: "loaded
with", "packed with"), or of a "with" phrase on the conveyance itself ("a van with 60 rifles"), are what was
seized, and the conveyance's "from" phrase names where it came from (its supplier, unless that is the seizer). The words are data ([seizure] in `data/predicates.toml`)."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import INTERCEPTOR, Frame

_DATA = lexicon.toml("predicates.toml")["seizure"]
CARGO_VERBS = frozenset(_DATA["cargo_verbs"])
LADEN = frozenset(_DATA["laden_participles"])
ROUTE_PARTICIPLES = frozenset(_DATA["route_participles"])
REPORTING = frozenset(lexicon.toml("cues.toml")["attribution"]["reporting_verbs"])
OBJECTS = ("dobj", "obj", "nsubjpass")


def _loads(vehicle: Token) -> list[Token]:
    """The phrases a clause on the conveyance names as its load; also on the place named just after it, where
    the parser may hang the clause ("a lorry from X loaded with Y", with "loaded" under X)."""
    out: list[Token] = []
    after = [q for h in (vehicle, vehicle.head) for p in h.children if p.dep_ == "prep" and p.i > vehicle.i
             for q in p.children if q.dep_ == "pobj"]
    for c in (c for h in (vehicle, *after) for c in h.children):
        if c.dep_ == "prep" and c.lower_ == "with":  # "a van with 60 rifles", "a van at the crossing with 60 rifles"
            out += [q for q in c.children if q.dep_ == "pobj"]
        if c.dep_ not in ("acl", "relcl"):
            continue
        if c.lemma_.lower() in CARGO_VERBS:
            out += [o for o in c.children if o.dep_ in ("dobj", "obj")]
        elif c.lower_ in LADEN:
            out += [q for p in c.children if p.dep_ == "prep" and p.lower_ == "with"
                    for q in p.children if q.dep_ == "pobj"]
    out += [q for p in vehicle.head.children if p.dep_ == "prep" and p.lower_ == "with" and p.i > vehicle.i
            for q in p.children if q.dep_ == "pobj" and (vehicle.pos_ == "PROPN" or any(  # "stopped a boat off X
                a.dep_ in ("acl", "relcl") and a.lower_ in ROUTE_PARTICIPLES for a in q.children))]  # with 300 grenades bound for Y"
    return out


def _bound_clauses(v: Token, loads: list[Token], words: Any) -> list[Token]:
    """Destination participles of a seized load: on a load phrase ("rifles bound for Y"), or hung on the
    conveyance or the seizure verb after the load ("a boat loaded with rifles and 200 launchers destined for Y",
    parsed with the last item the participle's subject)."""
    hosts = [t for o in loads for t in o.subtree]
    if loads:
        hosts += [c for c in (*v.children, *v.head.children) if c.i > loads[0].i]
    said = [c for c in hosts if c.dep_ == "ccomp" and c.lemma_.lower() in REPORTING]  # "..., that X said were bound for Y"
    return [t for t in hosts if t.dep_ in ("acl", "relcl", "advcl") and t.lower_ in words.route_participles] + \
        [t for c in said for t in c.children if t.dep_ == "ccomp" and t.lower_ in words.route_participles]


def _vehicles(v: Token, words: Any) -> list[Token]:
    """The conveyances or containers a verb takes as its object; a named one with the verb's "with" phrase
    ("seized the Nordwind with 40 tons of rifles")."""
    return [c for c in v.children if c.dep_ in OBJECTS and (c.lemma_.lower() in words.conveyances | words.containers
                                                            or _named_with(v, c))]


def _named_with(v: Token, o: Token) -> bool:
    return o.pos_ == "PROPN" and o.ent_type_ not in ("GPE", "PERSON", "NORP") and \
        any(p.dep_ == "prep" and p.lower_ == "with" and p.i > o.i for p in v.children)


def cargo_of_seized(frames: list[Frame], finder: Any) -> list[Frame]:
    """Give seizure frames over a conveyance with a load clause the items of that load."""
    words = finder.seizure
    for s in frames:
        if s.cls not in words.seize_classes or s.trigger.pos_ not in ("VERB", "AUX"):
            continue
        for v in _vehicles(s.trigger, words):
            loads = _loads(v)
            bound = _bound_clauses(v, loads, words)
            loads += [c for t in bound for c in t.children if c.dep_ == "nsubj" and finder.items.is_materiel(c)]
            load = [m for o in loads for m in finder.items.items(o)
                    if m.designation or m.head.lemma_.lower() not in words.conveyances]
            if not load:
                continue
            have = {m.head.i for m in s.items}
            s.items += [m for m in load if m.head.i not in have]
            taken = {a.actor.id for a in s.roles.get(INTERCEPTOR, [])}
            if not s.roles["recipient"]:  # "... that held rifles and rounds of ammunition bound for Y"
                s.add("recipient", [a for t in bound for p in t.children
                                    if p.dep_ == "prep" and p.lower_ in ("for", "to")
                                    for q in p.children if q.dep_ == "pobj" for a in _goal(q, finder)
                                    if a.actor.id not in taken])
            if not s.roles["supplier"]:  # "a container from X": where the load came from
                s.add("supplier", [a for p in v.children if p.dep_ == "prep" and p.lower_ == "from"
                                   for q in p.children if q.dep_ == "pobj"
                                   for a in finder.res.resolve_all(q) if a.actor.id not in taken])
            if not s.roles["supplier"]:  # "with 30 tons of X-ian weapons, including A and B": the load's maker
                s.add("supplier", [a for o in loads for a in _load_origin(o, finder.res) if a.actor.id not in taken])
    return frames


def held_laden(sent: Any, frames: list[Frame], finder: Any, holder_frame: Any) -> list[Frame]:
    """Seizure frames for verbs of holding (`holding_verbs`: "boarded", "detained") with no frame of their own
    over a conveyance whose load clause names materiel ("boarded a freighter loaded with mortars"); their
    subject is the seizer (`holder_frame`, frames/held.py)."""
    words = finder.seizure
    seize_class = sorted(words.seize_classes)[0]
    out: list[Frame] = []
    for v in sent:
        if v.pos_ != "VERB" or v.lemma_.lower() not in words.holding_verbs or any(f.trigger.i == v.i for f in frames) \
                or any(c.dep_ in ("prt", "neg") for c in v.children):
            continue
        if not any(finder.items.is_materiel(o) for c in _vehicles(v, words) for o in _loads(c)):
            continue
        f = holder_frame(v, finder)
        f.cls, f.rule = seize_class, f"verb:{seize_class}:{v.lemma_.lower()}"
        out.append(f)
    return out


def _load_origin(o: Token, res: Any) -> list[Any]:
    """The demonym on a load phrase or on its "of" object ("30 tons of X-ian weapons")."""
    heads = [o, *(q for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for q in p.children if q.dep_ == "pobj")]
    return [r for h in heads for c in h.children if c.dep_ == "amod" and (r := res._demonym_modifier(c)) is not None]


def _goal(q: Token, finder: Any) -> list[Any]:
    """Who a destination names, else the place of its "in" phrase ("rebels in X")."""
    return finder.res.resolve_all(q) or [a for p in q.children if p.dep_ == "prep" and p.lower_ == "in"
                                         for x in p.children if x.dep_ == "pobj" for a in finder.res.resolve_all(x)]


def carrier(m: Any, conveyances: frozenset[str]) -> bool:
    """The item mention is a conveyance named by no designation ("the truck", "a vessel")."""
    return not m.designation and m.head.lemma_.lower() in conveyances


def no_carrier_items(seized: list[Frame], conveyances: frozenset[str]) -> None:
    """"A vessel ... was seized while carrying ammunition destined for Y": where a seized shipment names its load,
    the conveyance is no item of any seized frame of the sentence."""
    if any(not carrier(m, conveyances) for f in seized for m in f.items):
        for f in seized:
            f.items = [m for m in f.items if not carrier(m, conveyances)]


def broad_load(row: Any, broad: frozenset[str], listed: Any = ()) -> bool:
    """A row on a broad noun ("the weapons"), with no designation but one it took from the `listed` cargo."""
    named = {m.designation for m in listed if m.designation}
    return (not row.designation or row.designation in named) and (row.category or row.item.category) in broad
