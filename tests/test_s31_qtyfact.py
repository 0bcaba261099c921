"""Quantity and factuality of negated counts (thirty-first session, helper qtyfact):

- a "not" over a count of one on the item ("Not a single rifle has been sent to Y", "not one howitzer was sold to
  Y"): no item was moved, the row is negated and keeps no count (`no_items.not_one`, words.toml [no_items] negators,
  one_words);
- a row negated on its verb over an item counted as one ("X has not sent a single rifle to Y"): none was sent, the
  row keeps no count (`no_items.absent_items`).

Negatives: a count of one with no "not" ("sent a single frigate") keeps its count and stays asserted; a "not" on the
verb of another clause does not negate the item ("did not say whether ... one frigate was sold").

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


def test_not_of_another_clause_leaves_the_item(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Chile delivered a single frigate to Bolivia, but it has not said when the crew trains.")
    assert any(r[1] and "Bolivia" in r[1] and "frigate" in r[3] and r[5] == "asserted" for r in rows), rows

