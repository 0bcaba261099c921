"""Seized shipments told through their carrier, their load or a later inventory (stage "intercepted"):
sentences written for these tests, not taken from any article."""
from __future__ import annotations

import pytest

from materiel.record.models import Transfer


def _rows(extractor, text: str) -> list[Transfer]:  # noqa: ANN001
    return list(extractor.extract_text(text, published="2024-06-01").transfers)


def _got(rows: list[Transfer]) -> set[tuple[str | None, str | None, str, int | None, str, str | None]]:
    return {(t.supplier and t.supplier.id, t.recipient and t.recipient.id, t.item.text, t.quantity, t.stage,
             t.intercepted_by and t.intercepted_by.id) for t in rows}


def test_troops_that_stop_a_truck_seize_its_load_and_refuse_nothing(extractor):
    rows = _rows(extractor, "In 2019 Malian troops stopped a truck near the Algerian border carrying 30 assault "
                            "rifles, mortars and ammunition bound for Niger.")
    assert {t.stage for t in rows} == {"intercepted"}, _got(rows)
    assert not [t for t in rows if "truck" in t.item.text]
    assert {t.item.text for t in rows} == {"assault rifles", "mortars", "ammunition"}
    assert all(t.recipient and t.recipient.id == "NER" and t.intercepted_by and t.intercepted_by.id == "MLI"
               for t in rows)


def test_a_headline_state_that_holds_a_ship_is_its_seizer_not_its_supplier(extractor):
    rows = _rows(extractor, "Greece holds Turkish-chartered ship carrying rockets bound for Libya")
    assert _got(rows) == {(None, "LBY", "rockets", None, "intercepted", "GRC")}


def test_items_hidden_in_a_truck_take_its_destination(extractor):
    rows = _rows(extractor, "Colombian soldiers seized 25 rifles and grenades hidden in a truck bound for Ecuador, "
                            "the army said.")
    assert (None, "ECU", "rifles", 25, "intercepted", "COL") in _got(rows)


def test_the_load_of_a_seized_lorry_told_by_loaded_with(extractor):
    rows = _rows(extractor, "Kenyan police impounded a lorry from Somalia loaded with mortar rounds bound for Uganda.")
    assert _got(rows) == {("SOM", "UGA", "mortar rounds", None, "intercepted", "KEN")}


def test_the_load_of_a_seized_container_told_by_a_relative_clause(extractor):
    rows = _rows(extractor, "Tanzanian customs officers have seized a shipping container that held rifles, pistols "
                            "and thousands of rounds of ammunition bound for rebels in Burundi.")
    assert {t.item.text for t in rows} == {"rifles", "pistols", "rounds of ammunition"}
    assert all(t.stage == "intercepted" and t.recipient and t.recipient.country == "BDI" for t in rows)


def test_an_inventory_after_a_customs_seizure_lists_the_seized_items(extractor):
    rows = _rows(extractor, "Kenyan customs officers have seized a shipping container from Yemen that held rifles "
                            "and ammunition hidden among sacks of rice. The container was declared as spare parts "
                            "and addressed to a company in Nairobi. When officers opened it at the port on Tuesday, "
                            "they found 25 AK-47 rifles, six pistols and about 9,000 rounds of ammunition.")
    got = _got(rows)
    assert ("YEM", "KEN", "AK-47 rifles", 25, "intercepted", "KEN") in got  # a town of the seizer's own state
    assert ("YEM", "KEN", "pistols", 6, "intercepted", "KEN") in got


def test_an_inventory_after_a_ship_is_held(extractor):
    rows = _rows(extractor, "Greek coast guard holds ship carrying munitions bound for Libya. Over three days, "
                            "customs officers emptied 40 containers and found about 1,500 mortar bombs and 2,000 "
                            "hand grenades, according to an inventory.")
    got = {(t.recipient and t.recipient.id, t.item.text, t.quantity, t.stage) for t in rows}
    assert ("LBY", "mortar bombs", 1500, "intercepted") in got
    assert ("LBY", "hand grenades", 2000, "intercepted") in got
    assert not [t for t in rows if t.stage != "intercepted" or "ship" in t.item.text]


def test_goods_unloaded_from_a_ship_bound_elsewhere_were_seized(extractor):
    rows = _rows(extractor, "Maltese authorities unloaded dozens of crates of rockets from a ship chartered by an "
                            "Iranian firm that was heading for Libya, officials said.")
    assert _got(rows) == {(None, "LBY", "rockets", None, "intercepted", "MLT")}


def test_port_authorities_that_hold_a_consignment_seize_it(extractor):
    rows = _rows(extractor, "Tanzanian port authorities held a consignment of 30 Cobra armoured vehicles bound "
                            "for Burundi.")
    assert [(t.recipient and t.recipient.id, t.stage, t.intercepted_by and t.intercepted_by.id) for t in rows] == \
        [("BDI", "intercepted", "TZA")]
    assert all(t.supplier is None or t.supplier.id != "TZA" for t in rows)


def test_a_group_with_no_state_is_of_the_state_the_text_is_about(extractor):
    text = ("Mali peacekeepers stop arms truck bound for militias\n\nBAMAKO (Reuters) - Peacekeepers made several "
            "seizures in Mali last year. In 2015 UN troops stopped a truck near the border carrying 20 rifles and "
            "ammunition bound for militias loyal to the former governor.")
    got = _got(_rows(extractor, text))
    assert (None, "MLI", "rifles", 20, "intercepted", "united-nations") in got


@pytest.mark.parametrize("text,stage", [
    ("The United States stopped a shipment of bombs to Israel.", "refused"),  # a shipment is no conveyance
    ("The United States held a shipment of 1,800 bombs to Israel.", "delivered"),  # a state holds its own
])
def test_a_state_that_stops_or_holds_its_own_shipment_seizes_nothing(extractor, text, stage):
    rows = _rows(extractor, text)
    assert rows and {t.stage for t in rows} == {stage}


@pytest.mark.parametrize("text", [
    "Kenyan customs officers seized rifles bound for Kenya.",  # the seizer's own state named as such
    "Russian sailors unloaded 40 tanks from the ship at Tartus.",  # a ship bound nowhere else
    "Inspectors found 200 rifles in the depot.",  # an inventory with no seizure before it
    "Police seized 300 rifles hidden in a warehouse.",  # a hiding place bound nowhere
    "Police stopped a truck carrying 20 refugees near the border.",  # no materiel aboard
])
def test_no_seized_shipment_row(extractor, text):
    assert _rows(extractor, text) == []


def test_a_vessel_intercepted_and_sunk_that_officials_said_was_carrying_arms(extractor):
    text = ("Last month, navy ships intercepted and sank boats that officials said were carrying rifles and "
            "mortar rounds to the Houthis from Somalia. The navy said in a statement that one vessel had been "
            "carrying anti-tank missiles.")
    rows = _rows(extractor, text)
    got = {(t.item.text, t.stage) for t in rows if t.recipient is not None and "houthi" in t.recipient.id}
    assert ("rifles", "intercepted") in got, _got(rows)
    assert ("anti-tank missiles", "intercepted") in got, _got(rows)  # the load told after the seizure
    assert {t.stage for t in rows} == {"intercepted"}
