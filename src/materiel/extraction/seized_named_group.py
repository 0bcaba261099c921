"""The parties of a seized load told by a description, not a name.

A seizure story often names the armed group once ("the Tarvo Liberation Front (TLF), which has fought the army
since 1990") and then sends each seized load to a description of it: "bound for the rebels", "destined for
terrorist groups in the hills", "for Velmar separatists" (a region's name before the group noun). A seized row
whose recipient is such a description (a head of [seized_named_group] `generic_heads`, or a name compounded with
one) goes to the one armed group the document names: the only one, or the one it names most often by far.

A seized row takes no supplier from the transfers told in the sentences before it: the state a load passed
through or an earlier convoy came from is not its supplier unless its own sentence, or a sentence of loading or
making after it (cargo_origins.py), says so."""
from __future__ import annotations

from collections import Counter
from typing import Any

from spacy.tokens import Doc, Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.found_cargo import route
from materiel.extraction.frames import seizure
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.earlier_groups import hired
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.record.models import Actor

GENERIC = lexicon.word_set("seized_named_group", "generic_heads")
NAME_HEADS = lexicon.word_set("seized_named_group", "name_heads")
ROUTE_WINDOW = 4  # sentences either side of a seized row in which its load's route is told
MARGIN = 2  # the most-named group must be named at least this many times as often as the next


def _generic(tok: Token) -> bool:
    """"the rebels", "terrorist groups", "Velmar separatists": a group noun, or a name on one."""
    if tok.lemma_.lower() in GENERIC or tok.lower_ in GENERIC:
        return tok.pos_ != "PROPN" or tok.is_lower
    h = tok.head
    return tok.dep_ in ("compound", "amod") and h.i != tok.i and (h.lower_ in GENERIC or h.lemma_.lower() in GENERIC)


def _named_group(a: Actor) -> bool:
    """An armed group told by a name of its own (not "the rebel group")."""
    words = a.name.split()
    proper = any(w[:1].isupper() for w in words)
    return proper and (a.kind == "armed_group" or a.kind == "other" and not a.country and
                       bool(NAME_HEADS & {w.lower() for w in words}))


def _groups(doc: Doc, res: ActorResolver) -> Counter[str]:
    """How often the document names each armed group (a name of several words once), not where it is named as
    a hired force."""
    counts: Counter[str] = Counter()
    last = (-2, "")
    for t in doc:
        r = res.resolve(t) if t.pos_ == "PROPN" and not hired(t) else None
        if r is not None and _named_group(r.actor):
            if last != (t.i - 1, r.actor.id):
                counts[r.actor.id] += 1
            last = (t.i, r.actor.id)
    return counts


def _the_group(doc: Doc, res: ActorResolver) -> Resolved | None:
    counts = _groups(doc, res).most_common(2)
    if not counts or len(counts) == 2 and counts[0][1] < MARGIN * counts[1][1]:
        return None
    for t in doc:
        if t.pos_ == "PROPN" and (r := res.resolve(t)) is not None and r.actor.id == counts[0][0]:
            return r
    return None


def name_groups(rows: list[Row], doc: Doc, res: ActorResolver) -> None:
    """Seized rows sent to a description of a group take the group the document names (rows changed in place)."""
    pending = [r for r in rows if r.frame.stage == seizure.STAGE and r.recipient is not None and
               not _named_group(r.recipient.actor) and _generic(r.recipient.token)]
    if not pending:
        return
    group = _the_group(doc, res)
    if group is None:
        return
    for r in pending:
        told = r.recipient.token if r.recipient is not None else group.token
        r.recipient = Resolved(group.actor, group.confidence, told)


def no_context_supplier(rows: list[Row]) -> None:
    """A seized row's supplier taken from the transfers told before, not its own frame, is dropped."""
    for r in rows:
        if r.frame.stage != seizure.STAGE or r.supplier is None or not r.inherited:
            continue
        own = {a.actor.id for a in r.frame.roles.get("supplier", [])}
        if r.supplier.actor.id not in own and r.supplier.actor.kind == "state":
            r.supplier = None


def _one(found: list[Resolved]) -> Resolved | None:
    return found[0] if len({a.actor.country or a.actor.id for a in found}) == 1 else None


def route_origin(rows: list[Row], by_sentence: list[tuple[Any, list[Frame]]], items: Any, words: seizure.SeizureWords,
                 res: ActorResolver, destination_words: set[str]) -> None:
    """"seized a dhow carrying 300 rifles that had been loaded in the X-ian port of A": the one place of loading the
    document tells, near the seized row (within ROUTE_WINDOW sentences), supplies the seized rows with no supplier
    (not their own recipient's state); not one told in a sentence whose own seized row has a supplier of its own
    (another shipment: "a parcel sent from X"), nor one told far from the seizure (another convoy's route)."""
    pending = [r for r in rows if r.frame.stage == seizure.STAGE and r.supplier is None]
    if not pending:
        return
    own = {r.sent.start for r in rows if r.frame.stage == seizure.STAGE and r.supplier is not None and
           any(a.actor.id == r.supplier.actor.id for a in r.frame.roles.get("supplier", []))}
    others = [(s, fs) for s, fs in by_sentence if s.start not in own]  # "a parcel sent from X": another shipment's
    origin = _one(route(others, res, items, words, destination_words).origins)
    if origin is None:
        return
    index = {s.start: n for n, (s, _) in enumerate(by_sentence)}
    for r in pending:
        at = index.get(r.sent.start, -99)
        near = [(s, fs) for s, fs in others if abs(index[s.start] - at) <= ROUTE_WINDOW]
        if not route(near, res, items, words, destination_words).origins:
            continue
        if r.recipient is None or r.recipient.actor.country != origin.actor.country:
            r.supplier, r.inherited = origin, True
