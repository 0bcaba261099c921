"""Seizures: a shipment seized, interdicted or captured in transit is not a delivery.

A frame of a seizure class (`data/predicates.toml`, [classes.seize]) names who seized the shipment
in its `intercepted_by` role. A shipment frame it governs ("intercepted a dhow smuggling rifles from X
to Y", "seized a shipment of rifles bound for Y") or that governs it ("rifles seized by the navy had
been shipped to Y") is the seized shipment: its stage becomes `intercepted`, it takes the seizer, and
the seizure frame adds no row of its own. A shipment named again just after a seizure ("the weapons
were being smuggled to Y") is the same one. The seizer is never a party of the shipment, and the
supplier of seized arms is often given as their origin ("Iranian-made", "of Iranian origin",
"the rifles originated in Iran"). Word lists and classes: [seizure] in `data/predicates.toml`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames import bound, captures, laden, listed_after, seized_before, seized_loads
from materiel.extraction.frames.framebase import INTERCEPTOR, Frame
from materiel.extraction.frames.makers import maker_after
from materiel.extraction.frames.reduced_seizure import reduced_subject
from materiel.extraction.frames.seized_purchases import shipment_frame
from materiel.extraction.frames.seized_route import route
from materiel.extraction.frames.seized_told import told_seized
from materiel.extraction.mentions.resolve import ActorResolver

STAGE = "intercepted"
IMPORTS = frozenset(lexicon.toml("predicates.toml")["seizure"]["import_verbs"])
REPORTING = frozenset(lexicon.toml("cues.toml")["attribution"]["reporting_verbs"])


@dataclass(frozen=True)
class SeizureWords:
    seize_classes: frozenset[str]
    shipment_classes: frozenset[str]
    route_verbs: frozenset[str]
    route_preps: dict[str, str]
    shipment_only: frozenset[str]
    broad_categories: frozenset[str]
    conveyances: frozenset[str]
    object_deps: frozenset[str]
    context_sentences: int
    origin_nouns: frozenset[str]
    origin_verbs: frozenset[str]
    holding_verbs: frozenset[str]
    containers: frozenset[str]
    loading_verbs: frozenset[str]
    cargo_categories: frozenset[str]
    route_participles: frozenset[str] = frozenset()
    hiding_verbs: frozenset[str] = frozenset()

    @classmethod
    def of(cls, data: dict[str, Any]) -> SeizureWords:
        """The [seizure] table of `data/predicates.toml`."""
        words = {k: frozenset(data.get(k, [])) for k in (
            "seize_classes", "shipment_classes", "route_verbs", "shipment_only", "broad_categories",
            "conveyances", "object_deps", "origin_nouns", "origin_verbs", "holding_verbs", "containers",
            "loading_verbs", "cargo_categories", "route_participles", "hiding_verbs")}
        return cls(**words, route_preps=dict(data.get("route_preps", {})),
                   context_sentences=int(data.get("context_sentences", 2)))


def _below(t: Token, top: Token, deps: frozenset[str]) -> bool:
    """t hangs under `top` through argument dependencies only (no clause of its own on the way)."""
    cur = t
    for _ in range(8):
        if cur.i == top.i:
            return True
        if cur.head.i == cur.i or cur.dep_ not in deps and not _reported_relative(cur) and not _participle(cur):
            return False
        cur = cur.head
    return cur.i == top.i


def _reported_relative(t: Token) -> bool:
    """"a freighter that the coast guard said was carrying rifles": the complement of a verb of saying that is
    itself a relative clause on the seized noun tells that noun's load."""
    h = t.head
    return t.dep_ == "ccomp" and h.dep_ == "relcl" and h.lemma_.lower() in REPORTING


def _participle(t: Token) -> bool:
    """"stopped a trawler off X, carrying rifles which Y had sent": the participle adjunct of the seizing verb."""
    return t.dep_ == "advcl" and t.tag_ == "VBG" and not any(c.dep_ == "mark" for c in t.children)


def governs(seizure: Frame, shipment: Frame, deps: frozenset[str]) -> bool:
    """The seizure and the shipment frame are one event: one hangs on the other's arguments."""
    s, f = seizure.trigger, shipment.trigger
    if s.i == f.i:
        return False
    if _below(f, s, deps):  # "seized [a shipment of rifles]", "intercepted [a dhow smuggling rifles]"
        return True
    if f.dep_ == "advcl" and f.head.i == s.i and f.tag_ == "VBG" and not any(c.dep_ == "mark" for c in f.children):
        return True  # "intercepted a dhow off Oman smuggling rifles": the participle of the object
    if reduced_subject(f, s):  # "Two jets shipped from X to Y were seized"
        return True
    # "rifles [seized by the navy] were being shipped to X": the seizure qualifies the shipment's item
    return s.dep_ in ("acl", "relcl") and _below(s.head, f, deps | {"nsubj", "nsubjpass"})


def seizers(f: Frame) -> list[Any]:
    return list(f.roles.get(INTERCEPTOR, []))


def mark(f: Frame, by: Frame | None, rule: str = "intercepted") -> None:
    """The shipment frame `f` was seized (by the seizure frame `by`, when one is known)."""
    f.stage = STAGE
    if not f.rule.endswith(":" + rule):
        f.rule += ":" + rule
    if by is not None:
        f.roles.setdefault(INTERCEPTOR, [])
        f.add(INTERCEPTOR, seizers(by))
        for role in ("supplier", "recipient"):
            if not f.roles[role]:
                f.add(role, by.roles[role])
        if f.governor is None:
            f.governor = by.trigger
    not_a_party(f)


def not_a_party(f: Frame) -> None:
    """Who seized a shipment is neither its supplier nor its recipient."""
    taken = {a.actor.id for a in f.roles.get(INTERCEPTOR, [])}
    imported = f.trigger.lemma_.lower() in IMPORTS  # "customs seized rifles imported into Kenya": Kenya's own
    for role in ("supplier", "intermediary") if imported else ("supplier", "recipient", "intermediary"):
        f.roles[role] = [a for a in f.roles[role] if a.actor.id not in taken]


def _own_capture(seizure: Frame, shipment: Frame) -> bool:
    """"X gave away tanks its soldiers had taken in 1979": the supplier's own capture, told on the item,
    is how it came to hold what it hands over, no seizure of the shipment."""
    if seizure.trigger.dep_ not in ("relcl", "acl"):
        return False
    if shipment.items and seizure.trigger.head.i not in {m.head.i for m in shipment.items}:
        return True  # "X were shipped, and Y handed over Z that its army had captured": Z's history, not X's
    takers = {k for a in seizers(seizure) if a.token.pos_ == "PROPN" or any(c.dep_ == "poss" for c in a.token.children)
              for k in (a.actor.id, a.actor.country) if k}  # "its army", "Accra's troops"; not a bare "the navy"
    return bool(takers) and any({a.actor.id, a.actor.country} & takers for a in shipment.roles["supplier"])


def apply(frames: list[Frame], words: SeizureWords) -> list[Frame]:
    """One sentence's frames with seized shipments marked and the seizures they stand for dropped."""
    frames = [f for f in frames if not captures.no_transfer(f, words.seize_classes)]  # "captured from the army"
    seizures = [f for f in frames if f.cls in words.seize_classes]
    if not seizures:
        return frames
    dropped: set[int] = set()
    for s in seizures:  # "interdicted two vessels": what the shipment travels in is not what was seized
        s.items = [m for m in s.items if m.designation or m.head.lemma_.lower() not in words.conveyances]
        governed = [f for f in frames if governs(s, f, words.object_deps)]
        own = {id(f) for f in governed if _own_capture(s, f) or seized_before.seized_before(s, f)}  # the item's history
        shipments = [f for f in governed if shipment_frame(f, words.shipment_classes, IMPORTS)
                     and not captures.bare_joined(s, f) and id(f) not in own]  # "captured and smuggled X"
        for f in shipments:
            mark(f, s)
        seized_loads.share(s, shipments)  # "stopped the X, carrying rockets which Y had sent to Z"
        cargo = any(m.category in words.cargo_categories for m in s.items)  # "intercepted 900 rifles"
        history = any(id(f) in own and s.trigger.head.i in {m.head.i for m in f.items} for f in governed)
        if any(f.items or f.implicit for f in shipments) or history or \
                (not shipments and s.trigger.lemma_.lower() in words.shipment_only and not cargo and
                 not (not s.items and vessel_object(s.trigger, words))):
            dropped.add(id(s))  # its shipment carries the row; "intercepted missiles" is air defence
        not_a_party(s)
    laden.no_carrier_items([f for f in frames if f.stage == STAGE], words.conveyances)  # "seized while carrying X"
    return seized_loads.custody([f for f in frames if id(f) not in dropped], seizures)  # "handed to the court"


def vessel_object(v: Token, words: SeizureWords) -> bool:
    """"intercepted a convoy of trucks": a verb over a conveyance, whose load a later sentence may list."""
    return v.pos_ in ("VERB", "AUX") and any(o.dep_ in ("dobj", "obj") and o.lemma_.lower() in
                                             words.conveyances | words.containers for o in v.children)


def origin(f: Frame, res: ActorResolver, words: SeizureWords) -> None:
    """The maker of seized items as their supplier, when none is named: "rifles of Iranian origin",
    "the rifles, which originated in Iran"."""
    route(f, res, words)
    if f.roles["supplier"]:
        not_a_party(f)
        return
    taken = {a.actor.id for a in seizers(f)} | {a.actor.id for a in f.roles["recipient"]}
    for m in f.items:  # "Iranian rifles", "Iranian-made rifles" (the seizer's subject was no supplier)
        for t in (t for t in m.head.subtree if t.i < m.head.i):
            r = res._demonym_modifier(t)
            if r is not None and r.actor.id not in taken:
                f.add("supplier", [r])
    maker_after(f, res, words.origin_nouns, words.origin_verbs)
    not_a_party(f)


def origins(frames: list[Frame], res: ActorResolver, words: SeizureWords) -> None:
    """The makers of seized shipments as their suppliers; of any other shipment with no supplier, only the
    maker named after its item ("rifles of Iranian origin were introduced into X")."""
    for f in frames:
        if f.stage == STAGE:
            origin(f, res, words)
        elif f.cls in words.shipment_classes and not f.roles["supplier"]:
            maker_after(f, res, words.origin_nouns, words.origin_verbs)


def under_seizure(v: Token, verbs: dict[str, str], words: SeizureWords) -> bool:
    """"seized a dhow carrying rifles": a transport verb of a seized vessel needs no destination."""
    vessel = v.head if v.dep_ in ("acl", "relcl") else None
    host = vessel.head.head if vessel is not None and vessel.dep_ == "pobj" else vessel.head if vessel is not None else None
    return host is not None and host.i != v.i and verbs.get(host.lemma_.lower()) in words.seize_classes


def headline_verb(tok: Token, verbs: dict[str, str], words: SeizureWords) -> bool:
    """"Navy Seizes Rifles Bound For X": a title-case headline's seizure verb, tagged as a name."""
    return tok.pos_ == "PROPN" and tok.is_title and tok.dep_ == "ROOT" and \
        verbs.get(tok.lemma_.lower()) in words.seize_classes and \
        any(c.dep_ == "nsubj" for c in tok.children) and any(c.dep_ in ("dobj", "obj") for c in tok.children)


def destinations(sent: Any, finder: Any) -> list[Frame]:
    """"The rifles were intended for X", "the cargo was bound for Y": a shipment on its way (its
    stage "intercepted" when a seizure precedes it, see `seized_context.in_context`)."""
    out: list[Frame] = []
    for t in sent:
        closer = listed_after.closing_noun(t, finder)  # "seized ..., and 400 rounds bound for X"
        if t.lower_ not in finder.destination_words or t.dep_ not in ("ROOT", "conj", "ccomp") and closer is None:
            continue
        subj = [closer] if closer is not None else [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj and t.dep_ == "conj":
            subj = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        goal = [q for p in t.children if p.dep_ == "prep" and p.lower_ in ("for", "to")
                for q in p.children if q.dep_ == "pobj"]
        if not subj or not goal or not finder.items.is_materiel(subj[0]):
            continue
        f = Frame(t, "supply", "delivered", rule=f"destination:{t.lower_}", confidence=0.6)
        f.items = finder.items.items(subj[0])
        listed_after.widen(f, finder)  # "seized 12 rifles, 30 grenades, and 400 rounds destined for X"
        goal = [q for q in bound.onward(t, goal) if finder.res.resolve_all(q)] or goal  # "for X, from where ... to Y"
        for g in goal:  # "destined for militant groups in Yemen": the groups' country when they have no name
            found = finder.res.resolve_all(g) or [a for p in g.children if p.dep_ == "prep" and p.lower_ == "in"
                                                  for q in p.children if q.dep_ == "pobj" for a in finder.res.resolve_all(q)]
            f.add("recipient", found)
        holders = [t.head] if t.dep_ == "conj" else []
        for h in [t, *holders]:  # "the arms were from X and destined for Y"
            for p in h.children:
                if p.dep_ == "prep" and p.lower_ == "from":
                    f.add("supplier", [a for q in p.children if q.dep_ == "pobj" for a in finder.res.resolve_all(q)])
        finder._item_arguments(f, finder.classes["supply"])
        if told_seized(t, [m.head for m in f.items]):
            mark(f, None, "seized-load")  # "The seized rifles were destined for X"; "Seized off X, the rifles were"
        origin(f, finder.res, finder.seizure)
        if f.items and f.roles["recipient"]:
            out.append(f)
    return out
