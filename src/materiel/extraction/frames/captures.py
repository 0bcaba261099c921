"""Weapons one side takes from its enemy are no transfer: "carbines the rebels took from a garrison", "grabbed
mortars during a raid on a checkpoint", "guns seized from soldiers and gendarmes". A seizure frame whose
"from" phrase names a force or its post (`captured_from` of [seizure] in `data/predicates.toml`: army, police,
troops, post, base) or whose "in"/"during" phrase names a fight (`battle_nouns`: attack, ambush, offensive), and
that names no destination of its own (the owner of "their weapons" is none), is a capture in battle: it gives no
row and marks no shipment seized.
Neither does a bare participle of capture joined to a shipment verb over one object ("used captured and
smuggled weapons"): the weapons' two origins, not a shipment stopped. Nor does any frame taken "as" spoils
(`booty_nouns`: "took the enemy's guns as trophies"), a verb of receiving that also tells a capture
(`taking_verbs`) with a force or an armed group (`hostile_holders`) in its "from" phrase or a fight in its
"in"/"during"/"after" phrase ("took mortars from the insurgents in a clash"), or a hand-over in a phrase naming a
disarmament (`disarmament_nouns`: "fighters handed their rifles to the army under an amnesty")."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

_DATA = lexicon.toml("predicates.toml")["seizure"]
CAPTURED_FROM = frozenset(_DATA["captured_from"])
BATTLE_NOUNS = frozenset(_DATA["battle_nouns"])
BOOTY_NOUNS = frozenset(_DATA["booty_nouns"])
TAKING_VERBS = frozenset(_DATA["taking_verbs"])
HOSTILE = frozenset(_DATA["hostile_holders"])
DISARMAMENT = frozenset(_DATA["disarmament_nouns"])
RECEIPT_OBJECTS = frozenset(("delivery", "receipt", "possession", "ownership", "charge", "custody"))


def _objects(v: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of v's phrases with one of `preps`, and of the phrases under them ("an attack [on a base]")."""
    out = [q for p in v.children if p.dep_ == "prep" and p.lower_ in preps for q in p.children if q.dep_ == "pobj"]
    return out + [x for q in out for x in q.conjuncts]


def in_battle(f: Frame) -> bool:
    """The seizure frame `f` tells weapons taken from a force or in a fight, with no destination."""
    v = f.trigger
    owners = {c.i for m in f.items for c in m.head.children if c.dep_ == "poss"}  # "many of their weapons were ..."
    if any(a.token.i not in owners for a in f.roles["recipient"]):
        return False
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


def no_transfer(f: Frame, seize_classes: frozenset[str]) -> bool:
    """The frame `f` tells weapons captured in battle, taken as spoils or handed in at a disarmament."""
    if f.cls in seize_classes and in_battle(f):
        return True
    v = f.trigger
    heads = [v, *(m.head for m in f.items)]
    if any(_names(q, BOOTY_NOUNS) for h in heads for q in _pobjs(h, ("as",))) or _as_booty(v):
        return True  # "took the guns as trophies", "captured as war booty"
    if f.cls not in seize_classes and _taken_in_battle(f):
        return True
    return f.cls not in seize_classes and any(
        _names(q, DISARMAMENT) for q in _pobjs(v, ("under", "in", "as", "during", "for", "through", "after")))


def _taken_in_battle(f: Frame) -> bool:
    """"took three mortars from the insurgents", "taken from the group after a battle": a capture, no receipt."""
    v = f.trigger
    if v.lemma_.lower() not in TAKING_VERBS or any(c.dep_ == "dobj" and c.lemma_.lower() in RECEIPT_OBJECTS
                                                  for c in v.children):
        return False
    holders = [*_objects(v, ("from",)), *(q for m in f.items for q in _objects(m.head, ("from",)))]
    fights = _objects(v, ("in", "during", "after"))
    return any(_force(q) or _names(q, HOSTILE) for q in holders) or any(
        q.lemma_.lower() in BATTLE_NOUNS for q in fights)


def _pobjs(v: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects in v's phrases with one of `preps`, down through the phrases they hold ("as part of X")."""
    return [q for p in v.children if p.dep_ == "prep" and p.lower_ in preps for q in p.subtree if q.dep_ == "pobj"]


def _names(q: Token, words: frozenset[str]) -> bool:
    """q or a noun on it is one of `words` ("war booty", "a disarmament programme")."""
    return q.lemma_.lower() in words or q.lower_ in words or any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in words for c in q.children)


def _as_booty(v: Token) -> bool:
    """An "as" on v (or on a clause under v) that the parser left without its object, followed within three words
    by a noun of spoils: "that X took from Y as war booty in 1990 are on display"."""
    for a in v.doc:
        if a.lower_ == "as" and v.i < a.i and (a.head.i == v.i or a.head.head.i == v.i):
            if any(t.lemma_.lower() in BOOTY_NOUNS for t in v.doc[a.i + 1:a.i + 4] if not t.is_punct):
                return True
    return False
