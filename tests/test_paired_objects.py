"""Objects paired with their own phrases ("delivered 12 drones to X and 40 vehicles to Y"): each phrase after a
conjunct object is that object's, so no cross product of items and recipients (frames/paired_objects.py).
Sentences written for these tests (not taken from any article); the positives failed before the change; the
counterparts say what must stay."""
from __future__ import annotations

import pytest

from _helpers import find


def _pairs(extractor, text):
    return {(t.recipient.country, t.item.text) for t in extractor.extract_text(text, published="2022-01-01").transfers
            if t.recipient is not None}


def test_each_object_goes_to_its_own_recipient(extractor):
    assert _pairs(extractor, "Turkey delivered 12 drones to Qatar and 40 armoured vehicles to Kenya.") == {
        ("QAT", "drones"), ("KEN", "armoured vehicles")}


def test_a_batch_of_items_is_an_object_of_its_own(extractor):
    text = "Turkey delivered 12 drones to Qatar in 2020 and a batch of 40 armoured vehicles to Kenya's army in 2021."
    report = extractor.extract_text(text, published="2022-01-01")
    assert [t.quantity for t in find(report, "TUR", "KEN", "armoured")] == [40]
    assert not find(report, "TUR", "QAT", "armoured")


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkey delivered 12 drones and 40 armoured vehicles to Kenya.", {("KEN", "drones"), ("KEN", "armoured vehicles")}),
    ("Germany sent tanks to Ukraine and howitzers to Lithuania.", {("UKR", "tanks"), ("LTU", "howitzers")}),
])
def test_shared_and_already_paired_phrases_stay(extractor, text, expected):
    assert _pairs(extractor, text) == expected
