"""Patterns of the thirty-sixth session's helper `spurious` (rows that tell no transfer of materiel).

- A radar for civil air navigation: a radar whose phrase or "for" phrase names air traffic control, air navigation
  or an airport ("air traffic control radars", "a radar for its main airport"), or whose taker is a civil aviation
  regulator or airport operator ("the Civil Aviation Authority of X"), with no military word, party or weapon in
  the sentence, is civil goods and no row (civil_use, civil.toml [service]: "radar" among the categories, the air
  navigation purposes and operators). Air defence radars, radars for an army or an air force stay rows.
- A body asking its own government for money or kit ("the navy has asked the government to fund new sonar", "the
  army asked the Defence Ministry to finance more drones", "the air force asked the government for radars"): the
  asked party is a bare state-body noun naming no state, the asker a common noun, so it is a domestic budget and no
  row (own_budgets.py, words.toml [own_budgets]). A named government ("the German government", "the US Defense
  Department") or a supplier named in the clause ("to buy missiles from Norway") keeps its row.
- An alliance told only as the qualifier of an unnamed member ("from another NATO navy", "from another EU member
  state", "to NATO members in Europe"): the alliance is no party, and the row names none on that side, so it is
  dropped (member_parties.py, words.toml [member_parties]). An alliance heading its own phrase ("NATO delivered
  ...", "the European Union will give ...") keeps its row.

Sentences written for these tests (not taken from any article); the positives failed before the change."""
from __future__ import annotations

import pytest

from _helpers import country_rows

CIVIL_RADARS = [
    "The Civil Aviation Authority of Zambia has bought three new air traffic control radars from a German supplier "
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
    ("Romania bought two frigates from Britain in 2003. The frigates need an upgrade, and the navy has asked the "
     "government to fund new sonar and air-defence systems from 2025.", "sonar"),
    ("Ukraine received tanks from Poland. The army asked the Defence ministry to finance more drones this year.",
     "drones"),
    ("Chile bought jets from the United States in 2010. The Chilean navy asked the government to pay for four new "
     "helicopters.", "helicopters"),
    ("The United States sold Peru jets in 2010. The air force has asked the government for new radars and missiles.",
     "missiles"),
]


@pytest.mark.parametrize(("text", "word"), OWN_BUDGETS)
def test_body_asking_its_own_government_is_no_row(extractor, text, word) -> None:  # noqa: ANN001
    rows = country_rows(extractor, text)
    assert not any(word in item for _, _, _, item, _ in rows), rows


NAMED_GIVERS = [
    ("The United States sold Chile jets in 2010. The air force has asked the government to buy new missiles from "
     "Norway.", "NOR", "CHL"),
    ("Kenya bought drones from Turkey. The Kenyan army asked the US Defense Department for more drones.", "USA",
     "KEN"),
    ("Ukraine asked the German government for more tanks.", "DEU", "UKR"),
]


@pytest.mark.parametrize(("text", "giver", "taker"), NAMED_GIVERS)
def test_named_government_asked_keeps_its_row(extractor, text, giver, taker) -> None:  # noqa: ANN001
    rows = country_rows(extractor, text)
    assert any(s == giver and r == taker and st == "requested" for s, r, st, _, _ in rows), rows


UNNAMED_MEMBERS = [
    ("Bulgaria bought three frigates from Belgium. The navy is studying how to arm them; options include buying "
     "surplus missiles from another NATO navy.", "missiles"),
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
