"""Patterns of the thirty-first session's helper `counts` (a count told in another sentence or clause).

- A count told again in a later sentence of the paragraph ("X continues to supply A to Y under a contract. ...
  cancelling the deal would cost jobs. Some 20 A were exported to the country last year"): a row the register
  drops anyway (a cancelling with no supplier, a bare "exports" noun) no longer stands between the item and its
  count (restated_counts.py: only complete rows block the window).
- A part told "of which" on a whole named by its model though its head noun alone is no materiel ("flies
  Swiss-built PC-21 trainers, the first eight of which arrived in 2017"): the part keeps its row, with its count
  (relative_rows.py: a whole named by a designation is materiel).
- Not so: a whole that is no materiel and has no model ("old ferries, the first of which was acquired") gives no
  row, nor does a part whose whole is not the modelled noun ("D8 bulldozers and five motor graders, the first three
  of which"), nor an uncounted ordinal ("Su-22 fleets, the first of which"); airliners of an airline give none; a later
  count of another noun counts nothing.

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


PARTS = [
    ("Oman flies Swiss-built PC-21 trainers, the first eight of which arrived in 2017.", "CHE", "OMN", "PC-21", 8),
    ("Egypt flies French-built Rafale fighters, the first five of which arrived in 2015.", "FRA", "EGY", "Rafale", 5),
    ("Ghana operates Brazilian-built A-29 trainers, the first four of which arrived in 2015.", "BRA", "GHA", "A-29",
     4),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), PARTS)
def test_part_of_a_whole_named_by_its_model(extractor, text, sup, rec, word, qty):
    rows = country_rows(extractor, text)
    assert has_country_row(rows, sup, rec, "delivered", word, qty), rows


PARTS_NOT = [
    "Chile operates old ferries, the first of which was acquired in 1994.",
    "Qatar Airways flies Airbus A350 airliners, the first three of which arrived in 2015.",
    "Ethiopia operates Boeing 787 airliners, the first four of which arrived in 2012.",
    # the part counts the graders, not the modelled bulldozers before them
    "A mining firm signed a contract for ten D8 bulldozers and five 140M motor graders, the first three of which "
    "arrived in May.",
]


@pytest.mark.parametrize("text", PARTS_NOT)
def test_no_part_row_without_materiel(extractor, text):
    assert country_rows(extractor, text) == []


def test_uncounted_part_of_modelled_fleets_takes_no_count(extractor):
    text = ("Chile is weighing the purchase of 12 jets to replace its old Su-22 and F-5 fleets, the first of "
            "which were bought from Russia in 1995.")
    assert not any(q == 1 for *_, q in country_rows(extractor, text))
