"""The inventory of a seized shipment, told after the seizure: "Malta held a freighter carrying explosives bound
for X. ... Inspectors searched the hold and counted 900 grenades and 40 rocket launchers", "Once agents had
opened the crate, they found six carbines and 3,000 cartridges". A sentence that
tells no transfer of its own, within `context_sentences` of a seized shipment's row, whose verb of finding
(`inventory_verbs`) takes materiel as its object, or whose conveyance or container holds it ("several
containers also held boxes of rifle rounds", `cargo_verbs` with a conveyance subject), lists what was
seized: one intercepted row per item, with the parties and the seizer of that shipment; but when the sentence
gives the found items a destination of their own ("found 12 pistols that police said were bound for X"), that
destination is their recipient and the earlier shipment's supplier is not theirs."""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import Any

from materiel import lexicon
from materiel.extraction import (
    cargo_denials,
    cargo_origins,
    colon_cargo,
    found_cargo,
    inventory_lists,
    listed_loads,
    load_contents,
    routed_finds,
    seized_imports,
    seized_lists,
    seized_named_group,
    seized_origins,
    shipped_finds,
)
from materiel.extraction.discourse import Row
from materiel.extraction.frames import bound, seized_context, seizure
from materiel.extraction.frames.framebase import INTERCEPTOR, Frame

_DATA = lexicon.toml("predicates.toml")["seizure"]
GENERAL_LOADS = frozenset(_DATA["general_loads"])
CONFIDENCE = 0.6
WINDOW = int(_DATA["inventory_sentences"])


def _source(rows: list[Row], at: int, index: dict[int, int], words: seizure.SeizureWords) -> Row | None:
    """The last seized shipment's row with a recipient told within the sentences before `at`."""
    near = [r for r in rows if r.frame.stage == seizure.STAGE and r.recipient is not None and
            0 < at - index.get(r.sent.start, -99) <= WINDOW]
    return near[-1] if near else None


def _own_destination(row: Row, listed: list[Any], res: Any, destination_words: set[str]) -> Row:
    """The found items' own destination ("... that were bound for X", on any item of the list) as the row's
    recipient, without the parties of the shipment seized before."""
    f = row.frame
    if res is None:
        return row
    f.items = listed
    places = bound.destination_places(f, destination_words)
    f.items = [row.item]
    found = [a for q in places for a in res.resolve_all(q)]
    if not found:
        return row
    f.roles["recipient"], f.roles["supplier"], f.roles["intermediary"] = found[:1], [], []
    return replace(row, recipient=found[0], supplier=None, intermediary=None)


def inventories(rows: list[Row], by_sentence: list[tuple[Any, list[Frame]]], items: Any,
                words: seizure.SeizureWords, res: Any = None, destination_words: Collection[str] = ()) -> list[Row]:
    """Rows for the items a sentence lists as found in a shipment seized just before."""
    index = {sent.start: n for n, (sent, _) in enumerate(by_sentence)}
    _found_hidden(rows, index, words)
    restated = [r for r in rows if load_contents.names_load(r.frame.trigger)]  # "the cargo consisted of X" itself
    told = {index.get(r.sent.start) for r in rows if all(r is not x for x in restated)}
    out: list[Row] = []
    for n, (sent, _) in enumerate(by_sentence):
        if n in told:
            continue
        src = _source(rows, n, index, words) or seized_lists.part_source(
            rows, [sent, *(by_sentence[n - 1][:1] if n else [])], n, index, WINDOW,
            words.containers | words.conveyances)  # "One of the crates was seized: it held 26 A"
        if src is None:
            continue
        general = GENERAL_LOADS | words.containers
        for v in (v for v in sent if found_cargo.listing(v, words) or load_contents.content_listing(v) or
                  inventory_lists.among(v, general)):
            found = _listed(v, items) if found_cargo.listing(v, words) else load_contents.listed_contents(v, items) \
                if load_contents.content_listing(v) else inventory_lists.among_items(v, general, items)
            found = [m for m in inventory_lists.widened(v, found, items, words.containers) if inventory_lists.load_item(m, words.conveyances)
                     and not inventory_lists.bare_load(m, GENERAL_LOADS)]  # "we found weapons": the load again
            for m in found:
                f = Frame(v, src.frame.cls, seizure.STAGE, rule=f"inventory:{v.lemma_.lower()}", confidence=CONFIDENCE)
                f.roles = {k: list(v) for k, v in src.frame.roles.items()}  # the seizer, the shipment's parties
                f.governor, f.items = src.frame.trigger, [m]
                out.append(_own_destination(replace(src, frame=f, item=m, sent=sent, inherited=True,
                                                    designation=m.designation, category=m.category),
                                            found, res, set(destination_words)))
    listed = {r.sent.start for r in out}
    rows[:] = [r for r in rows if not (r.sent.start in listed and any(r is x for x in restated))]
    return out


def _listed(v: Any, items: Any) -> list[Any]:
    """The items a verb of finding takes, with the counted materiel conjuncts the parser hung on a phrase of
    its object ("held 60 A, with a reach of 90 km, as well as 250 B of 81 mm and 9,000 C")."""
    direct = [o for o in v.children if o.dep_ in ("dobj", "obj")]
    objects = direct or _apposed_list(v, items)
    found = [m for o in objects for m in items.items(o)]
    if objects:
        first = objects[0].i
        found += [m for t in v.subtree if t.i > first and t.dep_ == "conj" and items.is_materiel(t) and
                  any(c.dep_ == "nummod" for c in t.children) for m in items.items(t)]
    found = [m for m in found if direct or m.head.dep_ != "nsubjpass"]  # the listed items, not "the weapons"
    return [m for i, m in enumerate(found) if all(m.head.i != o.head.i for o in found[:i])]


def _apposed_list(v: Any, items: Any) -> list[Any]:
    """"The weapons, 30 A and 10 B, with 900 C, were found in a crate": the counted materiel a passive verb's
    general load subject (`general_loads`, no one's) lists in apposition, and the counted materiel of its "with"
    phrase."""
    if any(c.dep_ in ("xcomp", "oprd", "acomp") for c in v.children):
        return []  # "were found to be rusty": a finding about them, not of them
    subjects = [s for s in v.children if s.dep_ == "nsubjpass" and (s.lower_ in GENERAL_LOADS or s.lemma_.lower() in
                GENERAL_LOADS) and not any(c.dep_ in ("nummod", "poss") or c.lower_ == "of" for c in s.children)]
    listed = [a for s in subjects for a in s.children if items.is_materiel(a) and (a.dep_ == "appos" or (
        a.dep_ == "conj" and any(c.dep_ == "nummod" for c in a.children)))]  # "The weapons, 30 A and 10 B, were"
    if not listed:
        return []
    return listed + [q for s in subjects for p in s.children if p.dep_ == "prep" and p.lower_ == "with"
                     for q in p.children if q.dep_ == "pobj" and items.is_materiel(q) and
                     any(c.dep_ == "nummod" for c in q.children)]


def _found_hidden(rows: list[Row], index: dict[int, int], words: seizure.SeizureWords) -> None:
    """"Boarding teams found 2,100 rifles concealed under sacks of flour" just after a seized shipment's row: the
    items found hidden (frames/found.py), with no party of their own, are that shipment's load."""
    for r in rows:
        if not r.frame.rule.startswith("found_hidden") or r.recipient is not None or r.supplier is not None:
            continue
        src = _source(rows, index.get(r.sent.start, -99), index, words)
        if src is None or src.frame.rule.startswith("found_hidden"):
            continue
        r.recipient, r.supplier, r.inherited = src.recipient, src.supplier, True
        if src.recipient is not None and src.frame.roles.get("recipient") and src.supplier is None and \
                not r.frame.roles.get("recipient"):
            r.frame.add("recipient", [src.recipient])  # the seized load's own destination: kept with no supplier
        r.frame.roles.setdefault(INTERCEPTOR, [])
        r.frame.add(INTERCEPTOR, seizure.seizers(src.frame))


def seized_in_context(rows: list[Row], by_sentence: list[tuple[Any, list[Frame]]], items: Any,
                      words: seizure.SeizureWords, res: Any = None, destination_words: Collection[str] = ()) -> None:
    """Shipments named again after a seizure (`seized_context.in_context`), then the inventories of seized ones."""
    listed_loads.give_destinations(rows, by_sentence, words)  # "the cargo included A, B. ... the weapons were for Y"
    seized_context.in_context(rows, by_sentence, words)
    seized_named_group.no_context_supplier(rows)  # an earlier convoy's origin is no supplier of this load
    if res is not None:  # "intercepted a trawler bound for Y: it carried 90 rifles"
        colon_cargo.bound_conveyance(rows, res, words, frozenset(destination_words))
        colon_cargo.pronoun_destination(rows, res, frozenset(destination_words))  # "... They were intended for Y"
    listed = inventories(rows, by_sentence, items, words, res, destination_words)
    listed += routed_finds.finds(rows, by_sentence, items, words, listed)  # "a plane flying from X to Y ... found 40 A"
    if res is not None:  # "found 300 crates holding A and B" in a cargo whose route the document tells elsewhere
        index = {sent.start: n for n, (sent, _) in enumerate(by_sentence)}
        told = {n for r in rows + listed if (n := index.get(r.sent.start)) is not None}
        listed += found_cargo.discovered(rows, told, by_sentence, items, words, res, set(destination_words))
        told = {n for r in rows + listed if (n := index.get(r.sent.start)) is not None and not shipped_finds.bare(r)}
        shipped = shipped_finds.finds(told, by_sentence, items, words, res, set(destination_words))
        rows[:] = [r for r in rows if not shipped_finds.bare(r) or all(r.sent.start != s.sent.start for s in shipped)]
        shipped_finds.drop_restated(rows, shipped, index, words.context_sentences)  # "The guns were meant for Y"
        listed += shipped
    sources = {r.frame.governor.i for r in listed if r.frame.governor is not None}
    counted = {(r.frame.governor.i, r.item.head.lemma_.lower()) for r in listed
               if r.frame.governor is not None and r.item.quantity is not None}
    totals = _listed_totals(listed)
    rows[:] = [r for r in rows if not _general_source(r, sources, rows) and not _counted_later(r, counted)
               and not _summed_later(r, totals)] + listed
    seized_lists.drop_general_beside_list(rows, seizure.STAGE)  # "seizes ship carrying arms" before the inventory
    if res is not None:  # "the carbines seem to originate in X's depots"
        found_cargo.told_origins(rows, by_sentence, res, words)
        seized_named_group.route_origin(rows, by_sentence, items, words, res, set(destination_words))
        cargo_origins.fill(rows, by_sentence, res, items, words)  # "the load was put aboard in the X-ian port of A"
        cargo_denials.denials(rows, by_sentence, items, res)  # "No weapons were on board," X's ministry said
        seized_origins.drop_origin_rows(rows, by_sentence, words)  # "the arms had come from X": the seized load's
        seized_origins.drop_load_rows(rows, by_sentence, words)  # "the consignment was sent from X": the load again
        seized_origins.drop_told_again(rows, by_sentence, words)  # "police believe the guns were meant for Y"
        seized_named_group.name_groups(rows, res.doc, res)  # "bound for the rebels": the one group named
    denied_cargo(rows)
    if res is not None:  # "Ruritanian customs seized 800 shotguns shipped from X": coming into Ruritania
        seized_imports.import_recipients(rows, res)


def denied_cargo(rows: list[Row]) -> None:
    """"Y's spokesman said Y had not sent any weapons" after a seizure of Y's load for Z: a denied delivery by the
    seized load's supplier, whose recipient the frame does not tell, denies sending it to Z."""
    for r in rows:
        if r.frame.stage != "delivered" or r.reading.factuality not in ("negated", "denied") or \
                r.supplier is None or r.frame.roles.get("recipient") or not (r.recipient is None or r.inherited):
            continue
        seized = [e for e in rows if e.frame.stage == seizure.STAGE and e.recipient is not None and
                  e.supplier is not None and e.supplier.actor.id == r.supplier.actor.id and e.sent.start < r.sent.start]
        if seized:
            r.recipient = max(seized, key=lambda e: e.sent.start).recipient


def _counted_later(r: Row, counted: set[tuple[int, str]]) -> bool:
    """"seized a freighter carrying rockets. ... the hold contained 40 rockets": the uncounted seized item that the
    inventory of the same seizure counts."""
    return r.frame.stage == seizure.STAGE and r.item.quantity is None and \
        (r.frame.trigger.i, r.item.head.lemma_.lower()) in counted


def _listed_totals(listed: list[Row]) -> dict[tuple[str, str], float]:
    """The summed counts of the inventory rows of each recipient, by item category."""
    out: dict[tuple[str, str], float] = {}
    for r in listed:
        if r.recipient is not None and r.item.quantity is not None:
            key = (r.recipient.actor.id, r.category or r.item.category)
            out[key] = out.get(key, 0) + r.item.quantity
    return out


def _summed_later(r: Row, totals: dict[tuple[str, str], float]) -> bool:
    """"seized 57 rifles. ... The weapons, 45 A rifles and 12 B rifles, were found": the seized total for the same
    recipient that the inventory splits into its parts, counted in full."""
    return r.frame.stage == seizure.STAGE and r.item.quantity is not None and not r.designation and \
        r.recipient is not None and totals.get((r.recipient.actor.id, r.category or r.item.category)) == r.item.quantity


def _general_source(r: Row, sources: set[int], rows: list[Row]) -> bool:
    """A seized load told only by a general noun ("a consignment of firearms", not "weapons, ammunition and
    explosives") whose items a later sentence lists."""
    return r.frame.stage == seizure.STAGE and r.frame.trigger.i in sources and not r.designation and \
        (r.item.head.lower_ in GENERAL_LOADS or r.item.head.lemma_.lower() in GENERAL_LOADS) and \
        all(o.item.head.i == r.item.head.i for o in rows if o.frame.trigger.i == r.frame.trigger.i)
