"""Civilian goods, money and services beside arms for armies and police (session 28b, helper hR):

- ambulances, and a generic item told by its civil use ("office equipment", "medical supplies"), are no row unless
  the item's own words carry a military modifier ("armoured ambulances") (extraction/civil_goods.py, words.toml
  [civil_goods] civil_heads, civil_modifiers);
- a sum of money in aid ("$12 million in military aid", "40 million euros of assistance") is no row; the goods the
  sum includes stay rows ([civil_goods] aid_heads, money_preps, money_words);
- "donated X, along with Y, to Z": the parser hangs "to Z" on "along"; it is the verb's recipient
  (frames/objects.py).

Sentences written for these tests (invented models and firms; not taken from any article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row as _has

CIVIL_ONLY = [
    "The Chilean embassy in Accra handed over ambulances, tents and generators to the Ghanaian army on Friday.",
    "Norway delivered computers, office equipment and fuel to the Kenyan defence ministry last week.",
    "Ambulances donated by Peru were received by the Senegalese police in Dakar on Wednesday.",
    "Two ambulances and a consignment of medical supplies were handed to Zambia's armed forces by Italy.",
    "Poland, which trains the force, gave the Bulgarian gendarmerie office equipment and kitchen equipment.",
    "Brazil has donated 14 ambulances to the Uruguayan army, the ministry in Montevideo said on Monday.",
    "The Omani navy will receive medical equipment from Egypt, officials said.",
    "Indonesia reportedly sent twelve ambulances and camping equipment to the Thai army.",
    "According to the embassy, Spain delivered six ambulances to the Moroccan gendarmerie in March.",
    "Norway donated a field hospital, medical supplies and water purification equipment to the Kenyan army.",
    "Chile gave the Peruvian navy two fisheries protection boats and IT equipment.",
    "Brazil donated 20 ambulance vehicles and firefighting equipment to the Uruguayan army.",
]

MONEY = [
    "Oman will provide $12 million in military aid to Norway this year, officials in Muscat said.",
    "Kenya received 40 million euros of military assistance from Italy in 2019.",
    "Last year Chile gave Peru $25 million in security assistance, the embassy said.",
    "Romania will send 3 million euros of military aid to Senegal, the ministry in Bucharest said on Tuesday.",
    "The Thai army has received $8 million in aid from Malaysia, a spokesman said.",
    "Norway pledged 50 million dollars of support to Ghana's armed forces.",
    "Washington's $30 million in military aid to Jordan, announced in May, was approved by Congress.",
    "Brazil reportedly provided Uruguay with $5 million in assistance for its police.",
]


@pytest.mark.parametrize("text", CIVIL_ONLY + MONEY)
def test_civil_goods_and_sums_of_aid_are_no_row(extractor, text) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


KEPT = [
    ("Turkey delivered eight armoured ambulances to Ghana.", "TUR", "GHA", "delivered", "ambulances", 8),
    ("Oman delivered $12 million in military aid to Norway, including four Kestal-9 howitzers.",
     "OMN", "NOR", "delivered", "Kestal-9", 4),
    ("Italy gave Kenya 40 million euros of aid, including six Verno-3 helicopters, a spokesman said.",
     "ITA", "KEN", "delivered", "Verno-3", 6),
    ("The United States sent military aid to Peru in 2015.", "USA", "PER", "delivered", "military aid", None),
    ("Chile donated two Halvor-5 patrol boats and office equipment to Ghana.",
     "CHL", "GHA", "delivered", "Halvor-5", 2),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "quantity"), KEPT)
def test_arms_beside_civil_goods_and_money_keep_their_row(extractor, text, sup, rec, stage, word,  # noqa: ANN001
                                                          quantity) -> None:
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, stage, word, quantity), rows
    assert not any("office" in item or "euros" in item for _s, _r, _st, item, _q in rows), rows


ALONG_WITH = [
    ("Serbia donated three Karvo-2 patrol boats, along with ambulances and uniforms, to Czechia, the embassy said.",
     "SRB", "CZE", "delivered", "Karvo-2", 3),
    ("Poland donated three Tesla-22 air-defence systems, along with spare parts, to Nigeria.",
     "POL", "NGA", "delivered", "Tesla-22", 3),
    ("On Monday Peru handed over 24 Ostra-4 armoured vehicles, along with tents, to Chile.",
     "PER", "CHL", "delivered", "Ostra-4", 24),
    ("Egypt sold two Marvel-6 helicopters, along with training, to Jordan in 2012.",
     "EGY", "JOR", "delivered", "Marvel-6", 2),
    ("Norway has sent eight Dorin-3 howitzers, along with ammunition, to Ghana, the ministry said.",
     "NOR", "GHA", "delivered", "Dorin-3", 8),
    ("Italy supplied six Velar-9 radars, along with generators, to Kenya.",
     "ITA", "KEN", "delivered", "Velar-9", 6),
    ("Brazil reportedly donated four Tamar-1 boats, along with fuel, to Uruguay.",
     "BRA", "URY", "delivered", "Tamar-1", 4),
    ("The Spanish government gave twelve Korsa-8 trucks, along with boots and uniforms, to Morocco.",
     "ESP", "MAR", "delivered", "Korsa-8", 12),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "quantity"), ALONG_WITH)
def test_along_with_leaves_the_recipient_to_the_verb(extractor, text, sup, rec, stage, word,  # noqa: ANN001
                                                     quantity) -> None:
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, stage, word, quantity), rows
    assert not any("ambulance" in item for _s, _r, _st, item, _q in rows), rows


PICKUPS = [
    "Norway handed over 40 new Toyota Hilux pick-ups to the Kenyan police on Monday.",
    "Italy donated 12 Land Cruisers to the Ghanaian army, the embassy in Accra said.",
    "The Peruvian police received 25 Hilux patrol vehicles from Brazil.",
    "Twenty Nissan Navara pick-ups were handed to the Senegalese gendarmerie by Morocco.",
    "Chile, which has long backed the force, gave the Uruguayan army six Toyota Land Cruisers.",
    "According to officials in Oslo, Norway will deliver 60 Hilux vehicles to the Zambian police next year.",
    "Japan reportedly donated a fleet of Mitsubishi Pajero vehicles to the Omani police.",
    "Spain delivered 18 Ford Ranger pick-ups to Morocco's border guards in March.",
]


@pytest.mark.parametrize("text", PICKUPS)
def test_civilian_makes_pickups_for_a_states_forces_are_no_row(extractor, text) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


def test_an_armed_pickup_keeps_its_row(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Chile delivered six armed Hilux to the Peruvian army.")
    assert _has(rows, "CHL", "PER", "delivered", "Hilux", 6), rows


def test_pickups_for_an_armed_group_keep_their_row(extractor) -> None:  # noqa: ANN001
    report = extractor.extract_text("Oman supplied 30 Hilux technicals to the Tarsh Brigades.")
    assert any(t.recipient is not None and "Tarsh" in (t.recipient.name or "") and t.quantity == 30
               for t in report.transfers), report.transfers
