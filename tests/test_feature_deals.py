"""Deals told in long features and wire stories (issue 12): talks held "with" the other side of a
purchase, "signed for" items "from" a maker or a state, designations split at their slashes
("F/A-18C/D"), and airliners a prefix reads as a tanker. Every sentence is written for these tests."""
from __future__ import annotations


def _got(extractor, text: str) -> set[tuple[str | None, str | None, str]]:  # noqa: ANN001
    """(supplier, recipient, stage) of each row, a party as its state (its country)."""
    rows = extractor.extract_text(text, published="2024-03-01").transfers
    return {(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage)
            for t in rows}


def _sellers(extractor, text: str) -> set[str | None]:  # noqa: ANN001
    return {t.supplier.name if t.supplier else None for t in extractor.extract_text(text, published="2024-03-01").transfers}


# -- talks "with" the seller ----------------------------------------------------------------------

def test_negotiating_with_a_state_to_buy_takes_it_as_the_seller(extractor):
    """Second-hand jets: the state negotiated with sells them, not the maker's state."""
    assert _got(extractor, "For two years Peru has been negotiating with Norway to buy 12 used F-16 jets.") == \
        {("NOR", "PER", "considered")}
    assert _got(extractor, "Indonesia has been negotiating with Qatar to buy 12 used Mirage 2000 jets.") == \
        {("QAT", "IDN", "considered")}


def test_talks_with_a_state_to_buy_take_it_as_the_seller(extractor):
    assert _got(extractor, "Peru is in talks with Norway to buy 12 used F-16 jets.") == \
        {("NOR", "PER", "considered")}


def test_talks_with_a_buyer_to_sell_take_it_as_the_recipient(extractor):
    assert _got(extractor, "Norway is in talks with Peru to sell 12 used F-16 jets.") == {("NOR", "PER", "considered")}


def test_talks_without_a_partner_keep_the_makers_state(extractor):
    assert _got(extractor, "Peru is negotiating to buy 12 used F-16 jets.") == {("USA", "PER", "considered")}


# -- "signed for" items "from" a seller -----------------------------------------------------------

def test_signing_for_items_from_a_state_orders_them_from_it(extractor):
    assert _got(extractor, "Peru signed for four corvettes from the Netherlands.") == {("NLD", "PER", "ordered")}


def test_signing_for_items_from_a_maker_orders_them_from_the_maker(extractor):
    text = "Egypt signed for 24 Rafale jets from Dassault."
    assert {(r, stage) for _, r, stage in _got(extractor, text)} == {("EGY", "ordered")}
    assert _sellers(extractor, text) == {"France"}  # the maker (actors.csv) sells for its state, as SIPRI records


def test_signing_for_items_from_a_named_foreign_shipbuilder(extractor):
    assert _got(extractor, "Chile signed for three frigates from Dutch shipbuilder Acme.") == {("NLD", "CHL", "ordered")}


# -- designations split at slashes -------------------------------------------------------------

def test_a_slashed_variant_names_its_system(extractor):
    rows = extractor.extract_text("Peru wants to buy 20 F/A-18C/D Hornet fighters.", published="2024-03-01").transfers
    assert [(t.item.designation, t.quantity, t.stage) for t in rows] == [("F/A-18 Hornet", 20, "considered")]


def test_numbers_with_slashes_are_no_designation(extractor):
    assert _got(extractor, "The ministry said 24/7 patrols used 2/3 of the budget.") == set()


# -- airliners ------------------------------------------------------------------------------------

def test_airliners_of_a_civil_family_are_no_tanker(extractor):
    assert _got(extractor, "Vietnam Aviation Group confirmed an order for 12 Airbus A330neo airliners.") == set()


def test_a_tanker_named_in_its_own_words_stays(extractor):
    assert _got(extractor, "Thailand's air force ordered four A330 tankers.") == {("FRA", "THA", "ordered")}


# -- "the government" of a feature on one state ---------------------------------------------------

FEATURE = """Inside Peru's slow effort to rebuild its air force

LIMA - Officers at Las Palmas air base say they have waited a decade for new jets.

The last transport aircraft came from Spain. In the air, the government signed a contract in May with Saab for 12 Gripen fighters.
"""

WIRE = """Chile turns to Sweden and Israel as budgets shrink

SANTIAGO - Sweden's Saab delivered Gripen jets to Brazil last year. The government signed for ten Spike launchers from Rafael in March.
"""

NAMED_AFTER = """Peru's long wait for new jets

The last transport aircraft came from Spain. The government sold ten old Mirage jets to Peru in 2020, a Spanish official said.
"""


def test_the_government_of_a_feature_is_the_state_its_title_names(extractor):
    """Not the state last named ("came from Spain"), but the one the report is about."""
    assert _got(extractor, FEATURE) == {("SWE", "PER", "ordered")}


def test_the_government_of_a_title_naming_several_states_is_its_subjects(extractor):
    assert ("ISR", "CHL", "ordered") in _got(extractor, WIRE)
    assert ("ISR", "BRA", "ordered") not in _got(extractor, WIRE)
    # a sentence that names the title's state as another party keeps "the government" for the other side
    assert _got(extractor, NAMED_AFTER) == {("ESP", "PER", "delivered")}


# -- forces in general --------------------------------------------------------------------------

def test_giving_to_friendly_militaries_names_no_recipient(extractor):
    """A programme's habit ("gives equipment to friendly militaries") is no delivery to the state
    named before; armies named with their states still are recipients."""
    text = ("South Korea is considering supplying patrol boats to Peru under its aid programme, which gives "
            "equipment to friendly militaries free of charge.")
    assert _got(extractor, text) == {("KOR", "PER", "considered")}
    assert ("TUR", "NER", "delivered") in _got(extractor, "Turkey has sold Bayraktar drones to the armies of Niger and Mali.")
