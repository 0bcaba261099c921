"""Past deliveries told in the history paragraphs of features and op-eds (issue 12): a list the parser
split before a participle, the first operator or buyer of a system of another state, an arrival on a
state's soil, a load flown into a state's air base, and the next step of a series ("Y followed with four
more A", "In 2019 came six B", "the deal for A was followed by one for B"). Every sentence is written
for these tests."""
from __future__ import annotations


def _rows(extractor, text: str) -> set[tuple[str | None, str | None, str | None, str]]:  # noqa: ANN001
    """(supplier, recipient, designation, stage) of each row, a party as its state (its country)."""
    rows = extractor.extract_text(text, published="2024-03-01").transfers
    return {(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None,
             t.item.designation, t.stage) for t in rows}


# -- a list split by the parser before a participle ------------------------------------------------

def test_both_items_of_a_list_before_a_participle_are_donated(extractor):
    text = ("Consider the record. In 2015, Beijing gave Phnom Penh six used K-8 trainers, free of charge. "
            "And in 2021, 30 T-55 tanks and 30 BTR-70 armoured personnel carriers donated by the Chinese "
            "government were paraded before the president in the capital.")
    got = {(s, r, d) for s, r, d, stage in _rows(extractor, text) if stage == "delivered"}
    assert ("CHN", "KHM", "T-55") in got
    assert ("CHN", "KHM", "BTR-70") in got


# -- the first operator or buyer of another state's system ------------------------------------------

def test_first_operator_of_a_system_of_named_origin_received_it(extractor):
    assert _rows(extractor, "Kenya became the first African operator of Turkish Bayraktar TB2 drones.") == \
        {("TUR", "KEN", "Bayraktar TB2", "delivered")}
    assert _rows(extractor, "In 2012 Kazakhstan became the first foreign user of Russian S-300 systems.") == \
        {("RUS", "KAZ", "S-300", "delivered")}


def test_reported_first_buyer_of_a_states_system_ordered_it(extractor):
    got = _rows(extractor, "Morocco was reported to have become the first buyer of Israel's Barak MX air-defence system.")
    assert {(s, r, st) for s, r, _, st in got} == {("ISR", "MAR", "ordered")}


def test_first_operator_when_the_delivery_is_told_gives_that_delivery_its_parties(extractor):
    got = _rows(extractor, "Peru became the first operator of South Korean KF-21 fighters when ten jets were "
                           "delivered in 2030.")
    assert {(s, r, st) for s, r, _, st in got} == {("KOR", "PER", "delivered")}


def test_operator_of_its_own_or_of_an_unnamed_origin_is_no_transfer(extractor):
    assert _rows(extractor, "Turkey became the first operator of Turkish Akinci drones.") == set()
    assert _rows(extractor, "Kenya became the first operator of the TB2 drones.") == set()


# -- arrivals on a state's soil, loads flown into its bases ------------------------------------------

def test_a_states_system_arriving_on_another_states_soil_is_delivered_by_it(extractor):
    got = _rows(extractor, "Poland's Krab howitzers arrived on Ukrainian territory in 2022.")
    assert {(s, r, st) for s, r, _, st in got} == {("POL", "UKR", "delivered")}


def test_transport_aircraft_of_a_state_flying_a_system_into_a_base_deliver_it(extractor):
    got = _rows(extractor, "American C-17 transport planes flew the NASAMS air-defence system into Kyiv's "
                           "Boryspil airport.")
    assert {(s, r, st) for s, r, _, st in got} == {("USA", "UKR", "delivered")}


# -- the next step of a series --------------------------------------------------------------------

def test_followed_with_takes_the_recipient_and_stage_told_before(extractor):
    got = _rows(extractor, "In 2016, Paris sold Cairo 24 Rafale jets. Two years later Rome followed with two "
                           "FREMM frigates, also sold on credit.")
    assert ("ITA", "EGY", "FREMM", "delivered") in got


def test_followed_with_and_nothing_told_before_is_no_transfer(extractor):
    assert _rows(extractor, "Three years later Sofia followed with two more Su-25s.") == set()


def test_items_after_came_continue_the_series(extractor):
    got = _rows(extractor, "In 2016, France supplied Rafale jets to Egypt. In 2018 and 2019 came six FREMM frigates.")
    assert ("FRA", "EGY", "FREMM", "delivered") in got


def test_a_deal_followed_by_one_for_other_items_orders_them_too(extractor):
    got = _rows(extractor, "In 2015 Egypt signed a contract for Rafale jets from France. The deal for the Rafales "
                           "was followed in 2016 by one for two Mistral helicopter carriers.")
    assert any(s == "FRA" and r == "EGY" and d and "Mistral" in d and st == "ordered" for s, r, d, st in got)


# -- fought with another state's weapons ------------------------------------------------------------

def test_a_state_fighting_with_weapons_of_other_origins_received_them(extractor):
    got = _rows(extractor, "In the 2016 clashes, Ethiopia fought with Chinese Wing Loong drones and Russian Su-27 "
                           "jets that hit Eritrean positions.")
    assert {(s, r, st) for s, r, _, st in got} == {("CHN", "ETH", "delivered"), ("RUS", "ETH", "delivered")}


def test_forces_fighting_with_an_enemys_weapons_or_its_own_are_no_transfer(extractor):
    assert _rows(extractor, "Ukrainian forces fought with Russian T-72 tanks near Bakhmut.") == set()
    assert _rows(extractor, "Turkey fought with Turkish Akinci drones.") == set()


# -- a finding, not a deal ---------------------------------------------------------------------------

def test_concluded_that_something_was_sent_is_a_finding_not_an_order(extractor):
    got = _rows(extractor, "In 2019 a UN panel concluded that 40 Igla missiles had been sent to Venezuela by Russia.")
    assert {(s, r, st) for s, r, _, st in got} == {("RUS", "VEN", "delivered")}
    got = _rows(extractor, "Peru concluded a deal to buy 24 Gripen jets from Sweden.")
    assert {(s, r, st) for s, r, _, st in got} == {("SWE", "PER", "ordered")}
