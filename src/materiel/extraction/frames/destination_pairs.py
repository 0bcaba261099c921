"""Items each followed by a destination of its own: "gave two A to X, a B to Y and six C to Z", "had handed
over three A-class boats to X and a landing ship to Y". After a transfer verb, two or more phrases naming a
recipient ("to" + a party), each preceded by its own items (objects of the verb, or phrases coordinated or set in
apposition with them), pair off: each run of items goes to the party that follows it, not to every party of the
clause. The first run stays the verb's frame; every later run is a frame of its own with the verb's other parties.
Also a list set after a colon in apposition with the parties as a group, each item with its own "for" party:
"provided projects to four countries: radars for X, rescue boats for Y and patrol boats for Z" (the umbrella
object before the group is not an item of the first run). A run whose only things are not materiel ("rescue
boats for Y", "training to Y") drops its party instead of stopping the pairing."""
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
    groups = group_heads(v, preps, role, {m[2] for m in marks})
    span = [t for t in v.doc[v.i + 1:v.right_edge.i + 1] if t.i not in inside and (not groups or t.i > min(groups))]
    heads = [t for t in span if _item_slot(t, v, marks, items, groups)]
    others = [t for t in span if _item_slot(t, v, marks, None, groups)]  # "rescue boats for Y": no materiel
    runs: list[tuple[list[ItemMention], list[Resolved]]] = []
    last = v.i
    for start, end, _, party in marks:
        run = [t for t in heads if last < t.i < start]
        found = [m for t in run for m in items.items(t) if m.head.i in {x.i for x in run}]
        if not found and not _bare_run([t for t in others if last < t.i < start], v.doc[start], last, items):
            return None
        if found:
            runs.append((_distinct(found), party))
        last = end
    if not runs or any(t.i > last for t in heads):
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


def _bare_run(nouns: list[Token], prep: Token, last: int, items: ItemFinder) -> bool:
    """A run of common nouns with no materiel word in their own phrases ("rescue boats", "training"), whose
    party's phrase hangs on the verb or on one of them: a run of no materiel, whose party is dropped."""
    within = range(last + 1, prep.i)
    own = {t.i for t in nouns}
    return bool(nouns) and all(t.pos_ == "NOUN" for t in nouns) and \
        not any(items.is_materiel(x) for t in nouns for x in t.subtree if x.i in within) and \
        (prep.head.i in own or prep.head.pos_ in ("VERB", "AUX") and prep.head.dep_ != "relcl")


def group_heads(v: Token, preps: dict[str, str], role: str, marked: set[int]) -> set[int]:
    """The heads of v's party phrases that name no party but a group ("to four countries"), each with a
    list in apposition after it ("...: radars for X, boats for Y")."""
    found = set()
    for c in v.children:
        phrase = [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" and preps.get(c.lower_) == role \
            else []
        found |= {p.i for p in phrase if p.i not in marked and any(a.dep_ == "appos" for a in p.children)}
    return found


def _item_slot(t: Token, v: Token, marks: list[Mark], items: ItemFinder | None, groups: set[int]) -> bool:
    """t heads an item of v's list: v's object, or a phrase coordinated with it or set after a party or in
    apposition with a group of parties (without items: any such noun, materiel or not)."""
    if t.pos_ not in ("NOUN", "PROPN") or items is not None and not items.is_materiel(t):
        return False
    start = t
    if groups and items is not None and t.dep_ == "compound" and not items.is_materiel(t.head):
        start = t.head  # "radar systems for X" in a group's list: the materiel word is the compound
    h = start
    while h.dep_ in ("conj", "appos") and h.head.i not in (h.i, v.i):
        h = h.head
    if h.dep_ in OBJECTS and h.head.i == v.i or h.dep_ == "conj" and h.head.i == v.i:
        return True  # "gave A to X and B to Y" with B parsed as a conjunct of the verb
    return h.i != start.i and (h.i in {p for _, _, p, _ in marks} or h.i in groups)


def _distinct(found: list[ItemMention]) -> list[ItemMention]:
    seen: set[int] = set()
    out = []
    for m in found:
        if m.head.i not in seen:
            seen.add(m.head.i)
            out.append(m)
    return out
