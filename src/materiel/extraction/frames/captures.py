"""Weapons one side takes from its enemy are no transfer: "carbines the rebels took from a garrison", "grabbed
mortars during a raid on a checkpoint", "guns seized from soldiers and gendarmes". A seizure frame whose
"from" phrase names a force or its post (`captured_from` of [seizure] in `data/predicates.toml`: army, police,
troops, post, base) or whose "in"/"during" phrase names a fight (`battle_nouns`: attack, ambush, offensive), and
that names no destination of its own, is a capture in battle: it gives no row and marks no shipment seized.
Neither does a bare participle of capture joined to a shipment verb over one object ("used captured and
smuggled weapons"): the weapons' two origins, not a shipment stopped."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

_DATA = lexicon.toml("predicates.toml")["seizure"]
CAPTURED_FROM = frozenset(_DATA["captured_from"])
BATTLE_NOUNS = frozenset(_DATA["battle_nouns"])


def _objects(v: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of v's phrases with one of `preps`, and of the phrases under them ("an attack [on a base]")."""
    out = [q for p in v.children if p.dep_ == "prep" and p.lower_ in preps for q in p.children if q.dep_ == "pobj"]
    return out + [x for q in out for x in q.conjuncts]


def in_battle(f: Frame) -> bool:
    """The seizure frame `f` tells weapons taken from a force or in a fight, with no destination."""
    if f.roles["recipient"]:
        return False
    v = f.trigger
    holders = [*_objects(v, ("from",)), *(q for m in f.items for q in _objects(m.head, ("from",)))]
    fights = _objects(v, ("in", "during"))
    return any(_force(q) for q in holders) or any(q.lemma_.lower() in BATTLE_NOUNS for q in fights)


def _force(q: Token) -> bool:
    """A force or its post: "the army", "police posts", "a police compound" (its head, or a noun on its head)."""
    return q.lemma_.lower() in CAPTURED_FROM or any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in CAPTURED_FROM for c in q.children)


def bare_joined(seizure: Frame, shipment: Frame) -> bool:
    """"captured and smuggled weapons": a seizure participle with no subject joined to the shipment verb."""
    s, f = seizure.trigger, shipment.trigger
    joined = (f.dep_ == "conj" and f.head.i == s.i) or (s.dep_ == "conj" and s.head.i == f.i)
    return joined and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in (*s.children, *f.children))
