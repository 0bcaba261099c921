"""Patterns of the thirty-sixth session's helper `spurious` (rows that tell no transfer of materiel).

- A radar for civil air navigation: a radar whose phrase or "for" phrase names air traffic control, air navigation
  or an airport ("air traffic control radars", "a radar for its main airport"), or whose taker is a civil aviation
  regulator or airport operator ("the Civil Aviation Authority of X"), with no military word, party or weapon in
  the sentence, is civil goods and no row (civil_use, civil.toml [service]: "radar" among the categories, the air
  navigation purposes and operators). Air defence radars, radars for an army or an air force stay rows.

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
