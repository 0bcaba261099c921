"""Lead's fixes at the thirty-third session's merge.

A compound number word at a sentence's start ("Twenty-four tanks ...") is capitalised like a model's name, and was
read as a name joined by a hyphen to a variant number ("Mi-17-1V"): the count became twenty and the item "four
tanks". A number word before the hyphen is a number, never a name; real names joined to a number keep their reading.
"""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor


def rows(text: str) -> list[tuple[str, int | float | None]]:
    return [(r.item.text, r.quantity) for r in get_extractor().extract_text(text).transfers]


@pytest.mark.parametrize(("text", "count", "item"), [
    ("Twenty-four tanks were delivered to Niger by Portugal.", 24, "tanks"),
    ("Thirty-six armoured personnel carriers reached Benin, delivered by Belgium.", 36, "armoured personnel carriers"),
    ("Sixty-five mortars were sold to Togo by Serbia last year.", 65, "mortars"),
    ("Ninety-nine rifles were donated to Gambia by Ghana.", 99, "rifles"),
])
def test_a_capitalised_compound_number_word_at_the_start_is_the_whole_count(text: str, count: int, item: str) -> None:
    found = rows(text)
    assert (item, count) in found, found


@pytest.mark.parametrize(("text", "count", "name"), [
    ("Peru received two Mi-17-1V helicopters from Russia.", 2, "Mi-17-1V"),
    ("Fiji ordered three Kestrel-9-200 drones from Japan.", 3, "Kestrel-9-200"),
])
def test_a_name_joined_to_a_variant_number_keeps_its_count(text: str, count: int, name: str) -> None:
    found = rows(text)
    assert any(name in item and q == count for item, q in found), found
