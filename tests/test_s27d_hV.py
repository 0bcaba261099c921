"""Quantities as wire and defence-press copy word them (twenty-seventh session, helper hV):

- a total told after the item with a reporting clause after it, "X delivered A boats to Y in May. There were
  eight in all, the ministry said", "..., eight in total, officials said": the parser then hangs the number on the
  words of the total ("in all") or those words on the verb, and the total still counts the item
  (`extraction/total_counts.py`);
- a bare noun whose plural is its singular ("X delivered Tarvos-3 aircraft to Y, six in total") is the plural the
  total counts (words.toml [count_words] invariant_plurals).

Sentences written for these tests (invented models and firms; combinations of states taken from no article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row

TOTALS = [  # (text, supplier, recipient, stage, item word, quantity)
    ("Chile delivered Ostrava-9 patrol boats to Ghana in May. There were eight in all, the ministry said.",
     "CHL", "GHA", "delivered", "patrol boats", 8),
    ("Warsaw shipped Karvo-7 howitzers to Lima in March. There were 24 in all, the Polish army said on Monday.",
     "POL", "PER", "delivered", "howitzers", 24),
    ("The Kenyan navy received Tarvik-2 corvettes from Norway last year. There were two in total, officials said.",
     "NOR", "KEN", "delivered", "corvettes", 2),
    ("Brazil sold Halvar-5 tanks to Uruguay in 2011. There were 36 of them, according to the register.",
     "BRA", "URY", "delivered", "tanks", 36),
    ("Seoul delivered Tarvos-3 aircraft to Bogota in 2020, six in total, officials in Bogota said.",
     "KOR", "COL", "delivered", "aircraft", 6),
    ("Romania has transferred Zorvan-4 helicopters to Jordan, four in all, the defence ministry said on Friday.",
     "ROU", "JOR", "delivered", "helicopters", 4),
    ("Italy supplied Kessin-2 landing craft to Senegal, three in total, according to the navy.",
     "ITA", "SEN", "delivered", "landing craft", 3),
    ("Spain will deliver Marrow-6 armoured vehicles to Morocco. There will be 12 in all, a spokesman said.",
     "ESP", "MAR", "offered", "armoured vehicles", 12),
    ("Egypt bought Kestrel-8 drones from Serbia in 2016. There were, altogether, 16 of them, the report said.",
     "SRB", "EGY", "delivered", "drones", None),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "qty"), TOTALS)
def test_total_after_the_item_counts_it(extractor, text, sup, rec, stage, word, qty) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert has_country_row(rows, sup, rec, stage, word, qty), rows


NOT_TOTALS = [  # a number after the item that is no total of it: the row keeps no count
    ("Chile delivered Ostrava-9 patrol boats to Ghana in May. There were eight in all at the parade, the ministry "
     "said.", "CHL", "GHA", "delivered", "patrol boats"),
    ("Seoul delivered the Tarvos-3 aircraft to Bogota in 2020, six years in total after the order, officials said.",
     "KOR", "COL", "delivered", "aircraft"),
    ("Italy supplied Kessin-2 landing craft and Ostrava-9 radars to Senegal, three in total, according to the navy.",
     "ITA", "SEN", "delivered", "landing craft"),
    ("Romania has transferred Zorvan-4 aircraft to Jordan. There were four in all at the base, the ministry said.",
     "ROU", "JOR", "delivered", "aircraft"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word"), NOT_TOTALS)
def test_a_number_that_is_no_total_counts_nothing(extractor, text, sup, rec, stage, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert has_country_row(rows, sup, rec, stage, word), rows
    assert not any(q is not None for s, r, st, item, q in rows if r == rec and word in item and st == stage), rows


def test_no_row_for_a_count_of_no_transfer(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "The Chilean navy flew Ostrava-9 aircraft over Valparaiso in May. There were eight in "
                            "all, the ministry said.")
    assert rows == [], rows


FOLLOW_ON = [  # a count, a follow-on or other adjective, then a model number the parser reads as the count
    ("Oman will buy eight more RV-69A fighters from Nigeria, the minister said.", "NGA", "OMN", "ordered",
     "fighters", 8),
    ("Nigeria delivered four additional RV-69A fighters to Oman on Tuesday.", "NGA", "OMN", "delivered",
     "fighters", 4),
    ("Hanoi has ordered 12 more KT-40B tanks from Warsaw.", "POL", "VNM", "ordered", "tanks", 12),
    ("Six further ZX-4H helicopters were handed over to Ghana by Italy in March.", "ITA", "GHA", "delivered",
     "helicopters", 6),
    ("Karvell Marine, a Norwegian yard, shipped two more OPV-85M patrol boats to Kenya.", "NOR", "KEN",
     "delivered", "patrol boats", 2),
    ("Peru, which already flies the type, will receive three more RV-69A fighters from Chile.", "CHL", "PER",
     "ordered", "fighters", 3),
    ("Jordan has received two refurbished ZX-4H helicopters from Romania, the embassy said.", "ROU", "JOR",
     "delivered", "helicopters", 2),
    ("Chile sold Peru four more RV-69A fighters and two TK-90 tanks in 2018.", "CHL", "PER", "delivered",
     "fighters", 4),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "qty"), FOLLOW_ON)
def test_a_follow_on_count_before_a_model_counts_it(extractor, text, sup, rec, stage, word, qty) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert has_country_row(rows, sup, rec, stage, word, qty), rows


def test_an_uncounted_model_with_an_adjective_keeps_no_count(extractor) -> None:  # noqa: ANN001
    for text, stage in (("Nigeria has delivered modern ZX-4H helicopters to Oman.", "delivered"),
                        ("Oman has bought more ZX-4H helicopters from Nigeria.", "delivered")):
        rows = _rows(extractor, text)
        assert has_country_row(rows, "NGA", "OMN", stage, "helicopters"), rows
        assert all(q is None for *_, q in rows), rows


def test_a_model_of_a_flying_display_is_no_row(extractor) -> None:  # noqa: ANN001
    assert _rows(extractor, "Eight more RV-69A fighters flew over the parade in Muscat on Tuesday.") == []


DOZENS = [  # a scale word before a hyphenated modifier ("surface-to-air") counts the phrase's head noun
    ("Jordan sold a dozen surface-to-air missile launchers to Pakistan.", "JOR", "PAK", "delivered", "launchers", 12),
    ("Pakistan has ordered half a dozen ground-to-air missiles from Jordan, officials said.", "JOR", "PAK", "ordered",
     "missiles", 6),
    ("Half a dozen surface-to-surface rocket launchers were delivered to Kenya by Serbia in May.", "SRB", "KEN",
     "delivered", "launchers", 6),
    ("Two dozen air-to-air missiles arrived in Accra from Rome on Sunday.", "ITA", "GHA", "delivered", "missiles",
     24),
    ("Hanoi will buy a dozen surface-to-surface missiles from Seoul, the ministry said.", "KOR", "VNM", "ordered",
     "missiles", 12),
    ("Norway, which has retired the type, gave Chile a dozen surface-to-air missile launchers in 2014.", "NOR", "CHL",
     "delivered", "launchers", 12),
    ("Italy sent Senegal a dozen anti-ship missiles and two dozen anti-tank rockets.", "ITA", "SEN", "delivered",
     "anti-tank rockets", 24),
    ("Serbia delivered a dozen surface-to-air missile launchers to Kenya, the ministry said on Monday.", "SRB",
     "KEN", "delivered", "launchers", 12),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "qty"), DOZENS)
def test_a_dozen_before_a_hyphenated_modifier_counts_the_noun(extractor, text, sup, rec, stage, word,  # noqa: ANN001
                                                              qty) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, sup, rec, stage, word, qty), rows


def test_a_dozen_of_no_transfer_is_no_row(extractor) -> None:  # noqa: ANN001
    assert _rows(extractor, "The Kenyan army fired a dozen surface-to-air missiles during the exercise.") == []
