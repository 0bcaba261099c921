"""A verb of refusal over a conveyance is a seizure: "troops stopped a truck carrying rifles bound for X",
"the navy halted a vessel with rockets aboard". "Stopped deliveries of X" refuses a transfer; "stopped a
truck" or "blocked a ship" holds what the conveyance carries, so the frame is a seizure (stage
"intercepted") and its subject, read as the refusing supplier, is who seized it (`intercepted_by`). The
verbs are the holding verbs of [seizure] (`data/predicates.toml`, `holding_verbs`), the objects its
`conveyances`; a consignment or shipment is no conveyance ("stopped a shipment of bombs to X" is the
supplier's refusal)."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames import seizure
from materiel.extraction.frames.framebase import INTERCEPTOR, Frame

OBJECTS = ("dobj", "obj", "nsubjpass")
_DATA = lexicon.toml("predicates.toml")["seizure"]
UNLOADING = frozenset(_DATA["unloading_verbs"])
CARGO_VERBS = frozenset(_DATA["cargo_verbs"])
SEIZING_BODIES = frozenset(_DATA["seizing_bodies"])


def _lemma(v: Token) -> str:
    particle = next((c.lower_ for c in v.children if c.dep_ == "prt"), None)
    return f"{v.lemma_.lower()} {particle}" if particle else v.lemma_.lower()


def stops_conveyance(f: Frame, words: seizure.SeizureWords) -> bool:
    """A refusal frame whose verb holds a conveyance: "stopped a truck", "a ship was stopped"."""
    v = f.trigger
    return f.stage == "refused" and v.pos_ in ("VERB", "AUX") and _lemma(v) in words.holding_verbs and \
        any(c.dep_ in OBJECTS and (c.lemma_.lower() in words.conveyances or _named_carrier(v, c)) for c in v.children)


def _named_carrier(v: Token, o: Token) -> bool:
    """"stopped the Nordwind off X, carrying 90 tons of rockets": a name that a participle of carrying
    (`cargo_verbs`) on it or on the verb tells to be a conveyance."""
    return o.pos_ == "PROPN" and any(
        c.dep_ in ("acl", "advcl") and c.tag_ == "VBG" and c.lemma_.lower() in CARGO_VERBS
        for h in (v, o) for c in h.children)


def as_seizures(frames: list[Frame], words: seizure.SeizureWords, seize_class: str) -> None:
    """Turn refusal frames over a held conveyance into seizure frames: the refuser is the seizer, the
    conveyance no item."""
    for f in frames:
        if not stops_conveyance(f, words):
            continue
        f.cls, f.stage = seize_class, seizure.STAGE
        f.rule = f"verb:{seize_class}:{_lemma(f.trigger)}"
        f.roles.setdefault(INTERCEPTOR, [])
        f.add(INTERCEPTOR, f.roles["supplier"])
        f.roles["supplier"] = []
        f.items = [m for m in f.items if m.designation or m.head.lemma_.lower() not in words.conveyances]


def _destinations(n: Token, words: seizure.SeizureWords) -> list[Token]:
    """Where a conveyance is on its way to: the "for"/"to" objects of a route verb or participle in its phrase
    ("a ship ... that was heading for Y", "a vessel bound for Y")."""
    return [q for t in n.subtree if t.lemma_.lower() in words.route_verbs or t.lower_ in words.route_participles
            for p in t.children if p.dep_ == "prep" and p.lower_ in ("for", "to")
            for q in p.children if q.dep_ == "pobj"]


def unloaded_in_transit(frames: list[Frame], finder: Any) -> None:
    """"Authorities unloaded containers of munitions from a ship heading for Y": goods taken off a conveyance
    bound elsewhere were seized on the way (`unloading_verbs`); who unloaded them seized them."""
    words: seizure.SeizureWords = finder.seizure
    for f in frames:
        v = f.trigger
        if f.cls not in words.shipment_classes or f.stage != "delivered" or v.pos_ not in ("VERB", "AUX") or \
                v.lemma_.lower() not in UNLOADING:
            continue
        froms = [q for o in (v, *(c for c in v.children if c.dep_ in OBJECTS)) for p in o.subtree
                 if p.dep_ == "prep" and p.lower_ == "from" and p.head.i <= max(o.i, v.i) + 3
                 for q in p.children if q.dep_ == "pobj" and q.lemma_.lower() in words.conveyances]
        goals = [g for q in froms for g in _destinations(q, words)]
        if not goals:
            continue
        f.stage = seizure.STAGE
        f.rule += ":in_transit"
        f.roles.setdefault(INTERCEPTOR, [])
        f.add(INTERCEPTOR, f.roles["supplier"])
        f.roles["supplier"] = []
        if not f.roles["recipient"]:
            f.add("recipient", [a for g in goals for a in finder.res.resolve_all(g)])
        seizure.not_a_party(f)


def held_consignments(frames: list[Frame], finder: Any) -> None:
    """"Port authorities held a consignment of 40 armoured vehicles destined for Y": a shipment noun held by a
    body that seizes shipments (`seizing_bodies`: customs, port authorities, coast guard) was seized; who held
    it is the seizer, not its supplier. "The US held a shipment of bombs" (a state's own) stays as it is."""
    words: seizure.SeizureWords = finder.seizure
    for f in frames:
        n = f.trigger
        if f.cls not in words.shipment_classes or f.stage != "delivered" or n.pos_ != "NOUN" or \
                n.lemma_.lower() not in words.containers or n.dep_ not in OBJECTS:
            continue
        h = n.head
        if h.pos_ not in ("VERB", "AUX") or _lemma(h) not in words.holding_verbs:
            continue
        subj = next((c for c in h.children if c.dep_ == "nsubj"), None)
        if subj is None or not {subj.lemma_.lower(), subj.lower_} & SEIZING_BODIES:
            continue
        by = Frame(h, sorted(words.seize_classes)[0], seizure.STAGE, rule="held")
        by.roles.setdefault(INTERCEPTOR, [])
        by.add(INTERCEPTOR, finder.res.resolve_all(subj))
        seizure.mark(f, by, "held")
