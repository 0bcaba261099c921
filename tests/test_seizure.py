"""Seizures (stage "intercepted"): sentences written for these tests, not taken from any article."""
from __future__ import annotations

import pytest

from _helpers import find
from materiel.extraction.events import cameo_code

# text, supplier, recipient, item, seizer (id or part of it), quantity (None: not checked)
CASES = [
    # a seized shipment frame: "a shipment of X bound for Y"
    ("Greek police seized a shipment of Turkish rifles bound for Albania.", "TUR", "ALB", "rifle", "GRC", None),
    # a vessel smuggling the items, its participle the object's
    ("The Colombian navy intercepted a boat smuggling 300 rifles from Venezuela to the ELN.", "VEN",
     "national-liberation", "rifle", "COL", 300),
    # the seizure qualifies the shipment's item (passive with its agent)
    ("Rifles seized by the Kenyan navy last week had been shipped from Sudan to Somalia.", "SDN", "SOM", "rifle",
     "KEN", None),
    # origin as supplier: "of Chinese origin"; destination: "destined for"
    ("The Egyptian navy confiscated 40 mortars of Chinese origin destined for Hamas.", "CHN", "hamas", "mortar",
     "EGY", 40),
    # a demonym on the item, with a vessel carrying it
    ("The Omani navy intercepted a dhow carrying 300 Iranian rifles to the Houthis.", "IRN", "houthi", "rifle",
     "OMN", 300),
    # the route of the vessel the items were found on
    ("The Kenyan navy seized 500 rifles on a boat sailing from Sudan to Somalia on Monday.", "SDN", "SOM", "rifle",
     "KEN", 500),
    # a shipment captured in transit; an arms shipment with the origin as a demonym
    ("Israeli forces captured a shipment of Syrian rockets destined for Hezbollah.", "SYR", "hezbollah", "rocket",
     "ISR", None),
    ("The Saudi navy seized an Iranian arms shipment bound for the Houthis.", "IRN", "houthi", "arms", "SAU", None),
    # the relative clause of the seized items
    ("Italian police confiscated weapons that were being smuggled from Libya to Tunisia.", "LBY", "TUN", "weapon",
     "ITA", None),
    # the shipment named again in the next sentence
    ("Turkish customs officers impounded 12 tonnes of explosives. The explosives were being smuggled from "
     "Bulgaria to the PKK.", "BGR", "kurdistan", "explosive", "TUR", None),
    ("Two hundred pistols were seized by the Spanish navy. The pistols, which originated in Serbia, were "
     "intended for Hezbollah.", "SRB", "hezbollah", "pistol", "ESP", None),
]


@pytest.mark.parametrize("text,supplier,recipient,item,seizer,quantity", CASES)
def test_seized_shipment(extractor, text, supplier, recipient, item, seizer, quantity):
    report = extractor.extract_text(text, published="2024-06-01")
    rows = find(report, supplier, recipient, item)
    assert rows, [(t.supplier and t.supplier.id, t.recipient and t.recipient.id, t.item.text, t.stage)
                  for t in report.transfers]
    assert {t.stage for t in rows} == {"intercepted"}  # a seized shipment is no delivery
    row = rows[0]
    assert row.intercepted_by is not None and seizer in row.intercepted_by.id
    if quantity is not None:
        assert row.quantity == quantity
    for t in report.transfers:  # the seizer is never a party of the shipment
        assert t.recipient is None or t.intercepted_by is None or t.recipient.id != t.intercepted_by.id
        assert t.supplier is None or t.intercepted_by is None or t.supplier.id != t.intercepted_by.id


def test_seized_shipment_of_unknown_origin_keeps_recipient_and_seizer(extractor):
    report = extractor.extract_text("The Greek coast guard seized a ship carrying 40 tonnes of arms bound for Libya.")
    rows = [t for t in report.transfers if t.recipient is not None and t.recipient.id == "LBY"]
    assert rows and rows[0].stage == "intercepted" and rows[0].supplier is None
    assert rows[0].intercepted_by is not None and rows[0].intercepted_by.country == "GRC"
    assert rows[0].quantity is None  # 40 tonnes is no count of items


def test_destination_is_not_a_plan(extractor):
    text = ("Two hundred pistols were seized by the Spanish navy. The pistols, which originated in Serbia, "
            "were intended for Hezbollah.")
    assert {t.stage for t in extractor.extract_text(text).transfers} == {"intercepted"}


@pytest.mark.parametrize("text", [
    "The new system can intercept cruise and ballistic missiles fired at the capital.",  # air defence
    "Police seized 300 rifles from smugglers in the port.",  # no intended recipient
    "Militants seized large stocks of army rifles when they overran the base.",  # capture, not in transit
    "Ukrainian troops captured Russian tanks near Kharkiv.",  # battlefield capture, no recipient
])
def test_no_seizure_row(extractor, text):
    assert [t for t in extractor.extract_text(text).transfers if t.stage == "intercepted"] == []


def test_headline_seizer_is_never_the_recipient(extractor):
    text = ("Coast Guard Forces Seize 400 Rifles Shipped From Eritrea\n\n"
            "The Sudanese coast guard seized 400 rifles on a boat sailing from Eritrea to Yemen on Friday.")
    report = extractor.extract_text(text, published="2024-06-01")
    assert find(report, "ERI", "YEM", "rifle")
    for t in report.transfers:
        assert t.recipient is None or "coast" not in t.recipient.id.lower()
        assert t.stage == "intercepted"


def test_seize_event_with_cameo(extractor):
    report = extractor.extract_text("The Colombian navy intercepted a boat smuggling 300 rifles from Venezuela "
                                    "to the ELN.", published="2024-06-01")
    seize = [e for e in report.events if e.type == "SEIZE" and e.transfers]
    assert seize, [(e.type, e.actor.id) for e in report.events]
    e = seize[0]
    assert e.actor.country == "COL" and e.target is not None and e.target.id == "VEN"
    assert e.mode == "military" and cameo_code(e) == "1711"
    assert report.transfers[e.transfers[0]].stage == "intercepted"


def test_seizure_by_no_one_named_makes_no_seize_event(extractor):
    report = extractor.extract_text("Rifles from Sudan bound for Somalia were seized last week.")
    assert find(report, "SDN", "SOM", "rifle")
    assert [e for e in report.events if e.type == "SEIZE" and e.transfers] == []


def test_cargo_listed_after_a_seized_vessel(extractor):
    """The items aboard a seized vessel, listed in the next sentence, take the place of "the arms" whose
    origin and destination a later sentence gives; the vessels themselves are no item."""
    text = ("Indian warships interdicted three fishing boats last month. Aboard the boats were crates of "
            "weapons, including 90 anti-tank missiles and twelve mortars. The arms were from Myanmar and "
            "destined for rebels in Sri Lanka.")
    report = extractor.extract_text(text, published="2024-06-01")
    got = {(t.item.category, t.quantity) for t in report.transfers
           if t.stage == "intercepted" and t.supplier and t.supplier.id == "MMR" and t.recipient
           and t.recipient.kind == "armed_group" and t.recipient.country == "LKA"}  # rebels of a country, not the state
    assert {("atgm", 90), ("mortar", 12)} <= got, [(t.item.text, t.quantity, t.stage) for t in report.transfers]
    assert not [t for t in report.transfers if "boat" in t.item.text]


def test_a_mission_of_interdiction_seizes_nothing(extractor):
    text = ("The boats will be used for missions such as maritime interdiction and coastal patrols. "
            "The Navy has transferred additional patrol boats to Georgia and Tunisia.")
    stages = {t.stage for t in extractor.extract_text(text).transfers}
    assert stages == {"delivered"}, stages
