"""Items each followed by a destination of its own: "gave two A to X, a B to Y and six C to Z", "had handed
over three A-class boats to X and a landing ship to Y". After a transfer verb, two or more phrases naming a
recipient ("to" + a party), each preceded by its own items (objects of the verb, or phrases coordinated or set in
apposition with them), pair off: each run of items goes to the party that follows it, not to every party of the
clause. The first run stays the verb's frame; every later run is a frame of its own with the verb's other parties."""
from __future__ import annotations

from spacy.tokens import Token

from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

PARTY_EDGE = ("appos", "conj", "cc", "punct", "relcl", "acl")  # what ends a party's own phrase
OBJECTS = ("dobj", "obj")
Mark = tuple[int, int, int, list[Resolved]]  # a destination: its first and last index, its head, its parties


def pair_destinations(f: Frame, preps: dict[str, str], res: ActorResolver, items: ItemFinder,
                      role: str) -> list[Frame] | None:
    """The frames of the runs after the first (f keeps the first run and its party), or None when the clause
    is not a list of items each with its own destination."""
    v = f.trigger
    marks = _destinations(v, preps, res, role)
    if len(marks) < 2 or len({p[0].actor.id for _, _, _, p in marks}) < len(marks):
        return None
    inside = {i for start, end, _, _ in marks for i in range(start, end + 1)}
    heads = [t for t in v.doc[v.i + 1:v.right_edge.i + 1] if t.i not in inside and _item_slot(t, v, marks, items)]
    runs: list[tuple[list[ItemMention], list[Resolved]]] = []
    last = v.i
    for start, end, _, party in marks:
        run = [t for t in heads if last < t.i < start]
        found = [m for t in run for m in items.items(t) if m.head.i in {x.i for x in run}]
        if not found:
            return None
        runs.append((_distinct(found), party))
        last = end
    if any(t.i > last for t in heads):
        return None
    f.items, f.roles[role] = runs[0][0], list(runs[0][1])
    out = []
    for found, party in runs[1:]:
        g = Frame(v, f.cls, f.stage, rule=f.rule + ":paired-to", confidence=f.confidence * 0.9)
        g.items = found
        g.add(role, party)
        for other, parties in f.roles.items():
            if other != role:
                g.add(other, parties)
        g.negated, g.governor, g.hedged = f.negated, f.governor, f.hedged
        out.append(g)
    return out


def _destinations(v: Token, preps: dict[str, str], res: ActorResolver, role: str) -> list[Mark]:
    """The recipient phrases after v in its clause: (first index, last index, party's head, parties), in order."""
    out = []
    for t in v.doc[v.i + 1:v.right_edge.i + 1]:
        if t.dep_ not in ("prep", "dative") or preps.get(t.lower_) != role:
            continue
        for p in t.children:
            parties = res.resolve_all(p) if p.dep_ == "pobj" else []
            if parties:
                out.append((t.i, _party_end(p), p.i, parties))
    return out


def _party_end(p: Token) -> int:
    """The last index of a party's own phrase: not what is set in apposition or coordinated with it."""
    end = p.i
    for c in p.children:
        if c.dep_ not in PARTY_EDGE and c.i > p.i:
            end = max(end, c.right_edge.i)
    return end


def _item_slot(t: Token, v: Token, marks: list[Mark], items: ItemFinder) -> bool:
    """t heads an item of v's list: v's object, or a phrase coordinated with it or set after a party."""
    if t.pos_ not in ("NOUN", "PROPN") or not items.is_materiel(t):
        return False
    h = t
    while h.dep_ in ("conj", "appos") and h.head.i not in (h.i, v.i):
        h = h.head
    if h.dep_ in OBJECTS and h.head.i == v.i or h.dep_ == "conj" and h.head.i == v.i:
        return True  # "gave A to X and B to Y" with B parsed as a conjunct of the verb
    return h.i != t.i and h.i in {p for _, _, p, _ in marks}


def _distinct(found: list[ItemMention]) -> list[ItemMention]:
    seen: set[int] = set()
    out = []
    for m in found:
        if m.head.i not in seen:
            seen.add(m.head.i)
            out.append(m)
    return out
