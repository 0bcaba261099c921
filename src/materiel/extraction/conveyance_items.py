"""A conveyance that carries the arms is not the thing transferred: "troops stopped a truck near the border
carrying 30 rifles and grenades", "Country X holds Y-chartered ship carrying munitions" (a headline). A row
whose item is a conveyance noun with no designation (`predicates.toml` [seizure] conveyances: "truck",
"ship", "plane") told by a verb that holds the conveyance or by the carrying itself ([seizure] holding_verbs:
"stopped", "holds"; [carriers] carrying_verbs) is dropped when its own phrase says it carries materiel: a carrying verb
([carriers] carrying_verbs) or a load participle ("loaded with", [conveyance_items] load_participles) under
it, or above it with the conveyance as its subject, whose object names materiel. The rows of the load
itself are those of its own words ("rifles", "munitions"), which stay. So is a craft the load travels "on" or
"aboard" told by its own verb ("sent rifles on two transport aircraft flying to X")."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row

LOAD_DEPS = ("acl", "relcl")  # a carrying verb that describes the conveyance ("a truck carrying X")
SUBJECT_DEPS = ("nsubj", "nsubjpass", "npadvmod")  # the conveyance as the carrying verb's subject
OBJECT_DEPS = ("dobj", "obj")
VEHICLE_PREPS = ("on", "aboard")  # "sent rifles on two aircraft", "aboard a freighter"


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = lexicon.toml("predicates.toml")
    return (frozenset(data["seizure"]["conveyances"]), frozenset(data["carriers"]["carrying_verbs"]),
            frozenset(data["conveyance_items"]["load_participles"]), frozenset(data["seizure"]["holding_verbs"]))


def _materiel(t: Token) -> bool:
    return any(s.start <= t.i < s.end for s in t.doc.spans.get("materiel", []))


def _carries_materiel(verb: Token) -> bool:
    """The verb's object ("carrying X") or "with" object ("loaded with X"), or their conjuncts, name materiel."""
    _, carrying, loads, _ = _words()
    lemma = verb.lemma_.lower()
    if lemma in carrying:
        objs = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    elif lemma in loads or verb.lower_ in loads:
        objs = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
    else:
        return False
    return any(_materiel(x) for o in objs for x in (o, *o.conjuncts))


def _loads_under(top: Token, skip: int) -> bool:
    return any(t.dep_ in LOAD_DEPS and t.pos_ == "VERB" and _carries_materiel(t) for t in top.subtree if t.i != skip)


def _next_phrase(head: Token) -> Token | None:
    """The prepositional phrase right after the conveyance that the parser hung on its verb ("stopped a truck
    near the border carrying X": "near the border carrying X" on "stopped"), or None."""
    j = head.right_edge.i + 1
    if j >= len(head.doc):
        return None
    nxt = head.doc[j]
    return nxt if nxt.dep_ == "prep" and nxt.head.i == head.head.i and head.head.i != head.i else None


def carries_load(head: Token) -> bool:
    """The conveyance noun's phrase says it carries materiel (see the module's doc)."""
    if _loads_under(head, head.i):
        return True
    nxt = _next_phrase(head)
    if nxt is not None and _loads_under(nxt, nxt.i):
        return True
    return head.dep_ in SUBJECT_DEPS and head.head.pos_ == "VERB" and _carries_materiel(head.head)


def vehicle_of_load(head: Token) -> Token | None:
    """The verb of the load when the item is the craft it travels on: the object of "on" or "aboard" in the phrases
    of a verb whose own object names materiel ("sent rifles from its stocks on two transport aircraft flying to X":
    the aircraft carry the rifles)."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in VEHICLE_PREPS:
        return None
    v = prep.head
    while v.pos_ not in ("VERB", "AUX") and v.dep_ in ("pobj", "prep") and v.head.i != v.i:
        v = v.head  # "from its stocks on two aircraft": through the phrase the parser hung it on
    if v.pos_ not in ("VERB", "AUX"):
        return None
    load = any(_materiel(x) for o in v.children if o.dep_ in OBJECT_DEPS for x in (o, *o.conjuncts))
    return v if load else None


def carrier_not_item(r: Row) -> bool:
    """The row's item is the conveyance of the load, not a thing transferred."""
    head = r.item.head
    verb = vehicle_of_load(head)
    if verb is not None and r.frame.trigger.i != verb.i:
        return True  # told by its own verb ("... aircraft flying to X"), not by the verb of the load
    if r.designation or r.item.designation or r.item.pronoun:
        return False
    conveyances, carrying, _, holding = _words()
    if r.frame.trigger.lemma_.lower() not in carrying | holding:
        return False  # "sold two planes carrying spare engines": the planes are sold
    if head.lemma_.lower() not in conveyances and head.lower_ not in conveyances:
        return False
    return carries_load(head)


__all__ = ["carrier_not_item", "carries_load"]
