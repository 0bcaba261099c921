"""Items found aboard a conveyance whose route was told before, with no load of its own: "Authorities ordered a
cargo plane flying from X to Y to land. Inspectors found 40 rifles and 900 mortar rounds. Z seized the items",
"Police stopped a lorry travelling from X to Y. They found 30 pistols". A verb of travel on a conveyance
(`held.conveyance`: "a plane flying from X to Y", "a truck travelling from X to Y") with a supplier and a recipient
carries no item but the conveyance; a sentence within `inventory_sentences` after it whose verb of finding
(found_cargo.listing) takes counted materiel, and that tells no transfer of its own, lists that conveyance's load
when it was seized: held (its frame's stage intercepted) or taken in a seizure of the found goods told in the
finding sentence or the two after it ("Z seized the items", "the weapons were confiscated"). Each found item is an
intercepted row with the route's parties; the conveyance's own row is dropped (it is no item)."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction import found_cargo, inventory_lists
from materiel.extraction.cues import Reading
from materiel.extraction.discourse import Row
from materiel.extraction.frames import held, seizure
from materiel.extraction.frames.framebase import INTERCEPTOR, Frame
from materiel.extraction.frames.seized_goods import reported

_DATA = lexicon.toml("predicates.toml")["seizure"]
WINDOW = int(_DATA["inventory_sentences"])
GENERAL = frozenset(_DATA["general_loads"]) | frozenset({"item", "items", "goods", "materiel", "cargo", "consignment"})
AFTER = 2  # sentences after the finding in which the seizure of the found goods may be told
CONFIDENCE = 0.6


def _route(frames: list[Frame], words: seizure.SeizureWords) -> Frame | None:
    """The last frame of travel on a conveyance with both parties and no item but the conveyance."""
    found = [f for f in frames if f.cls in words.shipment_classes and f.trigger.pos_ in ("VERB", "AUX") and
             f.roles["supplier"] and f.roles["recipient"] and held.conveyance(f.trigger, words) is not None and
             all(held.vehicle(m.head, words) for m in f.items)]
    return found[-1] if found else None


def _seized_goods(f: Frame, words: seizure.SeizureWords) -> bool:
    """A seizure whose object is the found goods named again: "seized the items", "the weapons were confiscated",
    "seized them"."""
    t = f.trigger
    return f.cls in words.seize_classes and reported(f) and t.pos_ in ("VERB", "AUX") and any(
        o.dep_ in ("dobj", "obj", "nsubjpass") and (o.pos_ == "PRON" or (o.lemma_.lower() in GENERAL or o.lower_ in GENERAL)
                                                    and any(c.dep_ in ("det", "poss") for c in o.children))
        for o in t.children)


def _found(v: Token, items: Any, words: seizure.SeizureWords) -> list[Any]:
    """The counted materiel a verb of finding takes."""
    objects = [o for o in v.children if o.dep_ in ("dobj", "obj")]
    found = [m for o in objects for m in items.items(o)]
    found = inventory_lists.widened(v, found, items, words.containers)
    return [m for m in found if m.quantity is not None and inventory_lists.load_item(m, words.conveyances)]


def finds(rows: list[Row], by_sentence: list[tuple[Any, list[Frame]]], items: Any,
          words: seizure.SeizureWords, listed: list[Row]) -> list[Row]:
    """Rows for the items found aboard a seized conveyance whose route was told before (see the module); the rows
    of the conveyance's travel leave `rows`; `listed`, inventory rows already made, count as told."""
    index = {sent.start: n for n, (sent, _) in enumerate(by_sentence)}
    told = {index.get(r.sent.start) for r in rows + listed}
    out: list[Row] = []
    used: set[int] = set()
    for n, (sent, _) in enumerate(by_sentence):
        if n in told:
            continue
        listing = [v for v in sent if found_cargo.listing(v, words)]
        found = [m for v in listing for m in _found(v, items, words)]
        if not found:
            continue
        route = next((f for k in range(n - 1, max(-1, n - WINDOW - 1), -1)
                      if (f := _route(by_sentence[k][1], words)) is not None), None)
        if route is None:
            continue
        taken = [f for k in range(n, min(len(by_sentence), n + AFTER + 1)) for f in by_sentence[k][1]
                 if _seized_goods(f, words)]
        if route.stage != seizure.STAGE and not taken:
            continue
        by = taken[0] if taken else None
        for m in found:
            f = Frame(m.head.head if m.head.head.pos_ == "VERB" else listing[0], route.cls, seizure.STAGE,
                      rule="inventory:routed", confidence=CONFIDENCE)
            f.roles = {k: list(v) for k, v in route.roles.items()}
            f.governor, f.items = route.trigger, [m]
            if by is not None:
                f.roles.setdefault(INTERCEPTOR, [])
                f.add(INTERCEPTOR, seizure.seizers(by))
            seizure.not_a_party(f)
            sup, rec = f.roles["supplier"], f.roles["recipient"]
            if not rec:
                continue
            out.append(Row(f, Reading(), m, sup[0] if sup else None, rec[0], None, sent, inherited=True,
                           designation=m.designation, category=m.category))
        used.add(route.trigger.i)
    if used:
        rows[:] = [r for r in rows if r.frame.trigger.i not in used]
    return out
