"""A supplier guessed from where an item is made gives way to the state the sentence shows holding it
(extraction/origin_holders.py): the item's own phrase names another state ("helicopters bearing Kazakh
markings", "tanks taken from Chilean army stocks"), or the sentence names the state the text is about ("...
have not yet reached Ukraine, a Finnish committee heard" in a report on Finland's aid). Sentences written for
these tests (not taken from any article); the positives failed before the change; the counterparts say what
must stay: with no such name, or a name that is a destination or another row's party, the maker stays."""
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
