"""Tests of materiel.extraction.mentions.timex: normalising time expressions and finding them in sentences."""
from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from materiel.extraction.mentions.timefind import find_times
from materiel.extraction.mentions.timex import normalise

ANCHOR = date(2023, 4, 19)  # a Wednesday
D = date

ANCHORED = [
    ("January", D(2023, 1, 1), D(2023, 1, 31)),
    ("in January", D(2023, 1, 1), D(2023, 1, 31)),
    ("May", D(2022, 5, 1), D(2022, 5, 31)),
    ("April", D(2023, 4, 1), D(2023, 4, 30)),
    ("early January", D(2023, 1, 1), D(2023, 1, 15)),
    ("by early January", D(2023, 1, 1), D(2023, 1, 15)),
    ("as of early January", D(2023, 1, 1), D(2023, 1, 15)),
    ("mid-February", D(2023, 2, 10), D(2023, 2, 20)),
    ("mid February", D(2023, 2, 10), D(2023, 2, 20)),
    ("late February", D(2023, 2, 16), D(2023, 2, 28)),
    ("end of February", D(2023, 2, 16), D(2023, 2, 28)),
    ("by the end of March", D(2023, 3, 16), D(2023, 3, 31)),
    ("March 12th", D(2023, 3, 12), D(2023, 3, 12)),
    ("the 12th of March", D(2023, 3, 12), D(2023, 3, 12)),
    ("“early January,”", D(2023, 1, 1), D(2023, 1, 15)),
    ("summer", D(2022, 6, 1), D(2022, 8, 31)),
    ("autumn", D(2022, 9, 1), D(2022, 11, 30)),
    ("fall", D(2022, 9, 1), D(2022, 11, 30)),
    ("winter", D(2022, 12, 1), D(2023, 2, 28)),
    ("since 2015", D(2015, 1, 1), ANCHOR),
    ("since last year", D(2022, 1, 1), ANCHOR),
    ("today", ANCHOR, ANCHOR),
    ("yesterday", D(2023, 4, 18), D(2023, 4, 18)),
    ("on Wednesday", ANCHOR, ANCHOR),
    ("Wednesday", ANCHOR, ANCHOR),
    ("on Monday", D(2023, 4, 17), D(2023, 4, 17)),
    ("Thursday", D(2023, 4, 13), D(2023, 4, 13)),
    ("last Wednesday", D(2023, 4, 12), D(2023, 4, 12)),
    ("Wednesday, April 12", D(2023, 4, 12), D(2023, 4, 12)),
    ("this week", D(2023, 4, 17), ANCHOR),
    ("earlier this week", D(2023, 4, 17), ANCHOR),
    ("last week", D(2023, 4, 10), D(2023, 4, 16)),
    ("this month", D(2023, 4, 1), ANCHOR),
    ("earlier this month", D(2023, 4, 1), ANCHOR),
    ("later this month", ANCHOR, D(2023, 4, 30)),
    ("last month", D(2023, 3, 1), D(2023, 3, 31)),
    ("this year", D(2023, 1, 1), ANCHOR),
    ("earlier this year", D(2023, 1, 1), ANCHOR),
    ("last year", D(2022, 1, 1), D(2022, 12, 31)),
    ("late last year", D(2022, 9, 1), D(2022, 12, 31)),
    ("next month", D(2023, 5, 1), D(2023, 5, 31)),
    ("next year", D(2024, 1, 1), D(2024, 12, 31)),
    ("in 3 days", ANCHOR, D(2023, 4, 22)),
    ("in two weeks", ANCHOR, D(2023, 5, 3)),
    ("in six months", ANCHOR, D(2023, 10, 19)),
    ("3 days ago", D(2023, 4, 16), D(2023, 4, 16)),
    ("two months ago", D(2023, 2, 1), D(2023, 2, 28)),
    ("five years ago", D(2018, 1, 1), D(2018, 12, 31)),
    ("recently", D(2023, 3, 20), ANCHOR),
    ("in recent weeks", D(2023, 3, 20), ANCHOR),
    ("in recent months", D(2023, 1, 19), ANCHOR),
    ("over the past two years", D(2021, 4, 19), ANCHOR),
    ("the first half of this year", D(2023, 1, 1), D(2023, 6, 30)),
]
ABSOLUTE = [
    ("2023", D(2023, 1, 1), D(2023, 12, 31)),
    ("in 2023", D(2023, 1, 1), D(2023, 12, 31)),
    ("early 2023", D(2023, 1, 1), D(2023, 4, 30)),
    ("early in 2023", D(2023, 1, 1), D(2023, 4, 30)),
    ("mid-2023", D(2023, 5, 1), D(2023, 8, 31)),
    ("late 2023", D(2023, 9, 1), D(2023, 12, 31)),
    ("the first half of 2023", D(2023, 1, 1), D(2023, 6, 30)),
    ("the second half of 2023", D(2023, 7, 1), D(2023, 12, 31)),
    ("Q1 2024", D(2024, 1, 1), D(2024, 3, 31)),
    ("the first quarter of 2024", D(2024, 1, 1), D(2024, 3, 31)),
    ("the fourth quarter of 2021", D(2021, 10, 1), D(2021, 12, 31)),
    ("spring 2022", D(2022, 3, 1), D(2022, 5, 31)),
    ("in the spring of 2022", D(2022, 3, 1), D(2022, 5, 31)),
    ("winter 2023", D(2023, 12, 1), D(2024, 2, 29)),
    ("March 2022", D(2022, 3, 1), D(2022, 3, 31)),
    ("March 12, 2022", D(2022, 3, 12), D(2022, 3, 12)),
    ("12 March 2022", D(2022, 3, 12), D(2022, 3, 12)),
    ("Sept. 5, 2021", D(2021, 9, 5), D(2021, 9, 5)),
    ("2022-03-12", D(2022, 3, 12), D(2022, 3, 12)),
    ("in the 1990s", D(1990, 1, 1), D(1999, 12, 31)),
    ("the late 1980s", D(1987, 1, 1), D(1989, 12, 31)),
    ("from 2014 to 2016", D(2014, 1, 1), D(2016, 12, 31)),
    ("between 2014 and 2016", D(2014, 1, 1), D(2016, 12, 31)),
    ("March to May 2022", D(2022, 3, 1), D(2022, 5, 31)),
]


@pytest.mark.parametrize(("text", "start", "end"), ANCHORED + ABSOLUTE)
def test_normalise(text: str, start: date, end: date) -> None:
    assert normalise(text, ANCHOR) == (start, end)


@pytest.mark.parametrize(("text", "start", "end"), ABSOLUTE)
def test_absolute_needs_no_anchor(text: str, start: date, end: date) -> None:
    assert normalise(text, None) == (start, end)


def test_since_without_anchor_is_the_year() -> None:
    assert normalise("since 2015", None) == (D(2015, 1, 1), D(2015, 12, 31))


def test_weekday_on_anchor_day_is_the_anchor() -> None:
    assert normalise("Sunday", D(2023, 4, 23)) == (D(2023, 4, 23), D(2023, 4, 23))


@pytest.mark.parametrize("text", [t for t, _, _ in ANCHORED if "2015" not in t])
def test_relative_without_anchor_is_none(text: str) -> None:
    assert normalise(text, None) is None


@pytest.mark.parametrize("text", ["", "the tanks", "2,000", "1500 troops", "February 30",
                                  "March 32", "in a few days", "next", "the week", "hello 2023"])
def test_not_a_time_expression(text: str) -> None:
    assert normalise(text, ANCHOR) is None


FOUND = [
    ("The ministry said on Wednesday that the rifles would arrive by early January.",
     ["Wednesday", "early January"]),
    ("Kyiv received 1500 troops and 2,000 shells in 2022, officials said.", ["2022"]),
    ("In May the army may ask for more; deliveries began in mid-April 2021.",
     ["May", "mid-April 2021"]),
    ("Since 2015, the navy has ordered six frigates, two of them last year.",
     ["Since 2015", "last year"]),
    ("A contract signed 12 March 2022 covers 300 trucks that arrived two weeks ago.",
     ["12 March 2022", "two weeks ago"]),
    ("The order was revised in the first quarter of 2024 and again in Q3 2024.",
     ["the first quarter of 2024", "Q3 2024"]),
    ("Deliveries are due in 18 months, or in the second half of next year.",
     ["in 18 months", "the second half of next year"]),
    ("The tanks, built in the 1990s, were refurbished in recent months.",
     ["the 1990s", "in recent months"]),
    ("By 2030 troops will rotate; around 2000 soldiers remain; 50 per cent in 2021.", ["2021"]),
    ("The Sunday Times said the deal was signed on Sunday morning, 2023-05-07.",
     ["Sunday morning", "2023-05-07"]),
    ("Russia Today reported it. Today the minister denied it.", ["Today"]),
    ("Jan Novak said the Mar. 3 meeting was cancelled, as was the one in Feb.", ["Mar. 3"]),
    ("The brigade has 1,200 soldiers and 2019 rifles.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_find_times(sentence: str, expected: list[str]) -> None:
    spans = find_times(sentence)
    assert [t for _, _, t in spans] == expected
    assert all(sentence[s:e] == t for s, e, t in spans)


MONTHS = list(calendar.month_name)[1:]
ANCHORS = st.dates(min_value=D(1900, 1, 1), max_value=D(2099, 12, 31))


@given(ANCHORS, st.sampled_from(MONTHS))
def test_early_month_is_within_the_year_before_the_anchor(anchor: date, month: str) -> None:
    result = normalise("early " + month, anchor)
    assert result is not None
    start, end = result
    month_end = D(anchor.year, anchor.month, calendar.monthrange(anchor.year, anchor.month)[1])
    assert start <= end <= month_end
    assert anchor - timedelta(days=366) < start <= anchor
    assert start.day == 1 and end.day == 15


@given(ANCHORS, st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                 "Saturday", "Sunday"]))
def test_weekday_is_in_the_week_up_to_the_anchor(anchor: date, weekday: str) -> None:
    result = normalise("on " + weekday, anchor)
    assert result is not None and result[0] == result[1]
    assert anchor - timedelta(days=6) <= result[0] <= anchor
    assert result[0].strftime("%A") == weekday


@given(ANCHORS, st.sampled_from(["this week", "last week", "this month", "last month",
                                 "this year", "last year", "recently", "in recent months",
                                 "earlier this year", "yesterday", "three weeks ago"]))
def test_past_relative_ranges_end_by_the_anchor(anchor: date, text: str) -> None:
    result = normalise(text, anchor)
    assert result is not None
    assert result[0] <= result[1] <= anchor


@given(st.text(max_size=40), st.one_of(st.none(), ANCHORS))
def test_never_raises(text: str, anchor: date | None) -> None:
    result = normalise(text, anchor)
    assert result is None or result[0] <= result[1]
    for s, e, t in find_times(text):
        assert text[s:e] == t
