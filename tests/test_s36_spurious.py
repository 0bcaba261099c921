"""Patterns of the thirty-sixth session's helper `spurious` (rows that tell no transfer of materiel).

- A radar for civil air navigation: a radar whose phrase or "for" phrase names air traffic control, air navigation
  or an airport ("air traffic control radars", "a radar for its main airport"), or whose taker is a civil aviation
  regulator or airport operator ("the Civil Aviation Authority of X"), with no military word, party or weapon in
  the sentence, is civil goods and no row (civil_use, civil.toml [service]: "radar" among the categories, the air
  navigation purposes and operators). Air defence radars, radars for an army or an air force stay rows.
- A body asking its own government for money or kit ("the coast guard asked the government to pay for new radios", "the
  army asked the Defence Ministry to finance more drones", "the air force asked the government for radars"): the
  asked party is a bare state-body noun naming no state, the asker a common noun, so it is a domestic budget and no
  row (own_budgets.py, words.toml [own_budgets]). A named government ("the German government", "the US Defense
  Department") or a supplier named in the clause ("to buy missiles from Norway") keeps its row.
- An alliance told only as the qualifier of an unnamed member ("from another NATO ally", "from another EU member
  state", "to NATO members in Europe"): the alliance is no party, and the row names none on that side, so it is
  dropped (member_parties.py, words.toml [member_parties]). An alliance heading its own phrase ("NATO delivered
  ...", "the European Union will give ...") keeps its row.

Sentences written for these tests (not taken from any article); the positives failed before the change."""
from __future__ import annotations

import pytest

from _helpers import country_rows

CIVIL_RADARS = [
    "The Civil Aviation Authority of Zambia has bought three modern air traffic control radars from Germany's Hensoldt "
    "for Lusaka airport.",
    "Zambia bought two radars from Thales for its main airport.",
    "Tanzania bought four air traffic control radars from Spain in 2019.",
    "Ghana's civil aviation authority took delivery of two new radars from Italy.",
]


@pytest.mark.parametrize("text", CIVIL_RADARS)
def test_radar_for_civil_air_navigation_is_no_row(extractor, text) -> None:  # noqa: ANN001
    rows = country_rows(extractor, text)
    assert not any("radar" in item for _, _, _, item, _ in rows), rows


MILITARY_RADARS = [
    ("Zambia bought two air defence radars from Thales for its air force.", "ZMB"),
    ("Zambia bought two radars from Thales for the army, to guard the airport.", "ZMB"),
    ("The Kenyan army ordered four Ground Master 400 radars from France.", "KEN"),
]


@pytest.mark.parametrize(("text", "taker"), MILITARY_RADARS)
def test_military_radar_keeps_its_row(extractor, text, taker) -> None:  # noqa: ANN001
    rows = country_rows(extractor, text)
    assert any(r == taker and "radar" in item for _, r, _, item, _ in rows), rows


OWN_BUDGETS = [
    ("Greece bought two corvettes from Italy in 2006. The corvettes need a refit, so the navy has asked the "
     "cabinet to fund new torpedoes and air-defence systems from 2027.", "torpedoes"),
    ("Ukraine received tanks from Poland. The army asked the Defence ministry to finance more drones this year.",
     "drones"),
    ("Chile bought trainers from Canada in 2013. The Chilean navy asked the cabinet to pay for three extra "
     "helicopters.", "helicopters"),
    ("Brazil sold Peru trainers in 2015. The air force has asked the treasury for extra radars and rockets.",
     "rockets"),
]


@pytest.mark.parametrize(("text", "word"), OWN_BUDGETS)
def test_body_asking_its_own_government_is_no_row(extractor, text, word) -> None:  # noqa: ANN001
    rows = country_rows(extractor, text)
    assert not any(word in item for _, _, _, item, _ in rows), rows


NAMED_GIVERS = [
    ("Britain sold Ecuador trainers in 2013. The air force has asked the cabinet to buy extra rockets from "
     "Norway.", "NOR", "ECU"),
    ("Kenya bought drones from Turkey. The Kenyan army asked the US Defense Department for more drones.", "USA",
     "KEN"),
    ("Ukraine asked the German government for more tanks.", "DEU", "UKR"),
]


@pytest.mark.parametrize(("text", "giver", "taker"), NAMED_GIVERS)
def test_named_government_asked_keeps_its_row(extractor, text, giver, taker) -> None:  # noqa: ANN001
    rows = country_rows(extractor, text)
    assert any(s == giver and r == taker and st == "requested" for s, r, st, _, _ in rows), rows


UNNAMED_MEMBERS = [
    ("Croatia bought three corvettes from Norway. The navy is weighing how to equip them; options include buying "
     "second-hand torpedoes from another NATO ally.", "torpedoes"),
    ("Estonia received howitzers from South Korea. The army may buy more shells from another EU member state.",
     "shells"),
    ("Hanwha has been trying to sell rocket launchers to NATO members in Scandinavia for years.", "launchers"),
]


@pytest.mark.parametrize(("text", "word"), UNNAMED_MEMBERS)
def test_alliance_qualifying_unnamed_member_is_no_party(extractor, text, word) -> None:  # noqa: ANN001
    rows = country_rows(extractor, text)
    assert not any(word in item for _, _, _, item, _ in rows), rows


ALLIANCES = [
    ("NATO delivered fuel trucks and radars to Ukraine last month.", "radars"),
    ("The European Union will give Moldova two radars.", "radars"),
]


@pytest.mark.parametrize(("text", "word"), ALLIANCES)
def test_alliance_heading_its_phrase_keeps_its_row(extractor, text, word) -> None:  # noqa: ANN001
    rows = country_rows(extractor, text)
    assert any(word in item for _, _, _, item, _ in rows), rows
