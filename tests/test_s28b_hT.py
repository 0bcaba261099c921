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


# A maker's word before "fighters" makes them aircraft, never combatants (counted_names.role_names, words.toml
# [duplicates] origin_words): "three Velorian-made fighters" is a system, "rebel fighters" are people.
@pytest.mark.parametrize("text,sup,rec,q", [
    ("Egypt, which bought three Czech-made fighters in 2015, now wants more.", "CZE", "EGY", 3),
    ("Three Kenyan-made fighters were delivered to Bangladesh in March.", "KEN", "BGD", 3),
    ("Chile sold Peru twelve French-built fighters in 2001.", "CHL", "PER", 12),
    ("In 2012 Ghana received six Brazilian-built fighters from Brazil, officials said.", "BRA", "GHA", 6),
    ("Oman took delivery of 12 Korean-made fighters last year.", "KOR", "OMN", 12),
    ("Brazil sold eight second-hand Swedish-built fighters to Uruguay.", "BRA", "URY", 8),
    ("Jordan is to buy 24 Italian-made fighters, the ministry in Amman said.", "ITA", "JOR", 24),
    ("Nigeria ordered two Pakistani-built fighters and four Chinese-made drones.", "PAK", "NGA", 2),
])
def test_made_fighters_are_aircraft(extractor, text: str, sup: str, rec: str, q: int) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s == sup and r == rec and qty == q and "fighters" in item for s, r, _, item, qty in rows), rows


@pytest.mark.parametrize("text", [
    "Kenyan-made fighters attacked the town.",
    "Rebel fighters seized three towns, the army said.",
    "Forty fighters of the Tarsh Brigades crossed from Kenya into Uganda.",
])
def test_fighters_without_transfer_give_no_row(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []
