"""Lead's fixes at the thirty-third session's merge (two constructions; see the comments above each group).

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


# A firm the gazetteer does not know, placed by an "of" phrase after its name ("X Marine of Finland", "X Aviation
# of Town, Germany"): the firm is of that state, as "X Ltd of Norway" (a name with a firm's ending) already was. A
# party's or armed group's name placed the same way ("the Revolutionary Party of Y") is no firm.
def suppliers(text: str) -> list[tuple[str | None, str]]:
    return [(r.supplier.country if r.supplier else None, r.supplier.text if r.supplier else "")
            for r in get_extractor().extract_text(text).transfers]


@pytest.mark.parametrize(("text", "state"), [
    ("Ghana bought two patrol boats from Kestrel Marine of Finland.", "FIN"),
    ("Ghana bought two patrol boats from Kestrel Marine of Nord-Tarnby, Finland.", "FIN"),
    ("The Kenyan Air Force ordered four trainer aircraft from Vossler Aviation of Lindau, Germany.", "DEU"),
    ("Four landing craft were delivered to Benin's navy by Sandvig Boatworks of Esbjerg, Denmark.", "DNK"),
])
def test_a_firm_placed_by_an_of_phrase_is_of_that_state(text: str, state: str) -> None:
    found = suppliers(text)
    assert found and found[0][0] == state, found


@pytest.mark.parametrize("text", [
    "Police said the Revolutionary Party of Nepal sold rifles to the Karst Front.",
    "The Popular Liberation Front of Niger sold rifles to the Karst Front.",
])
def test_a_party_or_group_placed_by_an_of_phrase_is_no_firm_of_that_state(text: str) -> None:
    found = suppliers(text)
    assert all(country is None or "Party" not in name and "Front" not in name for country, name in found), found
