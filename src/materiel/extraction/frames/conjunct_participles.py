"""A participle or relative clause on one conjunct of a list of items tells that conjunct's transfer only:
"a fleet of two A-class boats, bought from X in 2010, and three B-class boats donated by Y in 2011" gives X
the A-class boats and Y the B-class boats, not each giver both. The frame of such a clause keeps its own
conjunct and the others told before the clause ("A and B supplied by X", even where the parser hangs the clause
on A) but for those with a clause of their own; a conjunct told after the clause is another transfer. A clause on a
conveyance ("a convoy of trucks carrying A, B and C") hangs on no item: its load's conjuncts are its own."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame

CLAUSE_DEPS = ("acl", "relcl")
CONVEYANCES = frozenset(lexicon.toml("predicates.toml")["seizure"]["conveyances"])
CARRYING = frozenset(lexicon.toml("predicates.toml")["carriers"]["carrying_verbs"])


def keep_own_conjuncts(f: Frame) -> None:
    """Drop from f, the frame of a clause on an item, the items of the other conjuncts that are not its own."""
    v = f.trigger
    head = v.head
    if v.dep_ not in CLAUSE_DEPS or v.pos_ not in ("VERB", "AUX") or head.pos_ not in ("NOUN", "PROPN") or \
            (head.lemma_.lower() in CONVEYANCES and v.lemma_.lower() in CARRYING):
        return
    others = [c for c in head.conjuncts if c.i > v.i or _clause_of_its_own(c, v)]
    if not others or len(f.items) < 2:
        return
    kept = [m for m in f.items if not any(_in_phrase(m.head, c) for c in others)]
    if kept:
        f.items = kept


def _clause_of_its_own(noun: Token, v: Token) -> bool:
    """noun carries a participle or relative clause other than v ("three B-class boats donated by Y")."""
    return any(c.dep_ in CLAUSE_DEPS and c.pos_ in ("VERB", "AUX") and c.i != v.i for c in noun.children)


def _in_phrase(t: Token, noun: Token) -> bool:
    """t is noun or a word of noun's phrase before it ("three B-class [boats]")."""
    return t.i == noun.i or (noun.left_edge.i <= t.i < noun.i and noun in t.ancestors)


def conjunct_objects(v: Token) -> list[Token]:
    """The item of a passive verb coordinated with another and with no subject of its own: "the tank has
    entered service with X and has been exported to Y" (the first verb's subject), "carried X, consigned by Y"
    (a reduced participle: the first verb's object), "the rifles were made in A and sold by B to C" (a passive
    sharing the first verb's auxiliary: its subject)."""
    if any(c.dep_ == "auxpass" for c in v.children) or _shares_passive(v):
        subjects = [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[:1]
    return [c for c in v.head.children if c.dep_ == "dobj"][:1]


def _shares_passive(v: Token) -> bool:
    """v, a bare participle with no auxiliary of its own, is coordinated with a passive verb ("were made in A
    and sold by B"): it shares that verb's auxiliary and so its subject."""
    agents = [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return v.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in v.children) and \
        any(c.dep_ == "auxpass" for c in v.head.children) and \
        not any(a.ent_type_ in ("DATE", "TIME") for a in agents)  # "delivered by the end of the year": a deadline
