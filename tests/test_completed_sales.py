"""A sale or purchase told as done is a delivery (DESIGN.md: `delivered` covers "bought and taken"); one
agreed, planned, conditional or in the future stays an order (extraction/frames/completed.py).
Sentences written for these tests (not taken from any article); each positive assertion failed before
the change; the counterparts say what must stay. A supply or sale "agreed" (or "an agreement to supply") is
an order, not an offer: the deal is agreed.""" 
from __future__ import annotations

import pytest

from _helpers import find

DONE = [
    ("Brazil sold Super Tucano aircraft to Angola in 2012.", "BRA", "AGO", "Super Tucano", "asserted"),
    ("Angola has bought six Super Tucano aircraft from Brazil.", "BRA", "AGO", "Super Tucano", "asserted"),
    ("Hungary acquired 44 Leopard 2 tanks from Germany in 2021.", "DEU", "HUN", "Leopard", "asserted"),
    ("Egypt operates 30 Rafale jets bought from France.", "FRA", "EGY", "Rafale", "asserted"),
    ("Norway had been selling Chile patrol boats for years.", "NOR", "CHL", "patrol boat", "asserted"),
    ("Romania's arms firms still sell mortar rounds to Poland.", "ROU", "POL", "mortar", "asserted"),
    ("The minister denied that Bulgaria sells ammunition to Sudan.", "BGR", "SDN", "ammunition", "denied"),
    ("Chile did not sell any missiles to Bolivia.", "CHL", "BOL", "missile", "negated"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item", "factuality"), DONE)
def test_completed_sale_is_a_delivery(extractor, text, supplier, recipient, item, factuality):
    rows = find(extractor.extract_text(text, published="2024-06-01"), supplier, recipient, item)
    assert rows and {(t.stage, t.factuality) for t in rows} == {("delivered", factuality)}, rows


OPEN = [
    "Kenya agreed to buy 12 Nora howitzers from Serbia.",
    "Kenya will buy 12 Nora howitzers from Serbia.",
    "Peru signed a contract to buy 24 Gripen fighters from Sweden.",
    "Serbia is buying twelve Rafale fighters from France.",
    "Ghana buys 12 Otokar Cobra vehicles from Turkey.",
    "The 2019 contract under which Spain was to sell Peru four patrol boats was cancelled.",
]


@pytest.mark.parametrize("text", OPEN)
def test_open_sale_stays_an_order(extractor, text):
    rows = [t for t in extractor.extract_text(text, published="2024-06-01").transfers if t.stage != "refused"]
    assert rows and all(t.stage == "ordered" for t in rows), rows


def test_participle_under_a_future_stays_with_its_clause(extractor):
    report = extractor.extract_text("Egypt will receive the Rafale jets bought from France next year.", published="2024-06-01")
    rows = find(report, "FRA", "EGY", "Rafale")
    assert rows and "delivered" not in {t.stage for t in rows}, rows


def test_conditional_purchase_is_no_delivery(extractor):
    report = extractor.extract_text("If Ghana buys 12 Otokar Cobra vehicles from Turkey, Nigeria will follow.",
                                    published="2024-06-01")
    rows = find(report, "TUR", "GHA", "Cobra")
    assert rows and {t.stage for t in rows} == {"ordered"} and {t.factuality for t in rows} == {"uncertain"}, rows


# -- a deal agreed is an order, whichever side agrees (DESIGN.md: "a contract, deal or purchase is agreed") --

AGREED = [
    ("Russia agreed in 2017 to supply 12 Mi-35M attack helicopters to Nigeria.", "RUS", "NGA", "Mi-35"),
    ("Italy has agreed to sell four patrol boats to Ghana.", "ITA", "GHA", "patrol boat"),
    ("Russia signed an agreement to supply Mi-17 helicopters to Peru.", "RUS", "PER", "Mi-17"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), AGREED)
def test_supply_agreed_is_an_order(extractor, text, supplier, recipient, item):
    rows = find(extractor.extract_text(text, published="2024-06-01"), supplier, recipient, item)
    assert rows and {t.stage for t in rows} == {"ordered"}, rows


def test_promise_stays_an_offer(extractor):
    rows = find(extractor.extract_text("Russia promised to supply Mi-17 helicopters to Peru.", published="2024-06-01"),
                "RUS", "PER", "Mi-17")
    assert rows and {t.stage for t in rows} == {"offered"}, rows


def test_whole_of_a_partial_arrival_stays_the_order(extractor):
    report = extractor.extract_text("Three of the eight Bayraktar drones bought by Kenya have arrived.", published="2024-06-01")
    rows = find(report, "TUR", "KEN", "Bayraktar")
    assert {(t.stage, t.quantity) for t in rows} == {("ordered", 8), ("delivered", 3)}, rows


LOOKED_BACK = [
    ("Ukraine accused Belarus of selling rifles to Russia.", "BLR", "RUS"),
    ("Uganda admitted selling rifles to Burundi in 2015.", "UGA", "BDI"),
    ("The Ugandan government admits selling rifles to Burundi.", "UGA", "BDI"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient"), LOOKED_BACK)
def test_a_gerund_looked_back_on_is_a_sale_made(extractor, text, supplier, recipient):
    rows = [t for t in extractor.extract_text(text, published="2024-06-01").transfers
            if t.recipient is not None and t.recipient.id == recipient and
            t.supplier is not None and t.supplier.country == supplier]
    assert rows and {t.stage for t in rows} == {"delivered"}, rows


def test_a_planned_sale_in_a_gerund_stays_open(extractor):
    rows = find(extractor.extract_text("Serbia plans selling rifles to Sudan.", published="2024-06-01"), "SRB", "SDN", "rifle")
    assert rows and "delivered" not in {t.stage for t in rows}, rows


def test_a_sale_in_a_denied_report_is_a_denied_delivery(extractor):
    report = extractor.extract_text("Officials denied reports that Bulgarian rifles had been sold to Sudan.", published="2024-06-01")
    rows = find(report, "BGR", "SDN", "rifle")
    assert rows and {(t.stage, t.factuality) for t in rows} == {("delivered", "denied")}, rows


def test_no_governor_across_a_semicolon(extractor):
    report = extractor.extract_text("Norway had been selling Chile patrol boats for years, paid for in copper; Spain's "
                                    "sale of the frigates was agreed only last month.", published="2024-06-01")
    rows = find(report, "NOR", "CHL", "patrol boat")
    assert rows and {t.stage for t in rows} == {"delivered"}, rows
