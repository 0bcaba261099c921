"""Quantity and factuality of negated counts (thirty-first session, helper qtyfact):

- a "not" over a count of one on the item ("Not a single rifle has been sent to Y", "not one howitzer was sold to
  Y"): no item was moved, the row is negated and keeps no count (`no_items.not_one`, words.toml [no_items] negators,
  one_words);
- a row negated on its verb over an item counted as one after it ("X has not sent a single rifle to Y"): none was
  sent, the row keeps no count (`no_items.absent_items`);
- a purchase whose goods, told again by a pronoun, are the negated subject of a conjoined verb of delivery with no
  object ("X bought 12 A from Y, but they never arrived", "... but it was never delivered"): the delivery negated
  beside an order (`none_arrived._goods_denied`, words.toml [none_arrived] goods_pronouns).

Negatives: a count of one with no "not" ("sent a single frigate") keeps its count and stays asserted; a "not" on the
verb of another clause does not negate the item; "one" before a negated verb ("One howitzer ... has not been
delivered") is one item not delivered and keeps its count; the goods' pronoun with a verb not negated ("and they
arrived in May"), or with an object of its own ("but they never received spare parts": the buyer), tells no
undelivered purchase.

Sentences written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, object, str]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.stage,
             t.item.text, t.quantity, t.factuality) for t in extractor.extract_text(text).transfers]


NOT_ONE = [
    ("Not a single rifle has been sent to Bolivia by Chile, the minister said.", "Bolivia", "rifle"),
    ("Not one howitzer was sold to Estonia by Finland, officials insisted.", "Estonia", "howitzer"),
    ("Not a single armoured vehicle was delivered to Mali by Ghana last year.", "Mali", "vehicle"),
    ("Chile has not sent a single rifle to Bolivia, the minister said.", "Bolivia", "rifle"),
    ("Finland did not sell one howitzer to Estonia in 2019.", "Estonia", "howitzer"),
]


@pytest.mark.parametrize(("text", "recipient", "word"), NOT_ONE)
def test_not_one_item_is_negated_with_no_count(extractor, text, recipient, word) -> None:  # noqa: ANN001
    rows = [r for r in _rows(extractor, text) if r[1] is not None and recipient in r[1] and word in r[3]]
    assert rows, _rows(extractor, text)
    assert all(r[5] == "negated" and r[4] is None for r in rows), rows


ONE_TOLD = [
    ("Chile sent Bolivia a single frigate in March.", "Bolivia", "frigate", 1),
    ("Finland sold one howitzer to Estonia in 2019 for trials.", "Estonia", "howitzer", 1),
]


@pytest.mark.parametrize(("text", "recipient", "word", "count"), ONE_TOLD)
def test_a_count_of_one_without_not_stays(extractor, text, recipient, word, count) -> None:  # noqa: ANN001
    rows = [r for r in _rows(extractor, text) if r[1] is not None and recipient in r[1] and word in r[3]]
    assert rows, _rows(extractor, text)
    assert all(r[5] == "asserted" and r[4] == count for r in rows), rows


def test_one_before_a_negated_verb_keeps_its_count(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "One howitzer sold to Estonia by Finland has not been delivered yet.")
    told = [r for r in rows if r[1] and "Estonia" in r[1] and "howitzer" in r[3] and r[5] == "negated"]
    assert told and all(r[4] == 1 for r in told), rows


def test_not_of_another_clause_leaves_the_item(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Chile delivered a single frigate to Bolivia, but it has not said when the crew trains.")
    assert any(r[1] and "Bolivia" in r[1] and "frigate" in r[3] and r[5] == "asserted" for r in rows), rows


GOODS_DENIED = [
    ("Peru bought 12 howitzers from Chile in 2010, but they never arrived.", "Peru", "howitzers"),
    ("Peru ordered 12 jets from Chile in 2015, but they have not been delivered.", "Peru", "jets"),
    ("Peru bought a frigate from Chile in 2011, but it was never delivered.", "Peru", "frigate"),
]


@pytest.mark.parametrize(("text", "recipient", "word"), GOODS_DENIED)
def test_goods_that_never_arrived(extractor, text, recipient, word) -> None:  # noqa: ANN001
    rows = [r for r in _rows(extractor, text) if r[1] is not None and recipient in r[1] and word in r[3]]
    assert any(r[2] == "ordered" and r[5] == "asserted" for r in rows), rows
    # The undelivered goods are the order's: the negated delivery may carry the order's count (undone_deals.py) or
    # none (none_arrived.py); never another count.
    assert any(r[2] == "delivered" and r[5] == "negated" and r[4] in (None, 12) for r in rows), rows
    assert not any(r[2] == "delivered" and r[5] == "asserted" for r in rows), rows


@pytest.mark.parametrize("text", [
    "Peru bought 12 howitzers from Chile, and they arrived in May.",
    "Peru bought 12 howitzers from Chile, but they never received spare parts.",
])
def test_goods_pronoun_not_denied(extractor, text) -> None:  # noqa: ANN001
    rows = [r for r in _rows(extractor, text) if r[1] is not None and "Peru" in r[1] and "howitzers" in r[3]]
    assert any(r[2] == "delivered" and r[5] == "asserted" and r[4] == 12 for r in rows), rows
    assert not any(r[5] == "negated" for r in rows), rows
