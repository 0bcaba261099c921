"""Session 14 (helper G): contract-award releases and features listing one country's past imports.

- a firm and a buyer sign a contract together ("X and the procurement agency of the Republic of Y have signed
  a contract for Z", "X and Y sign contract for Z"): the firm sells, the state (its agency) buys;
- a body "of the Republic of Y" (an agency, a directorate) is Y's, past an acronym in brackets;
- "the rifles the army bought second-hand from X": "second-hand" is no object, the clause's noun is the item;
- in a feature on one country's imports, "Z delivered trucks in 2016" names no buyer: the country the feature
  is about, not the last recipient told before.

Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest


def _rows(extractor, text):  # noqa: ANN001, ANN202
    return extractor.extract_text(text, published="2024-03-01").transfers


JOINT_SIGNERS = [
    ("Otokar and the Land Forces Procurement Directorate (LFPD) of the Republic of Kenya have today signed a "
     "contract for the delivery of 80 armoured vehicles to the Kenyan Army.", "TUR", "KEN"),
    ("Otokar and Kenya sign contract for armoured vehicles", "TUR", "KEN"),
    ("Navantia and the Government of Peru signed a contract for two patrol vessels.", "ESP", "PER"),
    ("Embraer and the National Defence Procurement Agency of the Republic of Ghana have signed an agreement for "
     "six Super Tucano aircraft.", "BRA", "GHA"),
]


@pytest.mark.parametrize(("text", "seller", "buyer"), JOINT_SIGNERS)
def test_a_firm_signing_with_a_state_sells(extractor, text, seller, buyer) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert rows, text
    assert all((t.supplier.country, t.recipient.country) == (seller, buyer) for t in rows), \
        [(t.supplier, t.recipient) for t in rows]
    assert all(t.stage == "ordered" for t in rows)


def test_a_contract_signed_with_a_firm_keeps_its_sides(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Navantia and Kenya signed a contract with Fincantieri for two patrol vessels.")
    assert all(t.supplier.country == "ITA" for t in rows), [(t.supplier, t.recipient) for t in rows]


def test_two_firms_signing_make_no_seller_of_either(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Navantia and Fincantieri signed a contract for two patrol vessels for Peru.")
    assert not any(t.supplier is not None and t.supplier.country == "ESP" and t.recipient is not None
                   and t.recipient.country == "ITA" for t in rows)


def test_an_agency_of_a_republic_is_its_body(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Embraer and the National Defence Procurement Agency of the Republic of Ghana have "
                            "signed an agreement for six Super Tucano aircraft.")
    assert [t.recipient.kind for t in rows] == ["government_body"]


def test_bought_second_hand_the_clause_noun_is_the_item(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Chile buys rifles\n\nThe new rifles will replace the FAL rifles the army bought "
                            "second-hand from Belgium in 1995.")
    assert [(t.supplier.country, t.recipient.country, t.stage) for t in rows] == [("BEL", "CHL", "delivered")]


IMPORTS_FEATURE = """How Peru armed itself: two decades of purchases

Peru has bought weapons from many suppliers over twenty years.

In 2004 Peru ordered 24 T-72 tanks from Ukraine. In 2006 Lima bought 12 Mi-17 helicopters from Russia. Peru \
received four Lupo-class frigates from Italy in 2005. In 2010 Peru ordered 30 Piranha vehicles from Switzerland. \
In 2012 Peru signed for two patrol vessels from South Korea.

In 2015 Peru sent 20 old T-55 tanks to Bolivia. Spain delivered 40 Pegaso trucks in 2016 and 2017."""


def test_a_supply_in_an_imports_feature_goes_to_its_country(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, IMPORTS_FEATURE)
    trucks = [t for t in rows if t.supplier is not None and t.supplier.country == "ESP"]
    assert [t.recipient.country for t in trucks] == ["PER"], [(t.supplier, t.recipient) for t in rows]
    assert any(t.supplier.country == "PER" and t.recipient.country == "BOL" for t in rows)


EXPORTS_FEATURE = """How Spain sells arms: two decades of exports

Spain has sold weapons to many buyers over twenty years.

In 2004 Spain sold 24 trucks to Peru. In 2006 Madrid delivered 12 patrol boats to Chile. Spain supplied four \
frigates to Morocco in 2005. In 2010 Spain sold 30 howitzers to Ecuador.

In 2015 Peru sent 20 old T-55 tanks to Bolivia. Italy delivered 40 Iveco trucks in 2016 and 2017."""


def test_a_supply_in_an_exports_feature_keeps_the_last_recipient(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, EXPORTS_FEATURE)
    italian = [t for t in rows if t.supplier is not None and t.supplier.country == "ITA"]
    assert all(t.recipient.country != "ESP" for t in italian), [(t.supplier, t.recipient) for t in italian]


ARRIVAL_FEATURE = """How Peru armed itself: two decades of purchases

Peru has bought weapons from many suppliers over twenty years.

In 2004 Peru ordered 24 T-72 tanks from Ukraine. In 2006 Lima bought 12 Mi-17 helicopters from Russia. Peru \
received four Lupo-class frigates from Italy in 2005. In 2010 Peru ordered 30 Piranha vehicles from Switzerland.

In 2012 Peru signed for 12 Gripen fighters from Saab. The first four arrived at Vitor in January 2014, and the \
last of the 12 in January 2016."""


def test_an_arrival_at_a_base_in_an_imports_feature_is_its_country(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, ARRIVAL_FEATURE)
    arrived = [t for t in rows if t.stage == "delivered" and t.quantity == 4 and t.supplier.country == "SWE"]
    assert [t.recipient.country for t in arrived] == ["PER"], [(t.supplier, t.recipient, t.stage) for t in rows]


def test_it_added_more_is_a_further_order(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "In January 2019 Peru signed for 12 Gripen fighters from Saab, and in March 2021 it "
                            "added four more.")
    assert sorted((t.supplier.country, t.recipient.country, t.stage, t.quantity) for t in rows) == \
        [("SWE", "PER", "ordered", 4), ("SWE", "PER", "ordered", 12)]


def test_added_more_with_no_transfer_before_is_no_row(extractor) -> None:  # noqa: ANN001
    assert not _rows(extractor, "In March 2021 the club added four more players.")


def test_signing_a_letter_of_offer_and_acceptance_is_an_order(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "In July Chile signed a letter of offer and acceptance for 20 F-16V fighters.")
    assert [(t.supplier.country, t.recipient.country, t.stage, t.quantity) for t in rows] == \
        [("USA", "CHL", "ordered", 20)]


def test_signing_a_letter_of_intent_orders_nothing(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "In July Chile signed a letter of intent for 20 F-16V fighters.")
    assert not [t for t in rows if t.stage == "ordered"]
