"""Counted items found in a held cargo whose route the document tells apart from them: "Coast guards boarded
the freighter. Its papers listed tractor parts loaded at the Ruritanian port of A for B, Freedonia's main harbour.
Under the tractors, officers found 300 crates holding 4,000 mortar bombs and 90 rocket launchers".

A sentence that tells no transfer of its own and whose verb of finding (`inventory_verbs` of [seizure]) takes
counted materiel as its object, or a container holding it ("found 300 crates holding X and Y"), lists a seized
load when a conveyance or container was seized, held or boarded in it or within `context_sentences` before it
(`holding_verbs`, the seizure verbs). Each counted item is an intercepted row whose recipient and supplier
are the document's route of that cargo: where a cargo, conveyance or container is "bound for" (the destination
words), the "for" place of its loading (`loading_verbs`, `laden_participles`) and the "at"/"in"/"from" place of
that loading or of the seized conveyance ("a container from X"). A place gives its state by name, by a
demonym ("the Ruritanian port of A"), or by a possessor in apposition ("B, Freedonia's main harbour"). With no
destination told, or more than one, the finding makes no row: a raid's haul in a house is no cargo. The destination
state's denial that it ordered or received goods, naming no supplier, is the cargo's, from its origin. With no route
told, items found hidden in the held load of a kind a trade told before them carried are that trade's."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction import load_contents, seized_lists
from materiel.extraction.cues import Reading
from materiel.extraction.discourse import Row
from materiel.extraction.frames import seizure
from materiel.extraction.frames.framebase import INTERCEPTOR, Frame
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

_DATA = lexicon.toml("predicates.toml")["seizure"]
INVENTORY_VERBS = frozenset(_DATA["inventory_verbs"])
CARGO_VERBS = frozenset(_DATA["cargo_verbs"])
LADEN = frozenset(_DATA["laden_participles"])
FACILITIES = frozenset(lexicon.toml("cues.toml")["actors"]["facility_nouns"])
SEIZE_VERBS = frozenset(lexicon.toml("predicates.toml")["classes"]["seize"]["verbs"])
CONFIDENCE = 0.55
DENIABLE = ("ordered", "delivered", "requested")
GENERAL = frozenset(_DATA["general_loads"])
ABANDONING = frozenset(_DATA["abandoning_verbs"])


def listing(v: Token, words: seizure.SeizureWords) -> bool:
    """A verb that lists a seized load: "found", "discovered"; "the containers held"; "abandoned"."""
    if seized_lists.listing(v):
        return True  # "the manifest showed 40 A", "It held 30 A"
    if v.pos_ != "VERB" or v.dep_ in ("relcl", "amod") or any(c.dep_ == "neg" for c in v.children):
        return False
    if v.dep_ == "acl" and not any(c.dep_ == "nsubj" for c in v.children):
        return False  # "rifles found in the hold": a participle on a noun; "a statement that X had carried" lists
    lemma = v.lemma_.lower()
    particles = [f"{lemma} {c.lower_}" for c in v.children if c.dep_ in ("prt", "advmod")]
    if lemma in INVENTORY_VERBS or not particles and lemma in ABANDONING or ABANDONING.intersection(particles):
        return True  # "found 18 rifles"; "fled, leaving behind 9 pistols"
    return lemma in CARGO_VERBS and any(c.dep_ == "nsubj" and c.lemma_.lower() in words.conveyances | words.containers
                                        for c in v.children)


@dataclass
class Route:
    origins: list[Resolved]
    goals: list[Resolved]


def _state(res: ActorResolver, tok: Token) -> Resolved | None:
    """The state a place token names: by name, by a demonym on it, by the possessor of its apposition."""
    named = [a for a in res.resolve_all(tok) if a.actor.kind == "state"]
    if named:
        return named[0]
    for c in tok.children:
        if c.dep_ == "amod":
            r = res._demonym_modifier(c)
            if r is not None:
                return r
        if c.dep_ == "appos":
            found = [a for p in c.children if p.dep_ == "poss" for a in res.resolve_all(p) if a.actor.kind == "state"]
            found += [a for a in res.resolve_all(c) if a.actor.kind == "state" and c.ent_type_ == "GPE"]
            if found:  # "A, Freedonia's main harbour", "A, Freedonia"
                return found[0]
    return None


def place_state(res: ActorResolver, tok: Token) -> Resolved | None:
    """A place phrase's state: "A, Freedonia's port", "the Ruritanian port of A" (the port's demonym first)."""
    if tok.lower_ in FACILITIES or tok.lemma_.lower() in FACILITIES:
        own = _state(res, tok)
        if own is not None:
            return own
        return next((s for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for q in p.children
                     if q.dep_ == "pobj" and (s := _state(res, q)) is not None), None)
    return _state(res, tok)


def prep_objects(t: Token, names: tuple[str, ...]) -> list[Token]:
    """The objects of t's prepositions in `names`, and of those hung on t's own place objects ("loaded at the
    port of A for B", the parser hanging "for B" on "port")."""
    direct = [q for p in t.children if p.dep_ == "prep" and p.lower_ in names for q in p.children if q.dep_ == "pobj"]
    under = [q for p in t.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
             for r in o.children if r.dep_ == "prep" and r.lower_ in names and r.lower_ != p.lower_
             for q in r.children if q.dep_ == "pobj"]
    return direct + under


def _cargo_word(t: Token, items: Any, words: seizure.SeizureWords) -> bool:
    lemma = t.lemma_.lower()
    return lemma in words.conveyances | words.containers or items.is_materiel(t)


def bound_cargo(t: Token, items: Any, words: seizure.SeizureWords) -> bool:
    """"ammunition bound for X", "a ship bound for X"; "the cargo was bound for X"."""
    if t.dep_ == "conj" and t.head.dep_ in ("amod", "acl", "relcl"):  # "crates, shipped by X and consigned to Y"
        t = t.head
    if t.dep_ in ("amod", "acl", "relcl"):  # "a freighter, which was heading for X"; "the trawler Y, bound for X"
        return _cargo_word(t.head, items, words) or _conveyance(t.head, words.conveyances | words.containers)
    return t.dep_ in ("ROOT", "conj", "ccomp") and any(
        c.dep_ in ("nsubj", "nsubjpass") and _cargo_word(c, items, words) for c in t.children)


def route(by_sentence: list[tuple[Any, list[Frame]]], res: ActorResolver, items: Any, words: seizure.SeizureWords,
          destination_words: set[str]) -> Route:
    """The places the document's cargo is bound for and was loaded at, as states."""
    out = Route([], [])
    for sent, _ in by_sentence:
        for t in sent:
            moving = t.lower_ in destination_words or t.tag_ == "VBG" and t.lemma_.lower() in words.route_verbs
            if moving and bound_cargo(t, items, words):
                out.goals += [a for q in prep_objects(t, ("for", "to")) for a in res.resolve_all(q)[:1] or
                              [s for s in [place_state(res, q)] if s is not None]]
            loading = t.pos_ == "VERB" and (t.lemma_.lower() in words.loading_verbs or t.lower_ in LADEN)
            if loading and t.dep_ in ("acl", "relcl", "ROOT", "conj") and not any(c.dep_ == "prep" and c.lower_ == "with"
                                                                                   for c in t.children):
                out.goals += [s for q in prep_objects(t, ("for",)) if (s := place_state(res, q)) is not None]
                out.origins += [s for q in prep_objects(t, ("at", "in", "from")) if (s := place_state(res, q)) is not None]
            if t.lemma_.lower() in words.conveyances | words.containers and t.dep_ in ("dobj", "nsubjpass"):
                out.origins += [s for q in prep_objects(t, ("from",))[:1] if (s := place_state(res, q)) is not None]
    return out


def _one(found: list[Resolved]) -> Resolved | None:
    keys = {a.actor.country or a.actor.id for a in found}
    return found[0] if len(keys) == 1 else None


def _conveyance(n: Token, taken: frozenset[str]) -> bool:
    """"the freighter", "the trawler X" (a ship named after its kind)."""
    return any(x.lemma_.lower() in taken or x.lower_ in taken for x in (n, *(c for c in n.children if c.dep_ in (
        "compound", "appos") and c.i < n.i)))


def _held_at(sent: Any, words: seizure.SeizureWords) -> list[Token]:
    """The verbs of a sentence that seize, hold or board a conveyance or container."""
    held = [t for t in sent if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in words.holding_verbs | SEIZE_VERBS]
    taken = words.conveyances | words.containers
    return [v for v in held if any(c.dep_ in ("dobj", "obj", "nsubjpass") and _conveyance(c, taken) for c in v.children)
            or (v.dep_ in ("acl", "amod") and v.head.lemma_.lower() in taken)]


def counted_items(v: Token, items: Any, words: seizure.SeizureWords) -> list[Any]:
    """The counted items a verb of finding takes: its objects, or what the containers it finds hold."""
    objects = [o for o in v.children if o.dep_ in ("dobj", "obj")]
    found = []
    for o in objects:
        if o.lemma_.lower() in words.containers | words.conveyances:
            found += [m for a in o.children if a.dep_ in ("acl", "relcl") and a.lemma_.lower() in CARGO_VERBS
                      for x in a.children if x.dep_ in ("dobj", "obj") for m in _all(x, items)]
        else:
            found += _all(o, items)
    seen: set[int] = set()
    out = []
    held = v.lemma_.lower() in CARGO_VERBS  # "the crates contained radios and antennae": what was in them, counted or not
    for m in found:
        if (m.quantity is not None or held and m.head.lemma_.lower() not in GENERAL) and m.head.i not in seen:
            seen.add(m.head.i)
            out.append(m)
    return out


def _all(x: Token, items: Any) -> list[Any]:
    """The items of a listed phrase and of those joined to its "of" object ("900 rounds of X, 40 A and 8 B")."""
    out = list(items.items(x))
    out += [m for p in x.children if p.dep_ == "prep" and p.lower_ == "of" for q in p.children if q.dep_ == "pobj"
            for m in items.items(q)]
    return out


def discovered(rows: list[Row], told: set[int], by_sentence: list[tuple[Any, list[Frame]]], items: Any,
               words: seizure.SeizureWords, res: ActorResolver, destination_words: set[str]) -> list[Row]:
    """Rows for the counted items found in a seized cargo, in the sentences `told` gives no row; the items
    found hidden in it (frames/found.py) with no party take the cargo's route too."""
    held = {n: hs for n, (sent, _) in enumerate(by_sentence) if (hs := _held_at(sent, words))}
    if not held:
        return []
    way = route(by_sentence, res, items, words, destination_words)
    goal, origin = _one(way.goals), _one(way.origins)
    index = {sent.start: n for n, (sent, _) in enumerate(by_sentence)}
    found = [r for r in rows if r.frame.rule.startswith("found_hidden") and r.supplier is None and r.recipient is None
             and r.item.quantity is not None and any(0 <= index.get(r.sent.start, -99) - k <= words.context_sentences
                                                     for k in held)]
    if goal is None:
        same_kind(rows, found)
        return []
    supplier = origin if origin is not None and origin.actor.id != goal.actor.id else None
    for r in found:
        r.supplier, r.recipient, r.inherited = supplier, goal, True
        r.frame.add("recipient", [goal])  # the cargo's told destination: a seizure kept with no supplier named
    if supplier is not None:
        denied_origin(rows, goal, supplier)
    out: list[Row] = []
    for n, (sent, _) in enumerate(by_sentence):
        near = [k for k in held if 0 <= n - k <= words.context_sentences]
        if n in told or not near:
            continue
        for v in (v for v in sent if listing(v, words) or load_contents.content_listing(v)):
            counted = counted_items(v, items, words) if listing(v, words) else \
                [m for m in load_contents.listed_contents(v, items)  # "Hidden under X were A", "the crates contained A"
                 if m.quantity is not None or m.head.lemma_.lower() not in GENERAL]
            for m in counted:
                f = Frame(v, "seize", seizure.STAGE, rule=f"found_cargo:{v.lemma_.lower()}", confidence=CONFIDENCE)
                f.items = [m]
                f.roles.setdefault(INTERCEPTOR, [])
                f.add(INTERCEPTOR, _seizers(held[near[-1]], res))
                f.add("recipient", [goal])  # the route's destination: a seizure by an unnamed seizer is kept
                out.append(Row(f, Reading(), m, supplier, goal, None, sent, inherited=True,
                               designation=m.designation, category=m.category))
    return out


def same_kind(rows: list[Row], found: list[Row]) -> None:
    """"X sold 70 night sights to Y. ... inspectors halted a lorry and counted 15 night sights": items found in a
    held load with no route told, of the kind a trade told before them carried, are that trade's."""
    for r in found:
        told = [e for e in rows if e.sent.start < r.sent.start and e.frame.stage in ("delivered", "ordered") and
                e.supplier is not None and e.recipient is not None and e.category == r.category and
                e.item.head.lemma_.lower() == r.item.head.lemma_.lower()]
        if told:
            r.supplier, r.recipient, r.inherited = told[-1].supplier, told[-1].recipient, True


def denied_origin(rows: list[Row], goal: Resolved, origin: Resolved) -> None:
    """"Y never placed an order for nor awaited any such cargo": the held cargo's destination denying an
    order or a receipt with no supplier named denies the cargo, from its origin."""
    for r in rows:
        if r.supplier is None and r.recipient is not None and r.recipient.actor.country == goal.actor.country and \
                r.frame.stage in DENIABLE and r.reading.factuality in ("negated", "denied"):
            r.supplier, r.inherited = origin, True


def _seizers(verbs: list[Token], res: ActorResolver) -> list[Resolved]:
    subjects = [c for v in verbs for c in v.children if c.dep_ == "nsubj"]
    return [a for s in subjects for a in res.resolve_all(s)]


def _origin_told(v: Token, res: ActorResolver) -> Resolved | None:
    """"the carbines seem to stem from Ruritanian army depots", "originated in X": the state of the phrase."""
    for p in (p for p in v.children if p.dep_ == "prep" and p.lower_ in ("from", "in")):
        for q in (q for q in p.children if q.dep_ == "pobj"):
            found = [a for a in res.resolve_all(q) if a.actor.kind == "state"]
            found += [r for c in q.children if c.dep_ in ("amod", "compound") and (r := res._demonym_modifier(c))]
            if found:
                return found[0]
    return None


def told_origins(rows: list[Row], by_sentence: list[tuple[Any, list[Frame]]], res: ActorResolver,
                 words: seizure.SeizureWords) -> None:
    """Seized items named again by a definite noun whose origin a later sentence tells ("the carbines seem to
    originate in Ruritanian army depots"): that state supplies the seized rows of that kind (of any kind, for a
    general noun: "the weapons") that have no supplier."""
    index = {sent.start: n for n, (sent, _) in enumerate(by_sentence)}
    for n, (sent, _) in enumerate(by_sentence):
        for v in (v for v in sent if v.lemma_.lower() in words.origin_verbs and v.pos_ == "VERB"):
            host = v.head if v.dep_ == "xcomp" else v
            subject = next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in subject.children):
                continue
            state = _origin_told(v, res)
            if state is None:
                continue
            lemma = subject.lemma_.lower()
            for r in rows:
                if r.frame.stage == seizure.STAGE and r.supplier is None and r.recipient is not None and \
                        index.get(r.sent.start, n) < n and \
                        (r.item.head.lemma_.lower() == lemma or lemma in GENERAL) and \
                        r.recipient.actor.country != state.actor.country:
                    r.supplier, r.inherited = state, True
