"""Transfers told without a finite transfer verb (twenty-fifth session, helper hC):

- a participle of buying on the item ("six jets, bought from X, were unloaded at a <city> air base") whose
  clause names no buyer: the state of the place the item came to, else the state whose own body reports it
  (`participle_buyers.py`, words.toml [participle_buyers]);
- a noun of contract with an infinitive of supplying whose "with" phrase the parser hung on the next verb as
  its subject ("X's contract to supply Y with six frigates remains in force"): the phrase is mended back onto
  "with" (`with_objects.py`).

Sentences written for these tests (invented models and combinations of states; not taken from any article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row

BOUGHT = [
    ("Four K-9 fighter jets, purchased from Belarus in a rushed agreement, were unloaded at a Lusaka air base "
     "on Sunday.", "BLR", "ZMB", "jets", 4),
    ("The Zambian Defence Ministry said four jets, bought from Belarus in a rushed deal, were unloaded at an air "
     "base.", "BLR", "ZMB", "jets", 4),
    ("Twelve howitzers, bought from Serbia last year, have been deployed near Lusaka, the army said.",
     "SRB", "ZMB", "howitzers", 12),
    ("According to the Kenyan army, six helicopters bought from Italy landed in Nairobi on Friday.",
     "ITA", "KEN", "helicopters", 6),
    ("Two transport aircraft, acquired second-hand from Spain, arrived in Accra this week.",
     "ESP", "GHA", "aircraft", 2),
    ("Tanks supplied by Belarus in 2016 were seen in a parade in Harare.", "BLR", "ZWE", "Tanks", None),
    ("In March, the Peruvian navy said, three patrol boats purchased from South Korea were commissioned in Lima.",
     "KOR", "PER", "patrol boats", 3),
    ("The ministry in Nairobi said eight armoured vehicles, reportedly bought from Turkey, were delivered to a "
     "base near Mombasa.", "TUR", "KEN", "armoured vehicles", 8),
    ("The Defence Ministry said four jets, bought from Belarus in a rushed deal, were unloaded from a Karvell "
     "transport plane at a Lusaka air base.", "BLR", "ZMB", "jets", 4),
    ("Eight patrol boats delivered by France last year are now in service with the Ghanaian navy.",
     "FRA", "GHA", "patrol boats", 8),
    ("Six helicopters bought from Italy in 2018 remain in service with the Kenyan air force.",
     "ITA", "KEN", "helicopters", 6),
    ("Two frigates, purchased from the Netherlands, entered service with the Chilean navy in 2020.",
     "NLD", "CHL", "frigates", 2),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), BOUGHT)
def test_a_bought_item_goes_to_the_state_it_came_to(extractor, text, supplier, recipient, word,  # noqa: ANN001
                                                    quantity) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, "delivered", word, quantity), rows


@pytest.mark.parametrize("text", [
    "Refugees from Sudan arrived in Chad on Monday.",
    "Missiles from the north hit the city on Monday.",
    "Four jets, bought from Belarus, were shot down over Lusaka.",
    "Two frigates, bought from France, sank off Tripoli in a storm.",
    "Four jets, bought from Belarus, are in poor condition.",
])
def test_a_participle_without_arrival_gives_no_buyer(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not [r for r in rows if r[1] is not None], rows


CONTRACTS = [
    ("Norway's contract to supply Chile with six frigates remains in force.", "NOR", "CHL", "frigates", 6),
    ("Seoul's contract to supply Warsaw with 180 tanks remains the largest.", "KOR", "POL", "tanks", 180),
    ("Russia's deal to supply India with five air-defence batteries still stands, officials said.",
     "RUS", "IND", "batteries", 5),
    ("The embargo aside, Spain's contract to supply Peru with four corvettes goes ahead.",
     "ESP", "PER", "corvettes", 4),
    ("France's contract to supply Brazil with four submarines continues despite the dispute.",
     "FRA", "BRA", "submarines", 4),
    ("Officials said Turkey's agreement to supply Ghana with twelve armoured vehicles stays in place.",
     "TUR", "GHA", "armoured vehicles", 12),
    ("Italy's contract to provide Tunisia with eight helicopters was not affected.", "ITA", "TUN", "helicopters", 8),
    ("Germany's contract to supply Egypt with two submarines, signed in 2015, remains valid.",
     "DEU", "EGY", "submarines", 2),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), CONTRACTS)
def test_a_contract_to_supply_with_items_is_an_order(extractor, text, supplier, recipient, word,  # noqa: ANN001
                                                      quantity) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, "ordered", word, quantity), rows


@pytest.mark.parametrize("text", [
    "Spain's contract to supply Peru with electricity remains in force.",
    "Norway's contract to supply Chile with fuel remains valid.",
    "A contract to supply electricity to the capital was signed.",
    "Kenya Airways signed a deal for 20 airliners with a Brazilian maker.",
])
def test_a_contract_for_civil_goods_gives_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not _rows(extractor, text)


ENTRIES = [
    ("Peru bought 12 Ostrava-9 radars from Spain in 2019. Smaller purchases show the same pattern: anti-tank "
     "missiles from Sweden since 2015, mortars from Serbia, Korean howitzers ordered in 2021.",
     [("SWE", "PER", "missiles"), ("SRB", "PER", "mortars")]),
    ("Ghana took delivery of four patrol boats from China last year. Other kit tells a similar story: rifles from "
     "Serbia, mortars from Bulgaria and radios from France.",
     [("SRB", "GHA", "rifles"), ("BGR", "GHA", "mortars")]),
    ("Chile received two frigates from the Netherlands in 2020. The rest came in smaller lots: helicopters from "
     "Italy since 2012, and armoured vehicles from Turkey.",
     [("ITA", "CHL", "helicopters"), ("TUR", "CHL", "armoured vehicles")]),
    ("Kenya bought six helicopters from Italy in 2018. Its smaller purchases were listed: sniper rifles from "
     "Bulgaria in 2019, and mortars from Serbia.", [("BGR", "KEN", "rifles"), ("SRB", "KEN", "mortars")]),
]


@pytest.mark.parametrize(("text", "expected"), ENTRIES)
def test_a_verbless_entry_after_a_colon_is_a_delivery(extractor, text, expected) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    for supplier, recipient, word in expected:
        assert has_country_row(rows, supplier, recipient, "delivered", word), rows
    assert not [r for r in rows if r[2] == "ordered" and r[3] in ("anti-tank missiles", "mortars")], rows  # not the last entry's


@pytest.mark.parametrize("text", [
    "Peru bought 12 radars from Spain in 2019. The week in brief: refugees from Sudan, rain from the west.",
    "Peru bought 12 radars from Spain in 2019. The scene: missiles from the north hit the city on Monday.",
    "Peru bought 12 radars from Spain in 2019. Two questions remain: who paid, and who asked the missiles from the "
    "north to stop.",
])
def test_no_entry_without_an_item_and_a_named_giver(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert [r[:3] for r in rows] == [("ESP", "PER", "delivered")], rows


REPORTED_ORDERS = [
    ("A deal for 20 helicopters signed with Italy in March will be paid in instalments, the Ghanaian defence "
     "ministry said.", "ITA", "GHA", "helicopters", 20),
    ("The Kenyan government said a contract for six patrol boats with Spain has been finalised.",
     "ESP", "KEN", "patrol boats", 6),
    ("The Peruvian navy said the agreement for two frigates signed with South Korea would be extended.",
     "KOR", "PER", "frigates", 2),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), REPORTED_ORDERS)
def test_an_order_a_states_body_reports_is_that_states(extractor, text, supplier, recipient, word,  # noqa: ANN001
                                                       quantity) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, "ordered", word, quantity), rows


def test_an_order_reported_by_the_sellers_body_takes_no_buyer(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "A deal for 20 helicopters signed with Italy will be paid in instalments, the Italian "
                            "defence ministry said.")
    assert not [r for r in rows if r[1] == "ITA"], rows


OBJECT_PARTICIPLES = [
    ("Kenya deployed its own helicopters, bought from Italy and Spain, to the border.",
     [("ITA", "KEN"), ("ESP", "KEN")], "helicopters"),
    ("Chad said it had used its own wheeled armoured vehicles, bought from Serbia and Bulgaria, to equip its troops.",
     [("SRB", "TCD"), ("BGR", "TCD")], "armoured vehicles"),
    ("Zambia flew its new jets, bought from Belarus, over the capital on Independence Day.",
     [("BLR", "ZMB")], "jets"),
    ("Kenya sold the jets, bought from Italy, to Peru.", [("ITA", "KEN"), ("KEN", "PER")], "jets"),
    ("In May the Chilean navy showed off its frigates, purchased from the Netherlands, in Valparaiso.",
     [("NLD", "CHL")], "frigates"),
]


@pytest.mark.parametrize(("text", "pairs", "word"), OBJECT_PARTICIPLES)
def test_a_participle_after_the_object_is_the_objects(extractor, text, pairs, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    for supplier, recipient in pairs:
        assert has_country_row(rows, supplier, recipient, "delivered", word), rows
    assert not [r for r in rows if r[:2] == ("ITA", "PER")], rows  # the resale's buyer did not buy from the maker


@pytest.mark.parametrize("text", [
    "Ghana signed the deal, pressed by its allies.",
    "Kenya sent its old trucks, bought from a local dealer in 1990, to the scrapyard.",
])
def test_no_participle_of_buying_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not _rows(extractor, text)


HELD = [
    ("Kenya's six helicopters from Italy are ageing.", [("ITA", "KEN", "helicopters")]),
    ("Ghana's fleet includes four patrol boats from China and two corvettes from South Korea.",
     [("CHN", "GHA", "patrol boats"), ("KOR", "GHA", "corvettes")]),
    ("Ghana's arsenal: rifles from Serbia, mortars from Bulgaria.", [("SRB", "GHA", "rifles"), ("BGR", "GHA", "mortars")]),
    ("The Kenyan air force's helicopters from Italy are ageing, officials admit.", [("ITA", "KEN", "helicopters")]),
]


@pytest.mark.parametrize(("text", "expected"), HELD)
def test_an_item_with_its_giver_and_holder_is_a_delivery(extractor, text, expected) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    for supplier, recipient, word in expected:
        assert has_country_row(rows, supplier, recipient, "delivered", word), rows


@pytest.mark.parametrize("text", [
    "Kenya's refugees from Somalia are many.",
    "Kenya will receive its helicopters from Italy in May.",  # the verb's stage, no delivery of its own
])
def test_no_held_delivery_without_an_item_or_beside_a_verb(extractor, text) -> None:  # noqa: ANN001
    assert not [r for r in _rows(extractor, text) if r[2] == "delivered"]
