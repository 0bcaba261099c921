"""Session 31 (chains): the end user of a seized load told in another sentence, through a part of an armed group.

1. A part of a group stands for the group ([actors] agent_nouns of cues.toml, [intended_holders] member_heads of
   words.toml): "the weapons were meant for a cell of the X Front", "bound for a module of X", "for a faction of
   X" give the seized load the group X for its recipient. A part of a body that names no group ("a faction of the
   ruling party", "a cell in the capital") gives none.
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
    "The consignment was destined for a faction of the Tarvo Liberation Front, the navy said.",
])
def test_group_part_is_the_group(later: str) -> None:
    rows = _rows(f"{SEIZED} {later}")
    assert any(rec and "Tarvo Liberation Front" in rec and stage == "intercepted" for _, rec, _, stage in rows), rows


@pytest.mark.parametrize("later", [
    "The rifles were bound for a faction of the ruling party, police said.",
    "The weapons were meant for a cell in the capital, police said.",
])
def test_part_of_no_group(later: str) -> None:
    rows = _rows(f"{SEIZED} {later}")
    assert not any(rec for _, rec, _, _ in rows), rows
