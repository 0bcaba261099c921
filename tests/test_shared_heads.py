"""Two counted kinds sharing one head noun ("two Island-class and two Protector-class patrol boats"): the first
kind is an item of its own with its own count (mentions/shared_heads.py). Sentences written for these tests (not
taken from any article); the positive failed before the change; the counterparts say what must stay."""
from __future__ import annotations

import pytest

from _helpers import find


def test_the_first_of_two_counted_kinds_is_an_item(extractor):
    text = "The United States delivered two Island-class and two Marine Protector-class patrol boats to Yemen."
    rows = find(extractor.extract_text(text, published="2024-06-01"), "USA", "YEM", "")
    assert sorted((t.item.text, t.quantity) for t in rows) == [("Island-class", 2),
                                                              ("Marine Protector-class patrol boats", 2)], rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Spain delivered between 20 and 30 tanks to Peru.", 1),  # a range of one kind
    ("Spain delivered 20 tanks and 30 trucks to Peru.", 2),    # two heads of their own
])
def test_counts_with_no_kind_between_are_no_second_item(extractor, text, expected):
    assert len(find(extractor.extract_text(text, published="2024-06-01"), "ESP", "PER", "")) == expected
