"""The maker, the seller and the holder (session 28b, helper hT):

- a holder described by its kit is no transfer: a verb of equipping as a participle on a formation or a named
  state ("Velorian troops, equipped with X-made rifles, patrolled"), or as a present-tense passive of one ("the
  brigade is equipped with Z howitzers"), with no agent (`frames/kit_holders.holder_kit`, words.toml [equipped]);
  an agent ("equipped by X with") or an active verb still gives the transfer.

Sentences written for these tests (invented models; not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, object]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text(text).transfers]


HOLDERS = [
    "Ghanaian troops, equipped with Polish-made Z-40 rifles, patrolled the border on Sunday.",
    "The Kenyan army, which is armed with Czech-built Karvell tanks, held drills near Nairobi.",
    "Equipped with Peruvian-made Z-40 howitzers, the Omani brigade moved north.",
    "The Thai marines are equipped with four Korean-built Ostrava-9 boats.",
    "Uruguay, armed with Brazilian-made Z-40 jets, patrols its coast.",
    "Norwegian police, newly equipped with Czech-made Karvell carbines, guarded the summit.",
    "Soldiers of the Serbian army, equipped with 12 Italian-made Ostrava-9 drones, crossed the river.",
    "The Jordanian regiment, it said, is armed with two Spanish-built Z-40 howitzers.",
    "Senegalese commandos equipped with Moroccan-made rifles were seen in the capital, the report said.",
]


@pytest.mark.parametrize("text", HOLDERS)
def test_holder_kit_gives_no_row(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


@pytest.mark.parametrize("text,sup,rec,q", [
    ("Chile equipped the Ghanaian army with 12 Z-40 howitzers in 2019.", "CHL", "GHA", 12),
    ("The Ghanaian army was equipped by Chile with 12 Z-40 howitzers.", "CHL", "GHA", 12),
    ("Poland will equip Kenyan troops with 40 Karvell carbines, the ministry said.", "POL", "KEN", 40),
])
def test_equipping_with_agent_keeps_row(extractor, text: str, sup: str, rec: str, q: int) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s == sup and r == rec and qty == q for s, r, _, _, qty in rows), rows
