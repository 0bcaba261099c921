"""A buyer's interest in a system is a purchase it weighs: "Indonesia has shown interest in Turkish drones"
(predicates.toml [classes.interest]; "show", "express", "signal", "voice" hold the noun as light verbs).
Sentences written for these tests (not taken from any article); the positives failed before the change; the
counterparts say what must stay."""
from __future__ import annotations

import pytest

from _helpers import find

INTEREST = [
    ("Indonesia has shown interest in Turkish drones.", "TUR", "IDN", "drone"),
    ("Saudi Arabia has shown interest in the Rafale fighter.", "FRA", "SAU", "Rafale"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), INTEREST)
def test_interest_in_a_system_is_considered(extractor, text, supplier, recipient, item):
    rows = find(extractor.extract_text(text, published="2024-06-01"), supplier, recipient, item)
    assert rows and {t.stage for t in rows} == {"considered"}, rows


@pytest.mark.parametrize("text", ["Investors showed interest in the company.", "Rising interest rates hit Ghana.",
                                  "Ghana voiced concern over the sale."])
def test_interest_in_no_materiel_is_no_row(extractor, text):
    assert extractor.extract_text(text, published="2024-06-01").transfers == []
