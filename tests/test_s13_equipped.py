"""Session 13 (lead): a verb of equipping whose object is materiel with a "with" phrase ("equip eight Latvian
missile batteries with launchers") fits out the object; the object is no item supplied.

Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations

FITTED = ("Norway and Latvia agreed an air defence package in May. Norway will supply Latvia with 60 NASAMS "
          "missiles. Under the package Norway will equip eight Latvian missile batteries with new launchers and "
          "radars.")


def test_the_platform_fitted_out_is_no_item(extractor) -> None:  # noqa: ANN001
    rows = extractor.extract_text(FITTED).transfers
    assert rows and not any("batteries" in t.item.text for t in rows), [(t.item.text, t.stage) for t in rows]


def test_a_state_equipped_with_items_still_receives_them(extractor) -> None:  # noqa: ANN001
    rows = extractor.extract_text("France equipped the Lebanese army with 40 VAB vehicles.").transfers
    assert [(t.supplier.id, t.recipient.country, t.quantity) for t in rows] == [("FRA", "LBN", 40)]


def test_items_sent_with_other_items_are_both_supplied(extractor) -> None:  # noqa: ANN001
    rows = extractor.extract_text("Britain sent 20 tanks with ammunition to Estonia.").transfers
    assert {t.item.text for t in rows} == {"tanks", "ammunition"}
