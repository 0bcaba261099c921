"""The parties of a seized load told by a relative clause on it: "the coast guard stopped the Nordwind off X,
carrying 90 tons of rockets and grenades which Y had sent to Z". The carrying verb holds the items, the clause on
its object ("which Y had sent to Z") the parties, with no item of its own (its object is the relative pronoun);
the carrying frame takes them. The conveyance the seizure holds is never the load's recipient."""
from __future__ import annotations

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

OBJECTS = ("dobj", "obj", "nsubjpass")
_DATA = lexicon.toml("predicates.toml")["seizure"]
CUSTODY = frozenset(_DATA["custody_nouns"]) | frozenset(_DATA["seizing_bodies"])
ROLES = ("supplier", "recipient", "intermediary")


def _on_load(carrier: Frame, clause: Frame) -> bool:
    """The clause's verb sits under the carrying verb's object ("[90 tons of X which Y had sent]")."""
    return any(o.dep_ in ("dobj", "obj") and clause.trigger in o.subtree for o in carrier.trigger.children)


def share(seizure: Frame, shipments: list[Frame]) -> None:
    """Give the carrying frames of a seized conveyance the parties of the itemless clause on their load."""
    held = {c.i for c in seizure.trigger.children if c.dep_ in OBJECTS}
    for f in (f for f in shipments if f.items):
        f.roles["recipient"] = [a for a in f.roles["recipient"] if a.token.i not in held]
        clauses = [c for c in shipments if c is not f and not c.items and _on_load(f, c) and
                   (c.roles["supplier"] or c.roles["recipient"])]
        if not clauses or f.roles["supplier"] or f.roles["recipient"]:
            continue
        for role in ROLES:
            f.add(role, clauses[0].roles[role])


def custody(frames: list[Frame], seized: list[Frame]) -> list[Frame]:
    """"the rifles seized last week were handed to the prosecutors": a shipment frame marked seized through the
    seizure participle on its item, whose "to" phrase names a body taking it into custody, is no transfer."""
    def held(f: Frame) -> bool:
        return f.trigger.pos_ in ("VERB", "AUX") and any(
            s.trigger.dep_ in ("acl", "relcl") and any(s.trigger.head.i == m.head.i for m in f.items) for s in seized) \
            and any(q.lower_ in CUSTODY or q.lemma_.lower() in CUSTODY for p in f.trigger.children
                    if p.dep_ in ("prep", "dative") and p.lower_ == "to" for q in p.children if q.dep_ == "pobj")
    return [f for f in frames if not held(f)]
