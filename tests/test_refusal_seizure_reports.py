"""Refusals and seizures told the way news reports tell them (issue 12): a conveyance held or detained
while carrying arms bound for someone, a seized convoy whose destination hangs beside its load, a load
whose destination a later sentence gives, a request turned down in the sentence that tells it, a party
accused of blocking a purchase.

Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest

from _helpers import find


def _rows(extractor, text):  # noqa: ANN001, ANN202
    return extractor.extract_text(text, published="2024-06-01")


def _show(report) -> list[tuple]:  # noqa: ANN001
    return [(t.supplier and t.supplier.id, t.recipient and t.recipient.id, t.item.text, t.stage,
             t.intercepted_by and t.intercepted_by.id) for t in report.transfers]


# text, supplier, recipient, item, seizer's country
HELD = [
    # a verb of holding over a ship carrying arms bound for somewhere
    ("Egyptian customs officers detained a ship in Port Said carrying 30 tonnes of North Korean rockets "
     "bound for Libya.", "PRK", "LBY", "rocket", "EGY"),
    # the passive, with its agent
    ("A ship carrying Chinese rifles bound for Sudan was held by Kenyan customs.", "CHN", "SDN", "rifle", "KEN"),
    # a convoy of lorries stopped
    ("Nigerien soldiers stopped a convoy of lorries carrying Libyan mortars destined for Boko Haram.", "LBY",
     "boko", "mortar", "NER"),
    # the carrying verb hung on the place where the plane was held
    ("Police in Senegal held a cargo plane at Dakar airport carrying 15 tons of Bulgarian-made grenades bound "
     "for Mali's army.", "BGR", "MLI", "grenade", "SEN"),
    # a vessel boarded
    ("The Philippine coast guard boarded a vessel carrying Chinese drones bound for Myanmar's junta.", "CHN",
     "MMR", "drone", "PHL"),
]


@pytest.mark.parametrize("text,supplier,recipient,item,seizer", HELD)
def test_held_conveyance_is_a_seizure(extractor, text, supplier, recipient, item, seizer):
    report = _rows(extractor, text)
    rows = find(report, supplier, recipient, item)
    assert rows, _show(report)
    assert {t.stage for t in rows} == {"intercepted"}, _show(report)
    assert rows[0].intercepted_by is not None and rows[0].intercepted_by.country == seizer, _show(report)


@pytest.mark.parametrize("text", [
    "Greek authorities held a freighter carrying grain bound for Libya.",  # a civilian cargo
    "Turkish officials stopped a truck carrying medicine destined for Syria.",
    "The navy held exercises with a frigate carrying Harpoon missiles bound for the Baltic.",  # no vessel held
    "A plane carrying F-16 parts bound for Ukraine was held up by bad weather in Poland.",  # "held up": delayed
])
def test_held_cargo_without_arms_is_no_seizure(extractor, text):
    assert [t for t in _rows(extractor, text).transfers if t.stage == "intercepted"] == []


# a convoy "crossing from X" whose load hangs on the crossing, its destination beside it
CONVOYS = [
    ("The Sudanese army said it had intercepted a convoy of trucks crossing from Libya into Darfur carrying "
     "mortar rounds and rockets destined for the RSF.", "rapid-support", "mortar", "SDN"),
    ("In March the Malian army said it had intercepted a convoy of pickups crossing from Niger into Gao carrying "
     "grenades and machine guns destined for JNIM.", "jama", "grenade", "MLI"),
    ("Last year the Iraqi army intercepted a convoy of trucks crossing from Syria carrying rockets and mortar "
     "shells destined for the Islamic State.", "islamic", "rocket", "IRQ"),
]


@pytest.mark.parametrize("text,recipient,item,seizer", CONVOYS)
def test_intercepted_convoy_with_its_destination(extractor, text, recipient, item, seizer):
    report = _rows(extractor, text)
    rows = [t for t in report.transfers if t.recipient is not None and recipient in t.recipient.id.lower()
            and item in t.item.text.lower()]
    assert rows and rows[0].stage == "intercepted", _show(report)
    assert rows[0].intercepted_by is not None and rows[0].intercepted_by.country == seizer
    assert all(t.supplier is None for t in rows), _show(report)  # the place crossed into is no supplier


def test_seized_load_bound_for_a_later_destination(extractor):
    """The list the parser hung on the seizure verb is the load's; a later sentence names where the load
    was collected and where it was bound."""
    report = _rows(extractor, "Police in Niger seized a lorry at the border post of Assamaka carrying 40 AK-47 "
                              "rifles, 6 RPG-7 launchers and 2,000 rounds of ammunition. Investigators said the "
                              "load had been collected in Algeria and was bound for rebels in Mali.")
    got = {(t.item.designation, t.quantity) for t in report.transfers if t.stage == "intercepted"
           and t.supplier and t.supplier.id == "DZA" and t.recipient and t.recipient.country == "MLI"
           and t.recipient.kind == "armed_group"}
    assert {("AK-47", 40), ("RPG-7", 6)} <= got, _show(report)
    assert all(t.intercepted_by and t.intercepted_by.country == "NER" for t in report.transfers)


@pytest.mark.parametrize("text,supplier,recipient,item", [
    ("Kenya requested 40 armoured vehicles from Spain, but Madrid rejected the request.", "ESP", "KEN", "armoured"),
    ("An official said Bogota had asked to buy attack helicopters and that Washington had turned the request down.",
     "USA", "COL", "helicopter"),
])
def test_request_turned_down_in_the_same_sentence(extractor, text, supplier, recipient, item):
    report = _rows(extractor, text)
    stages = {t.stage for t in find(report, supplier, recipient, item)}
    assert {"requested", "refused"} <= stages, _show(report)


def test_request_approved_is_no_refusal(extractor):
    report = _rows(extractor, "Kenya requested 40 armoured vehicles from Spain, and Madrid approved the request.")
    assert not [t for t in report.transfers if t.stage == "refused"], _show(report)


@pytest.mark.parametrize("text,supplier,recipient,item", [
    ("Venezuela accused Spain of blocking the purchase of rifles.", "ESP", "VEN", "rifle"),
    ("Officials in Baku have accused Paris of blocking the purchase of artillery shells from Israeli firms.",
     "FRA", "AZE", "shell"),
    ("Kyiv accused Berlin of blocking the delivery of Leopard tanks.", "DEU", "UKR", "leopard"),
])
def test_accused_of_blocking_a_purchase(extractor, text, supplier, recipient, item):
    """The accused refuses the transfer, the accuser would have received it; the accusation is a claim."""
    report = _rows(extractor, text)
    rows = [t for t in find(report, supplier, recipient, item) if t.stage == "refused"]
    assert rows and rows[0].factuality == "uncertain", _show(report)
    assert not [t for t in report.transfers if t.recipient and t.recipient.id == supplier], _show(report)
    assert all(t.supplier and t.supplier.id == supplier for t in report.transfers), _show(report)
