"""Constructions of official texts (issue 12): approved possible sales and the buyer's itemised request,
measurements that are not quantities, acronyms a text defines, handovers of ships and aircraft.
All sentences are invented."""
from __future__ import annotations

from _helpers import find

NOTICE = (
    "WASHINGTON, March 3, 2026 - The State Department has made a determination approving a possible "
    "Foreign Military Sale to the Government of Peru of Stinger missiles and related equipment for an "
    "estimated cost of $310 million. The Defense Security Cooperation Agency delivered the required "
    "certification notifying Congress.\n\n"
    "The Government of Peru has requested to buy up to eleven (11) M142 High Mobility Artillery Rocket "
    "Systems (HIMARS); one hundred sixty (160) FIM-92 Stinger missiles; and twenty-four (24) M1152A1 High "
    "Mobility Multipurpose Wheeled Vehicles (HMMWV). The following non-MDE items will also be included: "
    "tool kits; test equipment; spare parts; and training.\n"
)


def test_approved_sale_is_an_offer_from_the_approving_state(extractor):
    report = extractor.extract_text(NOTICE, published="2026-03-03")
    rows = [t for t in report.transfers if t.stage == "offered" and t.supplier and t.supplier.country == "USA"
            and t.recipient and t.recipient.country == "PER" and "stinger" in t.item.text.lower()]
    assert rows, [(t.supplier and t.supplier.id, t.recipient and t.recipient.id, t.item.text, t.stage)
                  for t in report.transfers]
    assert "approved-sale" in rows[0].rule


def test_request_after_approval_is_offered_item_by_item_with_quantities(extractor):
    report = extractor.extract_text(NOTICE, published="2026-03-03")
    offered = {(t.item.designation, t.quantity) for t in report.transfers
               if t.stage == "offered" and t.recipient and t.recipient.country == "PER"
               and t.supplier and t.supplier.country == "USA"}
    assert ("M142 HIMARS", 11) in offered
    assert ("HMMWV", 24) in offered
    assert any(q == 160 for _, q in offered)
    requested = [t for t in report.transfers if t.stage == "requested" and t.quantity == 11]
    assert requested and requested[0].supplier is not None and requested[0].supplier.country == "USA"


def test_non_mde_boilerplate_gives_no_rows(extractor):
    report = extractor.extract_text(NOTICE, published="2026-03-03")
    assert not [t for t in report.transfers if "tool kit" in t.item.text.lower() or "spare" in t.item.text.lower()]


def test_unknown_system_named_by_an_approved_sale_is_kept(extractor):
    text = ("The State Department has made a determination approving a possible Foreign Military Sale to the "
            "Government of Chile of Coastal Surveillance Radar Suites and related equipment for an estimated "
            "cost of $95 million.")
    report = extractor.extract_text(text, published="2026-01-10")
    rows = [t for t in report.transfers if t.stage == "offered" and t.recipient and t.recipient.country == "CHL"]
    assert any("Coastal Surveillance Radar" in t.item.text for t in rows)
    assert not any(t.item.text.lower() == "related equipment" for t in rows)


def test_measurement_is_not_a_quantity(extractor):
    report = extractor.extract_text("Spain transferred two decommissioned 165-foot patrol boats to Ghana.")
    rows = find(report, "ESP", "GHA", "patrol boat")
    assert rows and all(t.quantity != 165 for t in rows)
    assert rows[0].quantity == 2
    report = extractor.extract_text("France delivered 2,000-pound bombs to Chad.")
    assert report.transfers and all(t.quantity != 2000 for t in report.transfers)


def test_acronym_defined_as_something_else_is_not_the_gazetteer_actor(extractor):
    text = ("The boats were transferred to Ghana under the Excess Defense Articles (EDA) program. "
            "The EDA transfer of two patrol boats to Ghana was completed in May.")
    report = extractor.extract_text(text, published="2024-06-01")
    assert not any(t.supplier and "european" in t.supplier.name.lower() for t in report.transfers)
    doc = extractor.nlp(text)
    assert not any(s.label_ == "european-defence-agency" for s in doc.spans["actors"])


def test_acronym_of_the_agency_itself_still_matches(extractor):
    text = "The European Defence Agency (EDA) said on Monday that the EDA would fund drone research."
    doc = extractor.nlp(text)
    spans = [s for s in doc.spans["actors"] if s.label_ == "european-defence-agency"]
    assert len(spans) == 3  # the name, its acronym in brackets, and the acronym used after


def _rows(report, supplier, recipient, stage=None):  # noqa: ANN001, ANN202
    return [t for t in report.transfers if t.supplier and t.supplier.country == supplier and t.recipient
            and t.recipient.country == recipient and (stage is None or t.stage == stage)]


def test_deal_between_two_parties_sells_the_one_named_on_the_item(extractor):
    report = extractor.extract_text("Spain and Chile signed a deal worth up to 2 billion euros for 12 Spanish "
                                     "Eurofighter Typhoon jets.", published="2025-05-01")
    assert not _rows(report, "ESP", "ESP")
    report = extractor.extract_text("France and Greece signed a contract for 18 France Rafale fighter jets.",
                                    published="2025-05-01")
    rows = _rows(report, "FRA", "GRC", "ordered")
    assert rows and rows[0].quantity == 18 and "maker" in rows[0].rule


def test_for_x_to_buy_makes_x_the_buyer(extractor):
    report = extractor.extract_text("Officials welcomed the signing of an agreement for Chile to purchase four "
                                    "Type 23 frigates from British yards.", published="2025-05-01")
    assert [t for t in report.transfers if t.recipient and t.recipient.country == "CHL" and t.stage == "ordered"]


def test_items_that_will_arrive_are_offered_not_delivered(extractor):
    report = extractor.extract_text("The U.S. delivery of two jets is part of a batch of 12 F-16s that will "
                                    "arrive in Jordan over the next year.", published="2025-05-01")
    rows = [t for t in report.transfers if t.quantity == 12 and t.recipient and t.recipient.country == "JOR"]
    assert rows and rows[0].stage == "offered"


def test_headline_words_are_not_an_actor(extractor):
    text = ("France and Morocco Deepen Partnership With Handover of Caesar Howitzers\n\n"
            "France handed over 10 Caesar howitzers to Morocco on Monday.")
    report = extractor.extract_text(text, published="2025-05-01")
    assert all("partnership" not in (t.recipient.name.lower() if t.recipient else "") for t in report.transfers)
    assert _rows(report, "FRA", "MAR", "delivered")


def test_named_hull_handed_over(extractor):
    text = ("The patrol ship PS-1204 arrived in Accra on Monday. The Spanish navy formally transferred PS-1204, "
            "formerly the Centinela, to Ghana in March.")
    report = extractor.extract_text(text, published="2025-05-01")
    rows = _rows(report, "ESP", "GHA", "delivered")
    assert rows and "PS-1204" in rows[0].item.text and rows[0].item.category == "ship"


def test_sum_in_weapons_presented_to_an_army(extractor):
    report = extractor.extract_text("Japan presented $4 million in vehicles and radios to the Philippine Army "
                                    "at a ceremony in Manila.", published="2025-05-01")
    rows = _rows(report, "JPN", "PHL", "delivered")
    assert rows and all(t.quantity is None for t in rows)
    assert extractor.extract_text("The minister presented the annual report to parliament.").transfers == []


def test_vessel_of_a_class_given_to(extractor):
    report = extractor.extract_text("The cutter is the third vessel of its class given to the Nigerian Navy by "
                                    "the Italian government.", published="2025-05-01")
    assert _rows(report, "ITA", "NGA", "delivered")


def test_items_included_in_a_package(extractor):
    text = ("Canada will send more air defence equipment to Latvia. Included in the Canadian package are "
            "3,000 rounds of 40 mm ammunition and 40 Javelin anti-tank missiles.")
    report = extractor.extract_text(text, published="2025-05-01")
    quantities = {t.quantity for t in _rows(report, "CAN", "LVA")}
    assert {3000, 40} <= quantities


def test_package_as_subject_gives_its_parties(extractor):
    text = ("Norway will send 20 howitzers to Estonia. The package also will provide more shells for the "
            "howitzers and 8 ammunition trucks.")
    report = extractor.extract_text(text, published="2025-05-01")
    rows = _rows(report, "NOR", "EST")
    assert any(t.quantity == 8 and "truck" in t.item.text for t in rows)


def test_record_list_of_states_and_items(extractor):
    text = ("Major contracts signed in 2024 include: Poland – K2 tanks ($6.2B); Egypt – Rafale fighter jets "
            "($4.1B); Chile – training services ($0.2B).")
    report = extractor.extract_text(text, published="2025-05-01")
    assert _rows(report, "KOR", "POL", "ordered") and _rows(report, "FRA", "EGY", "ordered")
    assert not [t for t in report.transfers if t.recipient and t.recipient.country == "CHL"]
    plain = extractor.extract_text("The delegation included: Poland – two ministers; Egypt – an envoy.")
    assert plain.transfers == []


def test_intent_to_donate_by_several_states(extractor):
    report = extractor.extract_text("Spain, Italy and Greece have announced their intent to donate patrol boats "
                                    "to Tunisia.", published="2025-05-01")
    for giver in ("ESP", "ITA", "GRC"):
        rows = _rows(report, giver, "TUN")
        assert rows and rows[0].stage == "considered", giver


def test_state_made_single_token_is_the_supplier(extractor):
    report = extractor.extract_text("U.S.-made Bradley vehicles will soon arrive in Lithuania.", published="2025-05-01")
    rows = _rows(report, "USA", "LTU")
    assert rows and rows[0].stage == "offered"
