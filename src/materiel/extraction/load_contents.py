"""The contents of a seized load told by a verb of consisting after the seizure: "Police stopped a van bound for
X. The haul consisted of five pistols, 20 grenades and 900 rounds", "its cargo comprised 300 rifles", "the seized
weapons included 12 carbines". The verb (`content_verbs` of [seizure] in `data/predicates.toml`; "consist" with
its "of" phrase) lists the load when its subject names the load again: a container or conveyance noun, a noun
of a load (`load_nouns`), or a general noun of arms with a determiner or possessor ("the weapons", "its
cargo"). The rows are those of the inventory of the seizure told before (seized_inventory.py)."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon

_DATA = lexicon.toml("predicates.toml")["seizure"]
CONTENT_VERBS = frozenset(_DATA["content_verbs"])
LOADS = frozenset(_DATA["load_nouns"]) | frozenset(_DATA["containers"]) | frozenset(_DATA["conveyances"])
GENERAL = frozenset(_DATA["general_loads"])
HIDING = frozenset(_DATA["hiding_verbs"]) - frozenset(_DATA["inventory_verbs"])
PARTS = ("of",)  # "consisted of A and B"


def _load_subject(v: Token) -> bool:
    """The verb's subject names the seized load again (see the module)."""
    for s in (c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")):
        lemma = s.lemma_.lower()
        marked = any(c.dep_ in ("det", "poss") and c.lower_ != "no" for c in s.children)
        if lemma in LOADS or s.lower_ in LOADS or (lemma in GENERAL or s.lower_ in GENERAL) and marked:
            return True
    return False


def hidden_listing(v: Token) -> bool:
    """"Hidden under the cement were 300 rifles", "300 rifles were concealed in the hold": a passive verb of
    hiding (`hiding_verbs`) that tells materiel, after a seizure, was in the load."""
    return v.tag_ == "VBN" and v.lemma_.lower() in HIDING and v.dep_ in ("ROOT", "ccomp", "conj") and \
        any(c.dep_ == "auxpass" for c in v.children) and not any(c.dep_ == "neg" for c in v.children)


def content_listing(v: Token) -> bool:
    """A verb of consisting whose subject is the seized load: "the haul consisted of", "the cargo comprised";
    or a passive verb of hiding that lists it."""
    if hidden_listing(v):
        return True
    return v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in CONTENT_VERBS and v.dep_ in ("ROOT", "ccomp", "conj") \
        and not any(c.dep_ == "neg" for c in v.children) and _load_subject(v)


def names_load(t: Token) -> bool:
    """A noun that is the subject of a verb of consisting that lists a seized load ("the cargo consisted of X"):
    its own frame tells that load again, not a transfer of its own."""
    return t.dep_ in ("nsubj", "nsubjpass") and t.head.i != t.i and content_listing(t.head)


def content_objects(v: Token) -> list[Token]:
    """The heads of what the load consisted of: the verb's object, or its "of" phrase; what was hidden (the
    subject of the passive, or the attribute the parser hangs on its auxiliary in the inverted order)."""
    if hidden_listing(v):
        return [c for c in v.children if c.dep_ == "nsubjpass"] + \
            [a for x in v.children if x.dep_ == "auxpass" for a in x.children if a.dep_ in ("attr", "nsubj")]
    return [o for o in v.children if o.dep_ in ("dobj", "obj")] + \
        [q for p in v.children if p.dep_ == "prep" and p.lower_ in PARTS for q in p.children if q.dep_ == "pobj"]


def listed_contents(v: Token, items: Any) -> list[Any]:
    """The materiel items the load consisted of, with the counted conjuncts the parser hung further down."""
    objects = content_objects(v)
    found = [m for o in objects for m in items.items(o)]
    if objects:
        first = objects[0].i
        found += [m for t in v.subtree if t.i > first and t.dep_ == "conj" and items.is_materiel(t) and
                  any(c.dep_ == "nummod" for c in t.children) for m in items.items(t)]
    return [m for i, m in enumerate(found) if all(m.head.i != o.head.i for o in found[:i]) and
            not any(c.dep_ == "det" and c.lower_ == "no" for c in m.head.children)]  # "were no weapons"
