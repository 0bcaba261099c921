"""A conveyance arriving somewhere with materiel aboard (issue 12): "a cargo plane landed in X carrying
helicopters" is a delivery to X's state from the conveyance's origin; the conveyance itself is not an
item delivered; passengers, sailors and wheat are no rows. Every sentence is written for these tests."""
from __future__ import annotations


def _got(extractor, text: str) -> set[tuple[str | None, str | None, str, int | None]]:  # noqa: ANN001
    rows = extractor.extract_text(text, published="2024-03-01").transfers
    return {(t.supplier.id if t.supplier else None, t.recipient.id if t.recipient else None, t.stage, t.quantity)
            for t in rows}


def test_a_plane_that_landed_carrying_materiel_delivered_it(extractor):
    assert _got(extractor, "A Russian cargo plane landed in Bamako on Saturday carrying four attack helicopters, "
                           "the junta said.") == {("RUS", "MLI", "delivered", 4)}


def test_the_carrier_may_come_first_and_name_its_origin_with_from(extractor):
    assert _got(extractor, "A ship carrying 30 armoured vehicles from China docked in Dar es Salaam on Monday.") == \
        {("CHN", "TZA", "delivered", 30)}
    assert _got(extractor, "A convoy of Belarusian trucks arrived in Kyiv carrying ammunition.") == \
        {("BLR", "UKR", "delivered", None)}


def test_the_conveyance_is_no_item_of_its_own(extractor):
    assert _got(extractor, "An Iranian cargo plane carrying drones arrived in Caracas last week, according to "
                           "flight-tracking data.") == {("IRN", "VEN", "delivered", None)}


def test_a_conveyance_with_no_materiel_aboard_is_no_row(extractor):
    assert _got(extractor, "The plane landed in Minsk carrying 40 passengers.") == set()
    assert _got(extractor, "A Turkish frigate docked in Algiers carrying 200 sailors.") == set()
    assert _got(extractor, "The ship, carrying 300 tonnes of wheat, docked in Aden.") == set()
    assert _got(extractor, "The aircraft carrier arrived in Manila carrying F-35 jets for exercises.") == set()


def test_the_origin_may_modify_a_maker_before_the_conveyance(extractor):
    text = "Europe\n\nAn air bridge\n\nA Chinese Shaanxi transport aircraft landed in Belgrade late on Friday " \
           "carrying military advisers and an air-defence system, the ministry said."
    assert _got(extractor, text) == {("CHN", "SRB", "delivered", 1)}
