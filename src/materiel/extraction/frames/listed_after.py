"""A seizure's list of items closed by "and" and a destination: "customs seized 12 rifles, 30 grenades, and
4,000 rounds destined for X", "police seized a truck with 30 grenades, and 4,000 rounds bound for X".

The parser reads the last item of such a list as the subject of a second clause ("[4,000 rounds] destined for
X", joined to the seizure verb), so the destination frame (`seizure.destinations`) holds that item alone. When
the destination word is a bare participle joined to a verb of seizure (no auxiliary: "were destined" would be a
clause of its own), the whole seized load goes to that destination: the seizure verb's objects with their
list, its "with" phrase, and the load of a carrying verb hung on its conveyance ("seized a boat carrying 12
rifles, 30 grenades, and ...")."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel.extraction.frames.framebase import Frame

OBJECTS = ("dobj", "obj")
AUXILIARIES = ("aux", "auxpass")
CARRY_DEPS = ("acl", "relcl", "advcl")


def _listed(n: Token) -> list[Token]:
    """A noun and the nouns listed after it ("12 rifles, 30 grenades": "grenades" parsed as an apposition)."""
    out = [n]
    for c in n.children:
        if c.dep_ in ("appos", "conj") and c.pos_ in ("NOUN", "PROPN"):
            out += _listed(c)
    return out


def _load(v: Token, items: Any) -> list[Token]:
    """The nouns a seizure verb took: its objects (their list, and what a carrying verb on them carries) and the
    nouns of its "with" phrase."""
    heads: list[Token] = []
    for c in v.children:
        if c.dep_ in OBJECTS:
            heads += _listed(c)
            heads += [n for a in c.children if a.dep_ in CARRY_DEPS and a.pos_ == "VERB"
                      for o in a.children if o.dep_ in OBJECTS for n in _listed(o)]
            heads += [n for p in c.children if p.dep_ == "prep" and p.lower_ == "with"  # "a pickup with 22 carbines"
                      for o in p.children if o.dep_ == "pobj" for n in _listed(o)]
        elif c.dep_ == "advcl" and c.tag_ == "VBG":  # "seized a dhow carrying 12 rifles" (an adverbial)
            heads += [n for o in c.children if o.dep_ in OBJECTS for n in _listed(o)]
        elif c.dep_ == "prep" and c.lower_ == "with":
            heads += [n for o in c.children if o.dep_ == "pobj" for n in _listed(o)]
    return [n for n in heads if items.is_materiel(n)]


def closing_noun(t: Token, finder: Any) -> Token | None:
    """"seized a boat carrying 12 rifles, and 400 rounds of ammunition bound for X", parsed with "rounds" joined to
    "seized" and "bound" on "ammunition": the noun that closes the list, when t is such a participle."""
    if t.dep_ != "acl" or t.tag_ != "VBN":
        return None
    n = t.head
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ == "NOUN":
        n = n.head.head  # "400 rounds of ammunition": the rounds
    if n.pos_ != "NOUN" or not finder.items.is_materiel(n):
        return None
    return n if _joined_to_seizure(n, finder.verbs, finder.seizure.seize_classes) is not None else None


def _joined_to_seizure(t: Token, verbs: dict[str, str], seize_classes: frozenset[str]) -> Token | None:
    """The verb of seizure a bare destination participle (or the noun closing the list) is joined to by "and"."""
    if t.dep_ != "conj" or t.tag_ not in ("VBN", "NNS", "NN") or any(c.dep_ in AUXILIARIES for c in t.children):
        return None
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in t.head.children if c.i < t.i):
        return None
    h = t.head
    return h if h.pos_ == "VERB" and verbs.get(h.lemma_.lower()) in seize_classes else None


def widen(f: Frame, finder: Any) -> None:
    """A destination frame, given the rest of the seized load its item closed the list of."""
    words = finder.seizure
    closer = closing_noun(f.trigger, finder) or f.trigger
    h = _joined_to_seizure(closer, finder.verbs, words.seize_classes)
    if h is not None:
        have = {m.head.i for m in f.items}
        for n in _load(h, finder.items):
            if n.i in have or n.lemma_.lower() in words.conveyances | words.containers:
                continue
            found = [m for m in finder.items.items(n) if m.head.i not in have]
            have |= {m.head.i for m in found}
            f.items += found


def stray_items(f: Frame, finder: Any) -> list[Any]:
    """"seized a truck carrying 27 rifles, 4 machine-guns and ...": the rest of the load's list, which the
    parser hung on the seizure verb."""
    have = {m.head.i for m in f.items}
    stray = [c for c in f.trigger.head.children if c.dep_ == "npadvmod" and c.i > f.trigger.i and finder.items.is_materiel(c)]
    return [m for c in stray for x in (c, *c.conjuncts) if x.i > f.trigger.i and finder.items.is_materiel(x)
            for m in finder.items.items(x) if m.head.i not in have]
