"""Session 13 (lead): a seized weapon's maker is not its sender; items listed with designated ones share their maker; a buyer who buys for another party ("the Pentagon bought helicopters for the Iraqi army":
the army receives, the buyer is the intermediary), and a headline's infinitive before its source ("Spain to give
Peru six patrol boats, minister says": a step announced, not a delivery).

Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest


def _rows(extractor, text):  # noqa: ANN001, ANN202
    return extractor.extract_text(text, published="2024-03-01").transfers


FOR_BENEFICIARY = [
    ("In 2012 the Pentagon bought 40 Bell 412 helicopters for the Iraqi army from Canada.", "IRQ", "USA"),
    ("Britain has bought 30 howitzers for Moldova from Sweden.", "MDA", "GBR"),
    ("Japan purchased 12 patrol boats for the Philippine coast guard from France.", "PHL", "JPN"),
]


@pytest.mark.parametrize(("text", "receiver", "payer"), FOR_BENEFICIARY)
def test_the_party_bought_for_receives(extractor, text, receiver, payer) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert rows, text
    assert all(t.recipient.country == receiver for t in rows), [(t.supplier, t.recipient) for t in rows]
    assert any(t.intermediary is not None and t.intermediary.country == payer for t in rows)


def test_a_buyer_for_its_own_army_stays_the_recipient(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Norway bought 40 rifles for its army from Germany.")
    assert [(t.supplier.id, t.recipient.id) for t in rows] == [("DEU", "NOR")]


HEADLINES = [
    ("Belarus to donate four Yak-130 trainers to Laos, defence ministry says", "offered"),
    ("Spain to give Peru six patrol boats, officials say", "offered"),
]


@pytest.mark.parametrize(("text", "stage"), HEADLINES)
def test_a_headline_infinitive_before_its_source_is_a_step_to_come(extractor, text, stage) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert [t.stage for t in rows] == [stage], [(t.supplier, t.recipient, t.stage) for t in rows]


def test_a_past_sale_before_its_source_stays_delivered(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Officials say Chile has bought 12 frigates from Spain.")
    assert [t.stage for t in rows] == ["delivered"]


LISTED_AFTER_ANOTHER_SUPPLIER = (
    "Russia delivered six Mi-8 helicopters to the Bolivian army in March, the minister said. A US consular "
    "official said the year's deliveries had included 200 Humvee vehicles, body armour and mortars for the "
    "army's trucks.")


def test_listed_items_share_the_designated_items_maker_not_the_last_supplier(extractor) -> None:  # noqa: ANN001
    """Items of no maker listed with designated ones come from the designated items' maker, not from the
    supplier an earlier sentence named."""
    rows = [t for t in _rows(extractor, LISTED_AFTER_ANOTHER_SUPPLIER) if "Mi-8" not in t.item.text]
    assert {t.item.text: t.supplier.id for t in rows} == {
        "Humvee vehicles": "USA", "body armour": "USA", "mortars": "USA"}


def test_a_list_whose_maker_is_the_context_supplier_keeps_it(extractor) -> None:  # noqa: ANN001
    text = ("Russia delivered six Mi-8 helicopters to the Bolivian army in March. A US consular official said "
            "the year's deliveries had included 20 Mi-17 helicopters, body armour and radios for the army's "
            "trucks.")
    rows = [t for t in _rows(extractor, text) if "Mi-8" not in t.item.text]
    assert rows and all(t.supplier.id == "RUS" for t in rows), [(t.supplier, t.item.text) for t in rows]


def test_a_seized_weapons_maker_is_not_its_sender(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Customs officers in Douala seized 40 AK-47 rifles and four PKM machine guns bound for "
                            "rebels in Chad.")
    assert rows and all(t.stage == "intercepted" and t.supplier is None for t in rows), \
        [(t.supplier, t.recipient, t.stage) for t in rows]


def test_a_designated_systems_maker_still_supplies_an_order(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Chad ordered 12 PKM machine guns in 2019.")
    assert [(t.supplier and t.supplier.id, t.stage) for t in rows] == [("RUS", "ordered")]


@pytest.mark.parametrize("text", [
    "The Czech squadron, six Gripen jets and some 90 ground crew, arrived in Latvia last week.",
    "The Polish contingent, eight F-16s with 120 personnel, arrived in Lithuania on Friday.",
])
def test_a_unit_that_arrives_is_deployed_not_delivered(extractor, text) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


def test_items_bought_that_arrive_are_still_delivered(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "The first four of 12 F-16s bought from Norway arrived in Romania on Monday.")
    assert ("NOR", "ROU", "delivered") in {(t.supplier.id, t.recipient.id, t.stage) for t in rows}
