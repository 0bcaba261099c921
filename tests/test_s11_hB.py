"""Stage patterns of the eleventh session's wrong-stage round (helper hB).

- A weighing verb that is also a destination word ("intended", predicates.toml `destination_words`), as a passive
  participle with a "for" phrase, names where an item goes, not a purchase weighed: "Spain sold Uruguay 20 armoured
  vehicles intended for the border brigades" is a delivery and no `considered` row (frames/checks.py `_destination`).

Sentences written for these tests (not taken from any article); the positives failed before the change; the
counterparts say what must stay."""
from __future__ import annotations

import pytest

from _helpers import find

DAY = "2024-06-01"

INTENDED_FOR = [
    ("Spain sold Uruguay 20 Pizarro armoured vehicles intended for the border brigades in 2019.", "ESP", "URY",
     "armoured vehicle"),
    ("Ghana has bought 40 rifles from Serbia intended for the police.", "SRB", "GHA", "rifle"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), INTENDED_FOR)
def test_intended_for_is_a_destination_not_a_plan(extractor, text, supplier, recipient, item):
    rows = find(extractor.extract_text(text, published=DAY), supplier, recipient, item)
    assert rows and {t.stage for t in rows} == {"delivered"}, rows


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), [
    ("Uruguay intends to buy 20 armoured vehicles from Spain.", "ESP", "URY", "armoured vehicle"),
    ("Uruguay is intending the purchase of 20 armoured vehicles from Spain.", "ESP", "URY", "armoured vehicle"),
])
def test_intending_to_buy_stays_considered(extractor, text, supplier, recipient, item):
    rows = find(extractor.extract_text(text, published=DAY), supplier, recipient, item)
    assert rows and {t.stage for t in rows} == {"considered"}, rows
