"""A supplier guessed from where an item is made gives way to the state the sentence shows holding it
(extraction/origin_holders.py): the item's own phrase names another state ("helicopters bearing Kazakh
markings", "tanks taken from Chilean army stocks"), or the sentence names the state the text is about ("...
have not yet reached Ukraine, a Finnish committee heard" in a report on Finland's aid). Sentences written for
these tests (not taken from any article); the positives failed before the change; the counterparts say what
must stay: with no such name, or a name that is a destination or another row's party, the maker stays.

Also a conveyance as the subject of a verb of supplying (frames/carriers.py, carrier_subject): "Turkish trucks
carried 30 armoured vehicles to Libya", "The flights delivered drones to X" after "cargo flights from Y": the
conveyance's origin, or that of the same conveyance named before, is the supplier, in place of a maker read off
the item; a conveyance of no origin gives none, and a giver named in a phrase of the verb stays."""
from __future__ import annotations

import pytest

from _helpers import find

AID = ("Finland to send more aid to Ukraine\n\nHELSINKI (AP) — Finland will give Ukraine 20 more Patria armoured "
       "vehicles, the government said Thursday. Finland has given Ukraine artillery and ammunition since 2022.\n\n"
       "The 12 M270 rocket launchers announced last spring have not yet reached Ukraine, {} heard on Monday.")

HELD = [
    ("Two Mi-8 helicopters bearing Kazakh markings were flown to Bishkek in May.", "KAZ", "KGZ", "Mi-8"),
    ("Peru received 14 Leopard 2 tanks taken from Chilean army stocks last year.", "CHL", "PER", "Leopard"),
    (AID.format("a Finnish parliamentary committee"), "FIN", "UKR", "M270"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), HELD)
def test_the_state_holding_the_item_supplies_it(extractor, text, supplier, recipient, item):
    report = extractor.extract_text(text, published="2024-06-01")
    assert find(report, supplier, recipient, item), report.transfers
    assert not [t for t in report.transfers if item in t.item.text and t.supplier and t.supplier.id != supplier]


MAKER = [
    ("Two Mi-8 helicopters were flown to Bishkek in May.", "RUS", "KGZ", "Mi-8"),
    ("Peru received 14 Leopard 2 tanks last year.", "DEU", "PER", "Leopard"),
    (AID.format("a Polish committee"), "USA", "UKR", "M270"),  # a state that is not the text's, outside the item
    ("Belgium and Portugal jointly ordered nine F-16 jets (five for Belgium and four for Portugal).", "USA", "PRT",
     "F-16"),  # a destination in the item's phrase is no holder
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), MAKER)
def test_the_maker_stays_without_a_holder(extractor, text, supplier, recipient, item):
    assert find(extractor.extract_text(text, published="2024-06-01"), supplier, recipient, item)


CARRIED = [
    ("Turkish trucks carried 30 armoured vehicles to Libya.", "TUR", "LBY", "armoured vehicles"),
    ("Russian ships delivered tanks to Syria.", "RUS", "SYR", "tanks"),
    ("Cargo flights from Iran landed in Yerevan. The flights delivered Chinese-made drones to Armenia.", "IRN",
     "ARM", "drones"),  # the flights named before with their origin; the maker read off the item gives way
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), CARRIED)
def test_a_conveyance_that_delivers_comes_from_its_supplier(extractor, text, supplier, recipient, item):
    report = extractor.extract_text(text, published="2024-06-01")
    assert find(report, supplier, recipient, item), report.transfers
    assert all(t.supplier and t.supplier.id == supplier for t in report.transfers), report.transfers


def test_a_conveyance_of_no_origin_names_no_supplier(extractor):
    assert extractor.extract_text("Ships delivered tanks to Syria.", published="2024-06-01").transfers == []


@pytest.mark.parametrize(("text", "supplier"), [
    ("The flights delivered drones from Iran to Armenia.", "IRN"),  # a "from" phrase of the verb names the giver
    ("Iran delivered Chinese-made drones to Armenia.", "IRN"),  # no conveyance
])
def test_a_named_giver_stays(extractor, text, supplier):
    assert find(extractor.extract_text(text, published="2024-06-01"), supplier, "ARM", "drones")
