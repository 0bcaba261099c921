"""Counted arms found in a container or conveyance whose origin the finding sentence tells, with no seizure told
before: "Customs officers found 14 rifles and 700 cartridges inside a container shipped from A", "A crate sent
from A held six pistols", "a lorry from A was found to hold 40 rifles". The find is itself the interception.

A sentence that tells no transfer of its own, whose verb of finding or holding (found_cargo.listing, with the
"found to hold" of a passive finding) takes counted materiel, and in which a container or conveyance
(`containers`, `conveyances` of [seizure]) is the verb's subject, its "in"/"inside"/"aboard" object or its
passive subject, and carries its origin ("shipped from A", "that arrived from A", "a container from A": a
loading verb, "arrive" or "come" with a "from" phrase, or a "from" phrase of its own), lists an intercepted load:
one row per counted item, its supplier the state of the origin place (by name, a demonym, or a possessor in
apposition, found_cargo.place_state). Its recipient is the destination the finding sentence or one of the
`context_sentences` after it tells of the load ("a consignment for Y", "the weapons were meant for Y", the
destination words with a materiel or load subject); with none told, or with the origin's own state, no row."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction import found_cargo, inventory_lists
from materiel.extraction.cues import Reading
from materiel.extraction.discourse import Row
from materiel.extraction.frames import seizure
from materiel.extraction.frames.framebase import INTERCEPTOR, Frame
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

ARRIVING = frozenset({"arrive", "come"})
HOLDERS = frozenset(lexicon.toml("predicates.toml")["seizure"]["shipped_holders"])
CONTAINERS = frozenset(lexicon.toml("predicates.toml")["seizure"]["containers"]) | HOLDERS
PLACES = ("in", "inside", "aboard", "on", "within")
CONFIDENCE = 0.55


def _origin_place(c: Token, words: seizure.SeizureWords) -> list[Token]:
    """The "from" place of a container: "a container from A", "a barrel shipped from A", "that arrived from A",
    "a box declared as tools and sent from A", "a container of pumps shipped from A"."""
    held = [q for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for q in p.children if q.dep_ == "pobj"]
    clauses = [v for h in (c, *held) for v in h.children if v.dep_ in ("acl", "relcl") and v.pos_ == "VERB"]
    heads = [c, *(t for v in clauses for t in v.subtree if t.pos_ == "VERB" and t.dep_ in ("acl", "relcl", "conj")
                  and t.lemma_.lower() in words.loading_verbs | ARRIVING)]
    h, q = next(((h, q) for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "from"
                 for q in p.children if q.dep_ == "pobj"), (None, None))
    if h is None or q is None:
        return []
    within = [w for x in (q, h) for p in x.children if p.dep_ == "prep" and p.lower_ == "in"
              for w in p.children if w.dep_ == "pobj"]  # "from Port A in Freedonia"
    return [q, *within]


def _containers(v: Token, words: seizure.SeizureWords) -> list[Token]:
    """The containers or conveyances of a finding: its subject ("the crate held"), its place ("found X in a
    container"), the passive subject of "was found to hold"."""
    taken = words.containers | words.conveyances | HOLDERS
    host = v.head if v.dep_ == "xcomp" else v
    cands = [c for h in {host.i: host, v.i: v}.values() for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
    cands += [q for t in v.subtree if t.dep_ == "prep" and t.lower_ in PLACES and _on_find(t.head, v)
              for q in t.children if q.dep_ == "pobj"]
    return [c for c in cands if c.lemma_.lower() in taken]


def _goal(sents: list[Any], items: Any, words: seizure.SeizureWords, res: ActorResolver,
          destination_words: set[str]) -> Resolved | None:
    """The first destination the sentences tell of a load: "a consignment for Y", "the weapons were meant for Y"."""
    for sent in sents:
        for t in sent:
            loads = t.lemma_.lower() in words.containers and t.dep_ in ("attr", "appos", "oprd")
            bound = t.lower_ in destination_words and found_cargo.bound_cargo(t, items, words)
            if not (loads or bound):
                continue
            names = ("for",) if loads else ("for", "to")
            found = [a for q in found_cargo.prep_objects(t, names) for a in res.resolve_all(q)[:1]]
            if found:
                return found[0]
    return None


def _on_find(h: Token, v: Token) -> bool:
    """The place phrase hangs on the finding verb, on what it found, or on a participle of that ("found 12 rifles
    hidden in a crate")."""
    if h.dep_ == "acl" and h.tag_ == "VBN":
        h = h.head
    return h.i == v.i or h.dep_ in ("dobj", "obj", "conj")


def _adjunct_goal(v: Token, res: ActorResolver, destination_words: set[str]) -> Resolved | None:
    """"was found to hold 40 rifles, destined, police say, for Y", "..., thought to be meant for Y": a destination
    participle on the finding."""
    hosts = {v.i, v.head.i}
    return next((a for t in v.sent if t.lower_ in destination_words and t.i > v.i and (t.head.i in hosts or
                 t.dep_ == "xcomp" and t.head.head.i in hosts)  # "..., thought to have been meant for Y"
                 for p in t.subtree if p.dep_ == "prep" and p.lower_ in ("for", "to")
                 for q in p.children if q.dep_ == "pobj" for a in res.resolve_all(q)[:1]), None)


def _listing(v: Token, words: seizure.SeizureWords) -> bool:
    """A verb of finding or holding, or the "hold" of "was found to hold"."""
    if v.dep_ == "xcomp" and v.lemma_.lower() in found_cargo.CARGO_VERBS and v.head.lemma_.lower() in \
            found_cargo.INVENTORY_VERBS:
        return True
    if v.pos_ == "VERB" and v.lemma_.lower() in found_cargo.CARGO_VERBS and v.dep_ not in ("relcl", "acl", "amod") and \
            any(c.dep_ == "nsubj" and c.lemma_.lower() in HOLDERS for c in v.children):
        return True  # "a barrel shipped from A held 3 rifles"
    return found_cargo.listing(v, words)


def finds(told: set[int], by_sentence: list[tuple[Any, list[Frame]]], items: Any, words: seizure.SeizureWords,
          res: ActorResolver, destination_words: set[str]) -> list[Row]:
    """Rows for the counted items found in a container whose origin the sentence tells (see the module)."""
    out: list[Row] = []
    for n, (sent, _) in enumerate(by_sentence):
        if n in told:
            continue
        for v in (v for v in sent if _listing(v, words)):
            places = [q for c in _containers(v, words) for q in _origin_place(c, words)]
            origin = next((s for q in places if (s := found_cargo.place_state(res, q)) is not None), None)
            if origin is None:
                continue
            found = inventory_lists.widened(v, found_cargo.counted_items(v, items, words), items, words.containers)
            counted = [m for m in found if m.quantity is not None and inventory_lists.load_item(m, words.conveyances)]
            if not counted:
                continue
            later = [s for s, _ in by_sentence[n:n + words.context_sentences + 1]]
            goal = _adjunct_goal(v, res, destination_words) or _goal(later, items, words, res, destination_words)
            if goal is None or (goal.actor.country or goal.actor.id) == (origin.actor.country or origin.actor.id):
                continue
            for m in counted:
                f = Frame(v, "seize", seizure.STAGE, rule=f"shipped_find:{v.lemma_.lower()}", confidence=CONFIDENCE)
                f.items = [m]
                f.roles.setdefault(INTERCEPTOR, [])
                f.add("supplier", [origin])
                f.add("recipient", [goal])
                out.append(Row(f, Reading(), m, origin, goal, None, sent, inherited=True,
                               designation=m.designation, category=m.category))
    return out



def bare(r: Row) -> bool:
    """A row of items found hidden with no supplier (frames/found.py), which the find's own route may fill; a row
    with no recipient of the goods a container is said to hold ("a container of pumps shipped from A")."""
    if r.frame.rule.startswith("found_hidden") and r.supplier is None:
        return True
    h = r.item.head
    return r.recipient is None and h.dep_ == "pobj" and h.head.lower_ == "of" and \
        h.head.head.lemma_.lower() in CONTAINERS


def drop_restated(rows: list[Row], found: list[Row], index: dict[int, int], window: int) -> None:
    """"... found 12 rifles in a container shipped from A. The guns were destined for Y": the destination told
    again of the found load, in the `window` sentences after the find, is no delivery of its own."""
    def restated(r: Row) -> bool:
        n = index.get(r.sent.start, -99)
        return r.frame.rule.startswith("destination:") and r.recipient is not None and any(
            s.recipient is not None and s.recipient.actor.id == r.recipient.actor.id and
            0 < n - index.get(s.sent.start, -99) <= window and
            (r.item.head.lemma_.lower() in found_cargo.GENERAL or r.category == s.category) for s in found)
    if found:
        rows[:] = [r for r in rows if not restated(r)]
