"""Patterns of the thirty-first session's helper `counts` (a count told in another sentence or clause).

- A count told again in a later sentence of the paragraph ("X continues to supply A to Y under a contract. ...
  cancelling the deal would cost jobs. Some 20 A were exported to the country last year"): a row the register
  drops anyway (a cancelling with no supplier, a bare "exports" noun) no longer stands between the item and its
  count (restated_counts.py: only complete rows block the window).
- Not so: a later count of another noun, or of a parade, counts nothing.

Sentences written for these tests (not taken from any article); the positives failed before the change."""
from __future__ import annotations

import pytest

from _helpers import country_rows, has_country_row

RESTATED = [
    ("Norway continues to supply patrol boats to Ghana under a 2016 contract. The minister said last week that "
     "cancelling the deal would cost hundreds of jobs. Some 20 boats were exported to the country last year, "
     "according to the annual report on arms exports.", "NOR", "GHA", "boats", 20),
    ("Norway continues to supply patrol boats to Ghana under a 2016 contract. A spokesman said that ending the "
     "agreement would mean heavy fines. About 14 boats were shipped last year, according to the yearly report on "
     "military exports.", "NOR", "GHA", "boats", 14),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), RESTATED)
def test_dropped_rows_do_not_block_a_restated_count(extractor, text, sup, rec, word, qty):
    rows = country_rows(extractor, text)
    assert has_country_row(rows, sup, rec, "delivered", word, qty), rows


RESTATED_NOT = [
    # the later count is of another noun
    ("Norway continues to supply patrol boats to Ghana under a 2016 contract. The minister said last week that "
     "cancelling the deal would cost hundreds of jobs. Some 20 trucks were exported to the country last year."),
    # the later count is of a parade, not of what was moved
    ("Norway continues to supply patrol boats to Ghana under a 2016 contract. The minister said last week that "
     "cancelling the deal would cost hundreds of jobs. There were 20 boats at the parade."),
]


@pytest.mark.parametrize("text", RESTATED_NOT)
def test_no_count_from_another_noun_or_role(extractor, text):
    rows = country_rows(extractor, text)
    assert has_country_row(rows, "NOR", "GHA", "delivered", "boats"), rows
    assert not any(q is not None for *_, item, q in rows if "boats" in item), rows
