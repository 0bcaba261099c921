"""The holder of a fleet bought from a supplier, across a list ("operates A and B bought from Y"), and model numbers
after a maker's name ("Hughes 500 helicopters" has no count of 500). Sentences written for these tests (not taken
from any article); each positive failed before the change; the counterparts say what must stay."""
from __future__ import annotations

import pytest

from _helpers import find

LEAD = ("Regional fleets in brief\n\nChile's army operates M113 carriers bought from Washington in the 1980s. "
        "Uruguay's navy flies Wessex helicopters bought from Britain in 1998. ")


def test_the_holder_of_a_listed_fleet_is_its_buyer_not_the_last_one_told(extractor):
    text = LEAD + "The Zambian air force operates K-8 trainers and MA60 transports bought from China."
    report = extractor.extract_text(text, published="2024-06-01")
    assert {t.item.text for t in find(report, "CHN", "ZMB", "")} == {"K-8 trainers", "MA60 transports"}
    assert not find(report, "CHN", "URY", "") and not find(report, "CHN", "CHL", "")


def test_a_list_a_supplier_moves_keeps_its_supplier(extractor):
    text = "Norway has supplied trucks and radios to Estonia, including Scania trucks handed over last year."
    report = extractor.extract_text(text, published="2024-06-01")
    assert not [t for t in report.transfers if t.recipient is not None and t.recipient.id == "NOR"]


@pytest.mark.parametrize("text", [
    "Canada sold Cessna 208 aircraft to Chad.",
    "The United States delivered Beechcraft 350 aircraft to Niger.",
])
def test_a_number_after_a_makers_name_is_no_count(extractor, text):
    rows = [t for t in extractor.extract_text(text, published="2024-06-01").transfers if t.recipient is not None]
    assert rows and all(t.quantity is None for t in rows), rows


@pytest.mark.parametrize(("text", "quantity"), [
    ("Iran gave Hezbollah 200 rockets.", 200),   # a party the gazetteer knows keeps the count
    ("Germany sold Qatar 24 tanks.", 24),        # so does a state
    ("France sold six Super Lynx 300 helicopters to Oman.", 6),
])
def test_counts_after_a_party_stay(extractor, text, quantity):
    rows = extractor.extract_text(text, published="2024-06-01").transfers
    assert quantity in {t.quantity for t in rows}, rows
