"""A ship told by its name as the subject of a carrying verb: "the Kestrel, which left the Ruritanian port of
Y, is carrying 900 shells for X's army". The ship is the vehicle, never the supplier its name would be
taken for; its origin is the place of a departure clause on it (`departure_verbs`, predicates.toml
[carriers]): the state that place names or belongs to ("the Ruritanian port of Y", "sailed from Z")."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

_CARRIERS = lexicon.toml("predicates.toml")["carriers"]
CARRYING = frozenset(_CARRIERS["carrying_verbs"])
DEPARTING = frozenset(_CARRIERS["departure_verbs"])


def _places(vehicle: Token) -> list[Token]:
    """The places of the departure clauses on the ship: "which left X", "which sailed from X"."""
    out: list[Token] = []
    for clause in (c for c in vehicle.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in DEPARTING):
        out += [c for c in clause.children if c.dep_ in ("dobj", "obj")]
        out += [p for c in clause.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children
                if p.dep_ == "pobj"]
    return out


def _origin(res: ActorResolver, place: Token) -> Resolved | None:
    """The state of a place: the place itself, its demonym ("the Ruritanian port"), its "of" or "in" phrase."""
    found = [r for r in res.resolve_all(place) if r.actor.kind == "state"]
    for c in place.children:
        if found:
            break
        if c.dep_ in ("amod", "compound", "nmod"):
            r = res._demonym_modifier(c) or res.resolve(c)
            found = [r] if r is not None and r.actor.kind == "state" else []
        elif c.dep_ == "prep" and c.lower_ in ("of", "in"):  # "the port of X", "Y in X"
            found = [r for p in c.children if p.dep_ == "pobj" for r in res.resolve_all(p) if r.actor.kind == "state"]
    return found[0] if found else None


def named_carrier(res: ActorResolver, f: Frame) -> None:
    """A ship's name as the supplier of a carrying verb, or no supplier, gives way to the ship's origin."""
    t = f.trigger
    if f.cls != "supply" or t.pos_ != "VERB" or t.lemma_.lower() not in CARRYING:
        return
    vehicle = t.head if t.dep_ == "acl" else next((c for c in t.children if c.dep_ == "nsubj"), None)
    if vehicle is None or vehicle.pos_ != "PROPN":
        return
    own = {x.i for x in vehicle.subtree if x.dep_ not in ("relcl", "acl")} - \
        {x.i for c in vehicle.children if c.dep_ in ("relcl", "acl") for x in c.subtree}
    if f.roles["supplier"] and not all(s.token.i in own and s.actor.kind not in ("state", "government_body") for s in f.roles["supplier"]):
        return  # a party named the giver ("Ruritania is shipping"), or a phrase names one ("from X")
    origins = [o for p in _places(vehicle) if (o := _origin(res, p)) is not None]
    f.roles["supplier"] = [Resolved(origins[0].actor, origins[0].confidence, vehicle)] if origins else []
