"""Session 31 (chains): the end user of a seized load told in another sentence, through a part of an armed group.

1. A part of a group stands for the group ([actors] agent_nouns of cues.toml, [intended_holders] member_heads of
   words.toml): "the weapons were meant for a cell of the X Front", "bound for a module of X", "for cells of X"
   give the seized load the group X for its recipient. A part of a body that names no group ("a faction of the
   ruling party", "a cell in the capital") gives none; "faction" is left out ("to any faction in Mali" is no
   group of Mali).
2. A finding whose place of concealment is set off between the verb and what was found
   (frames/interposed_finds.py): "they found, beneath the onions, 14 rifles", "found, behind a false panel, 30
   pistols" is a seizure, whose recipient a later sentence gives ("The consignment was bound for X"). A finding of no
   load told on its way, or of no materiel, gives no row.
3. A route told through the means of carriage and a second leg (extraction/means_routes.py, frames/seized_route.py):
   "the rifles were to be taken by road to X, where they were meant for Y", "were to be handed over offshore and
   then moved to X, where ...": the "to" phrase the parser hangs on the bare means noun ("by road") is the verb's,
   and a passive of sending joined to another passive of sending sends the load on. Y is the recipient. A means
   noun with a determiner ("by the road to X") and a passive joined to no verb of sending ("were arrested and taken
   to X") give no destination.
"""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor

SEIZED = "Coastguards seized a trawler carrying eight AK-47 rifles off the coast of Dorvia on Monday, officials said."


def _rows(text: str) -> list[tuple[str | None, str | None, str, str]]:
    out = get_extractor().extract_text(text).transfers
    return [(r.supplier.name if r.supplier else None, r.recipient.name if r.recipient else None,
             r.item.text, r.stage) for r in out]


@pytest.mark.parametrize("later", [
    "The rifles were meant for a cell of the banned Tarvo Liberation Front, police said.",
    "According to investigators, the weapons were bound for a module of the Tarvo Liberation Front.",
    "The consignment was destined for cells of the Tarvo Liberation Front, the navy said.",
])
def test_group_part_is_the_group(later: str) -> None:
    rows = _rows(f"{SEIZED} {later}")
    assert any(rec and "Tarvo Liberation Front" in rec and stage == "intercepted" for _, rec, _, stage in rows), rows


@pytest.mark.parametrize("later", [
    "The load was bound for a small faction of the ruling party, police said.",
    "The weapons were meant for a cell in the capital, police said.",
])
def test_part_of_no_group(later: str) -> None:
    rows = _rows(f"{SEIZED} {later}")
    assert not any(rec for _, rec, _, _ in rows), rows


LATER = "The consignment had crossed the frontier late that night and was bound for the Tarvo Liberation Front, the army said."


@pytest.mark.parametrize("found", [
    "When soldiers searched them at a checkpoint, they found, beneath the onions, 14 rifles and two rocket launchers.",
    "Customs officers found, under a layer of frozen fish, 30 pistols and 2,000 rounds of ammunition.",
    "Police found, behind a false panel in the van, 30 pistols.",
    "Guards discovered, underneath a load of timber, 12 machine guns.",
])
def test_concealed_find_is_seized(found: str) -> None:
    rows = _rows(f"{found} {LATER}")
    assert rows and all(stage == "intercepted" and rec and "Tarvo" in rec for _, rec, _, stage in rows), rows


@pytest.mark.parametrize("text", [
    "Police found, beneath the floor of a house, 30 pistols.",
    "When soldiers searched the house, they found, in the kitchen, 14 rifles. The rifles belonged to a hunting club.",
    f"Inspectors found, beneath the surface, serious flaws in the design. {LATER}",
])
def test_find_without_load_on_its_way(text: str) -> None:
    assert not _rows(text)


@pytest.mark.parametrize("later", [
    "The rifles were to be taken by road to Korland, where the guns were meant for a cell of the Tarvo Liberation Front.",
    "Police said the rifles were to be sent by sea to Korland, where they would be handed to the Tarvo Liberation Front.",
    "The rifles were to be handed over offshore to a fishing boat and then moved by road to Korland, where the guns"
    " were intended for the Tarvo Liberation Front.",
])
def test_route_by_means(later: str) -> None:
    rows = _rows(f"{SEIZED} {later}")
    assert any(rec and "Tarvo Liberation Front" in rec and stage == "intercepted" for _, rec, _, stage in rows), rows


@pytest.mark.parametrize("later", [
    "Its crew were arrested and taken to Korland, where they were questioned by the Tarvo Liberation Front.",
    "The crew walked by the road to Korland, where they met members of the Tarvo Liberation Front.",
])
def test_no_route_by_means(later: str) -> None:
    rows = _rows(f"{SEIZED} {later}")
    assert not any(rec and "Tarvo" in rec for _, rec, _, _ in rows), rows
