"""A bare plural transfer noun as the subject of an include verb ("Deliveries included 18 A and 40 B") lists what
the transfer told just before comprised, as "The deliveries included" does (definite_rows.bare_listing). Sentences
written for these tests (not taken from any article); the positive failed before the change; the counterpart
says what must stay."""
from __future__ import annotations

from _helpers import find


def test_bare_deliveries_list_the_transfer_told_before(extractor):
    text = ("Arms exports in brief\n\nSpain's arms exports to Peru doubled in 2020. "
            "Deliveries included 30 Leopard tanks and 12 Meteor missiles.")
    rows = find(extractor.extract_text(text, published="2021-03-01"), "ESP", "PER", "")
    assert {(t.item.text, t.quantity) for t in rows} >= {("Leopard tanks", 30), ("Meteor missiles", 12)}, rows


def test_bare_deliveries_with_nothing_told_before_give_no_row(extractor):
    text = "Arms exports in brief\n\nDeliveries included 30 Leopard tanks and 12 Meteor missiles."
    assert extractor.extract_text(text, published="2021-03-01").transfers == []
