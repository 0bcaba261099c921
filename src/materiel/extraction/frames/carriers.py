"""A conveyance that arrives somewhere carrying materiel: "a Russian cargo plane landed in Bamako carrying
four helicopters", "a ship carrying 30 armoured vehicles docked at Mombasa". The carrying verb is a
delivery to the state of the place where the conveyance arrived; the conveyance's own origin ("a
Russian plane", "a ship from X") is the supplier when the text names no other. The arrival verbs and the
conveyance nouns are data (`predicates.toml` [carriers], [seizure] conveyances). A conveyance that is the
subject of a verb of supplying ("Russian ships delivered tanks to X") is the vehicle too: its origin, or that
of the same conveyance named before ("flights from Y ... The flights delivered"), is the supplier
([carriers] subject_conveyances)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.convoy_loads import load_conjuncts
from materiel.extraction.frames.facilities import facility_head, resolve_places
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.frames.named_carriers import named_carrier
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

HEDGE_ADVERBS = frozenset(lexicon.toml("cues.toml")["factuality"]["hedge_adverbs"])


@lru_cache(maxsize=1)
def arrival_verbs() -> frozenset[str]:
    return frozenset(lexicon.toml("predicates.toml")["carriers"]["arrival_verbs"])


@lru_cache(maxsize=1)
def object_arrivals() -> frozenset[str]:
    return frozenset(lexicon.toml("predicates.toml")["carriers"]["object_arrivals"])


def arrival_of(carrying: Token) -> Token | None:
    """The arrival verb a carrying verb hangs on ("landed ... carrying X", "docked, carrying X",
    "a plane carrying X landed"), or None."""
    if carrying.dep_ in ("advcl", "conj", "xcomp") and carrying.head.lemma_.lower() in arrival_verbs():
        return carrying.head
    at = facility_head(carrying.head) if carrying.dep_ == "acl" else None
    if at is not None and at.lemma_.lower() in arrival_verbs():
        return at  # "landed at X's airport carrying Y", the participle hung on the airport
    vehicle = carrying.head
    if carrying.dep_ == "acl" and vehicle.dep_ == "pobj" and vehicle.head.lower_ == "of":
        vehicle = vehicle.head.head  # "a convoy of 14 trucks carrying X crossed into Y": the convoy arrives
    if carrying.dep_ == "acl" and vehicle.dep_ in ("nsubj", "nsubjpass") and \
            vehicle.head.lemma_.lower() in arrival_verbs():
        return vehicle.head  # "a plane carrying X landed in Y"
    return None


def conveyance(arrival: Token, conveyances: frozenset[str]) -> Token | None:
    """The subject of the arrival when it is a conveyance noun ("plane", "ship", "convoy")."""
    for c in arrival.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in conveyances:
            return c
    return None


def places(arrival: Token) -> list[Token]:
    """Where the conveyance arrived: the "in"/"at" objects of the arrival, or what it reached."""
    out = [p for c in arrival.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "into")
           for p in c.children if p.dep_ == "pobj"]
    if arrival.lemma_.lower() in object_arrivals():  # "reached X", "entered X"
        out += [c for c in arrival.children if c.dep_ in ("dobj", "obj")]
    return out


def names_destination(carrying: Token, conveyances: frozenset[str]) -> bool:
    """A carrying verb that says where its load goes: on an arrival (`arrives_with`) or with a "for" phrase
    naming a state, body or group (`carried_for`)."""
    return arrives_with(carrying, conveyances) or carried_for(carrying, conveyances)


def carried_for(carrying: Token, conveyances: frozenset[str]) -> bool:
    """"the freighter is carrying 900 shells for X's army", "a ship carrying rifles for Y": a conveyance (a
    conveyance noun or a ship's name) carrying a load for a named party: the load's destination."""
    if carrying.lemma_.lower() not in carrying_verbs() or carrying.pos_ != "VERB":
        return False
    vehicle = carrying.head if carrying.dep_ == "acl" else \
        next((c for c in carrying.children if c.dep_ == "nsubj"), None)
    if vehicle is None or not (vehicle.lemma_.lower() in conveyances or vehicle.pos_ == "PROPN"):
        return False
    heads = [carrying, *(x for c in carrying.children if c.dep_ in ("dobj", "obj") for x in c.subtree)]
    return any(p.dep_ == "pobj" and any(x.ent_type_ in ("GPE", "NORP", "ORG") for x in p.subtree)
               for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children)


def arrives_with(carrying: Token, conveyances: frozenset[str]) -> bool:
    """A carrying verb on the arrival of a conveyance at a place: it names its destination."""
    arrival = arrival_of(carrying)
    return arrival is not None and conveyance(arrival, conveyances) is not None and bool(places(arrival))


def carried_to(res: ActorResolver, f: Frame, conveyances: frozenset[str], items: ItemFinder | None = None) -> None:
    """Give a carrying frame on an arrival the state of the arrival's place as recipient and the
    conveyance's origin ("a Russian plane", "a ship from X") as supplier, where the frame has none; a hedge
    on the arrival ("reportedly crossed into X") hedges the delivery, and the load's list is read whole."""
    carrier_subject(res, f, conveyances)
    if items is not None:
        drop_vehicle_makers(f, items, conveyances)
    named_carrier(res, f)  # "the Kestrel, which left X, is carrying ...": the ship's origin
    arrival = arrival_of(f.trigger)
    vehicle = conveyance(arrival, conveyances) if arrival is not None else None
    if arrival is None or vehicle is None:
        return
    f.hedged = f.hedged or any(c.lower_ in HEDGE_ADVERBS for c in arrival.children)
    if items is not None and f.items:
        f.items.extend(load_conjuncts(items, f.trigger, conveyances))
    if not f.roles["recipient"]:  # "landed in X", "at X airport", "at an air base in X"
        f.add("recipient", resolve_places(res, places(arrival)))
    if not f.roles["supplier"]:
        convoy = [p for c in vehicle.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                  if p.dep_ == "pobj" and p.lemma_.lower() in conveyances]  # "a convoy of Russian trucks"
        for r in origins(res, vehicle, convoy):
            f.add("supplier", [r])


def origins(res: ActorResolver, vehicle: Token, convoy: list[Token]) -> list[Resolved]:
    """The conveyance's own origin: a demonym or a state's name before it ("a Russian Ilyushin plane", "UK
    transport aircraft") or its "from" phrase."""
    out = []
    before = [x for v in (vehicle, *convoy) for x in v.subtree if x.i < v.i]  # "a Russian Ilyushin plane"
    for c in (*before, *vehicle.children):
        r = res._demonym_modifier(c) if c.dep_ in ("amod", "compound", "nmod") else None
        span = res.by_token.get(c.i) if r is None and c.dep_ == "compound" else None
        if span is not None and span.kb_id_ == "country":  # "UK transport aircraft": a state's name as a modifier
            r = res.resolve(c)
        if r is None and c.dep_ == "prep" and c.lower_ == "from":
            r = next((x for p in c.children if p.dep_ == "pobj" for x in res.resolve_all(p)), None)
        if r is not None:
            out.append(r)
    return out


SUBJECT_CONVEYANCES = frozenset(lexicon.toml("predicates.toml")["carriers"]["subject_conveyances"])
CONVEYANCE_ONLY = frozenset(lexicon.toml("predicates.toml")["carriers"]["conveyance_only"])
LOOKBACK = 400  # tokens searched back for the same conveyance named with its origin
DEFINITE = ("the", "these", "those")


def carrier_subject(res: ActorResolver, f: Frame, conveyances: frozenset[str] = frozenset()) -> None:
    """"Russian ships delivered tanks to X", "The flights ... delivered Chinese-made drones to X" (after
    "flights from Y"): a conveyance as the subject of a verb of supplying is the vehicle; its origin, or that
    of the same conveyance named just before, is the supplier, in place of a maker read off the item; for a verb of
    supplying only by a conveyance ("an Indian aircraft brought X") any conveyance noun is the vehicle."""
    t = f.trigger
    if f.cls != "supply" or t.pos_ != "VERB":
        return
    vehicles = SUBJECT_CONVEYANCES | conveyances if t.lemma_.lower() in CONVEYANCE_ONLY else SUBJECT_CONVEYANCES
    vehicle = next((c for c in t.children if c.dep_ == "nsubj" and (c.lemma_.lower() in vehicles or _carrying_aircraft(c))),
                   None)
    if vehicle is None:
        return
    own = {x.i for x in vehicle.subtree}
    objects = {x.i for c in t.children if c.dep_ in ("dobj", "obj") for x in c.subtree}
    if any(s.token.i in own or s.token.i not in objects for s in f.roles["supplier"]):
        return  # the subject names its giver ("Russian navy ships"), or a phrase names one ("from X")
    found = origins(res, vehicle, [])
    if not found and any(c.lower_ in DEFINITE for c in vehicle.children):
        doc = vehicle.doc
        for x in reversed(doc[max(0, vehicle.i - LOOKBACK): vehicle.i]):
            if x.lemma_ == vehicle.lemma_ and x.pos_ == "NOUN":
                found = origins(res, x, [])
                if found:
                    break
    if found:  # the conveyance stands for its origin, as a subject that names its giver does
        f.roles["supplier"] = [Resolved(found[0].actor, found[0].confidence, vehicle)]


_CARRIERS = lexicon.toml("predicates.toml")["carriers"]
MODIFIED = frozenset(_CARRIERS["modified_conveyances"])
MODIFIERS = frozenset(_CARRIERS["conveyance_modifiers"])


def _carrying_aircraft(t: Token) -> bool:
    """"transport aircraft", "military helicopters": an aircraft noun told as a carrier by a modifier."""
    return t.lemma_.lower() in MODIFIED and any(c.dep_ in ("compound", "amod") and c.lower_ in MODIFIERS for c in t.children)


def not_carried(v: Token, conveyances: frozenset[str]) -> bool:
    """A verb that supplies only with a conveyance as its subject ("a Chinese plane brought 30 tonnes of
    radios", not "the deal brought the fleet to 40"), here with another subject or none."""
    if v.lemma_.lower() not in CONVEYANCE_ONLY or brought_from(v):
        return False
    return not any(c.dep_ == "nsubj" and c.lemma_.lower() in conveyances | SUBJECT_CONVEYANCES for c in v.children)


def brought_from(v: Token) -> bool:
    """"rifles brought across the border from X", "weapons brought in from Y": a passive participle on a noun
    with a "from" phrase naming a place is a movement of that noun from there, whatever carried it."""
    return v.dep_ == "acl" and v.tag_ == "VBN" and v.head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "prep" and c.lower_ == "from" and any(p.dep_ == "pobj" and p.ent_type_ in ("GPE", "NORP", "LOC")
                                                         for p in c.children) for c in v.children)


def carrier_arrival(f: Frame, conveyances: frozenset[str]) -> bool:
    """The arrival of a conveyance that carries the materiel ("a cargo plane carrying drones arrived"):
    the plane is the vehicle of the delivery, not an item delivered."""
    if f.cls != "arrive" or f.trigger.pos_ not in ("VERB", "AUX"):
        return False
    vehicle = conveyance(f.trigger, conveyances)
    if vehicle is None:
        return False
    carrying = [c for c in (*f.trigger.children, *vehicle.children) if c.dep_ in ("advcl", "conj", "acl", "xcomp")
                and arrival_of(c) is not None and c.lemma_.lower() in carrying_verbs()]
    return bool(carrying)


@lru_cache(maxsize=1)
def carrying_verbs() -> frozenset[str]:
    return frozenset(lexicon.toml("predicates.toml")["carriers"]["carrying_verbs"])


def drop_vehicle_makers(f: Frame, items: ItemFinder, conveyances: frozenset[str]) -> None:
    """"a chartered Ilyushin Il-76 took off carrying X", "a Silk Way plane brought Y": the firm that names the
    conveyance (its maker or operator) is no party of the load it carries. A company read off a modifier of a
    craft or conveyance that is not itself an item of the frame is dropped from the frame's parties."""
    own = {t.i for m in f.items or [] for t in m.span}
    carrying = f.trigger.lemma_.lower() in carrying_verbs()
    start = f.trigger.sent.start  # a firm an earlier sentence named ("X Optics ... The company sold") is the party
    for role in ("supplier", "recipient"):
        f.roles[role] = [r for r in f.roles[role] if r.token.sent.start != start or
                         not _names_vehicle(r, items, conveyances, own, carrying)]


def _names_vehicle(r: Resolved, items: ItemFinder, conveyances: frozenset[str], own: set[int], carrying: bool) -> bool:
    """r is a company named on a noun that is not the frame's item: on a conveyance or a craft, or on any noun
    for a verb of carrying (the noun is then the carrier: "a chartered Ilyushin Il-76 ... carrying X")."""
    t = r.token
    if r.actor.kind != "company" or t.i in own:
        return False
    h = t
    while h.dep_ in ("compound", "nmod") and h.head.i > h.i:
        h = h.head
    if h.i == t.i or h.i in own:
        return False
    return carrying or h.lemma_.lower() in conveyances or h.lemma_.lower() in SUBJECT_CONVEYANCES or bool(items.is_materiel(h))
