"""Deals still pursued, reduced relatives the parser reads as a clause's verb, and phrases that name no
transfer in particular (issue 12). Every sentence is written for these tests."""
from __future__ import annotations


def _got(extractor, text: str) -> set[tuple[str | None, str, str]]:  # noqa: ANN001
    rows = extractor.extract_text(text, published="2024-03-01").transfers
    return {(t.supplier.id if t.supplier else None, t.recipient.id, t.stage) for t in rows}


def test_seeking_or_pressing_to_conclude_a_sale_is_still_weighed(extractor):
    assert _got(extractor, "France is seeking to conclude the sale of Rafale jets to India.") == \
        {("FRA", "IND", "considered")}
    assert _got(extractor, "Britain has been pressing for more than a year to complete the sale of 48 Typhoon "
                           "jets to Qatar.") == {("GBR", "QAT", "considered")}
    assert _got(extractor, "Ankara wants to finalise the purchase of Typhoon jets from Britain.") == \
        {("GBR", "TUR", "considered")}


def test_a_completed_sale_is_an_order(extractor):
    assert _got(extractor, "Britain completed the sale of 48 Typhoon jets to Qatar.") == {("GBR", "QAT", "ordered")}


def test_the_kingdom_after_a_subject_is_another_kingdom(extractor):
    got = _got(extractor, "Saudi Arabia has also been shopping elsewhere. Britain has been pressing for a year to "
                          "complete the sale of 48 Typhoon jets to the kingdom.")
    assert got == {("GBR", "SAU", "considered")}


def test_items_supplied_to_x_were_used_is_a_delivery(extractor):
    got = _got(extractor, "Activists argued that British-made Paveway IV bombs supplied to the Jordanian army "
                          "were used in strikes.")
    assert ("GBR", "delivered") in {(s, st) for s, _, st in got}


def test_every_rocket_sent_to_x_is_no_transfer_in_particular(extractor):
    got = _got(extractor, "Serbia exported rockets to Myanmar in 2021. Every rocket sent to the junta ends up "
                          "being used against villages.")
    assert len(got) == 1  # the export; the quote's "every rocket" adds no row
    assert _got(extractor, "Every rocket sent to the junta ends up being used against villages.") == set()


def test_a_ranking_of_exports_is_no_transfer(extractor):
    got = _got(extractor, "Brazil and Chile are close to a deal for the sale of A-29 aircraft, in what would be one "
                          "of Brazil's largest weapons exports.")
    assert got == {("BRA", "CHL", "considered")}


def test_a_ship_built_for_a_navy_names_no_seller(extractor):
    assert _got(extractor, "The ships were originally built for the Chilean navy in 1990.") == set()


# -- object pronouns standing for the items told just before -----------------------------------------

def test_provide_both_gives_one_row_per_item_told_before(extractor):
    rows = extractor.extract_text("Mali has asked Moscow for attack helicopters and air-defence systems, and a "
                                  "Russian minister pledged to provide both.", published="2024-03-01").transfers
    offered = {(t.supplier.id, t.recipient.id, t.item.category) for t in rows if t.stage == "offered"}
    assert len(offered) == 2 and {s for s, _, _ in offered} == {"RUS"} and {r for _, r, _ in offered} == {"MLI"}


def test_sold_them_to_x_sells_the_items_bought_before(extractor):
    assert _got(extractor, "Peru bought six K2 tanks from South Korea last year and sold them to Bolivia in May.") == \
        {("KOR", "PER", "delivered"), ("PER", "BOL", "delivered")}
    assert ("TUR", "KEN", "offered") in _got(extractor, "Kenya asked Turkey for drones. Ankara will deliver them "
                                                        "in May.")
    # what was ordered and "will be delivered" is the order's schedule (extraction/scheduled.py): one row
    assert _got(extractor, "Kenya ordered drones from Turkey. Ankara will deliver them in May.") == {("TUR", "KEN", "ordered")}


def test_a_pronoun_with_nothing_told_before_or_beside_an_item_adds_nothing(extractor):
    assert _got(extractor, "Ankara will deliver them in May.") == set()
    assert _got(extractor, "Germany trained Ukrainian troops and supplied them with IRIS-T systems.") == \
        {("DEU", "UKR", "delivered")}
