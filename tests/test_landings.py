"""Aircraft that "landed": a delivery when the items are marked as one (a batch, a purchase told on them, a
recipient after "for"); a visit otherwise, as is any arrival "for" an exercise or a port call
(frames/landings.py). A sale told on the whole of a partitive ("the first six of 24 jets that X bought") is
the order of the whole (frames/completed.py). Sentences written for these tests (not taken from any
article); each positive assertion failed before the change; the counterparts say what must stay."""
from __future__ import annotations

import pytest

from _helpers import find

LANDED = [
    ("The first four of 18 Gripen jets that Thailand bought from Sweden landed in Bangkok on Friday.",
     "SWE", "THA", "Gripen", {("ordered", 18), ("delivered", 4)}),
    ("The first of 12 Rafale jets ordered by Croatia landed in Zagreb on Friday.", "FRA", "HRV", "Rafale",
     {("ordered", 12), ("delivered", 1)}),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item", "rows"), LANDED)
def test_a_batch_that_landed_is_delivered(extractor, text, supplier, recipient, item, rows):
    got = find(extractor.extract_text(text, published="2024-06-01"), supplier, recipient, item)
    assert {(t.stage, t.quantity) for t in got} == rows, got


VISITS = [
    "Two Russian Tu-160 bombers landed in Venezuela.",
    "Two Russian Tu-160 bombers arrived in Venezuela for exercises.",
    "Three Russian frigates arrived in Havana for a port call.",
]


@pytest.mark.parametrize("text", VISITS)
def test_a_visit_is_no_delivery(extractor, text):
    report = extractor.extract_text(text, published="2024-06-01")
    assert not [t for t in report.transfers if t.stage == "delivered"], report.transfers


def test_an_arrival_with_no_purpose_stays_a_delivery(extractor):
    report = extractor.extract_text("The first two F-16 fighters for Romania arrived on Monday.", published="2024-06-01")
    rows = [t for t in report.transfers if t.recipient is not None and t.recipient.id == "ROU"]
    assert rows and {t.stage for t in rows} == {"delivered"}, report.transfers


# -- "reached X": the object of an arrival verb is where the items arrive ----------------------------------

REACHED = [
    ("Bulgarian artillery shells have reached Ukraine.", "BGR", "UKR"),
    ("Mortar rounds from Serbia reached Burkina Faso last year.", "SRB", "BFA"),
    ("Iranian drones reached the Houthis in 2019.", "IRN", "HOUTHI"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient"), REACHED)
def test_items_that_reached_a_party_were_delivered_to_it(extractor, text, supplier, recipient):
    rows = [t for t in extractor.extract_text(text, published="2024-06-01").transfers
            if t.supplier is not None and t.supplier.id == supplier and t.recipient is not None and
            recipient in t.recipient.id.upper()]
    assert rows and {t.stage for t in rows} == {"delivered"}, rows


def test_reaching_a_place_of_no_party_is_no_row(extractor):
    report = extractor.extract_text("The missiles reached the front line in May.", published="2024-06-01")
    assert report.transfers == [], report.transfers


# -- "X's tanks came from Y": items that come from a party; their owner receives them ---------------------

def test_items_that_came_from_a_party_were_delivered_to_their_owner(extractor):
    report = extractor.extract_text("Moldova's rifles came mostly from Romania.", published="2024-06-01")
    assert {(t.supplier.id, t.recipient.id, t.stage) for t in report.transfers
            if t.supplier is not None and t.recipient is not None} == {("ROU", "MDA", "delivered")}, report.transfers


@pytest.mark.parametrize("text", ["The threat came from Russia.", "The first deliveries came in 2019.",
                                  "The rifles seized in Yemen came from Iran."])
def test_coming_with_no_owner_or_no_source_is_no_delivery_to_anyone(extractor, text):
    report = extractor.extract_text(text, published="2024-06-01")
    assert not [t for t in report.transfers if t.stage == "delivered" and t.recipient is not None], report.transfers


def test_a_fronted_partitive_keeps_the_whole_an_order(extractor):
    report = extractor.extract_text("Of the 12 K9 howitzers Peru bought from Korea, eight have arrived.", published="2024-06-01")
    assert {(t.stage, t.quantity) for t in find(report, "KOR", "PER", "K9")} == {("ordered", 12), ("delivered", 8)}, \
        report.transfers
