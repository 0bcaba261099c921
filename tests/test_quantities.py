"""Tests of materiel.extraction.mentions.quantities: exact counts, vague amounts, shares and money."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from materiel.extraction.mentions.quantities import is_vague_quantity, parse_quantity

EXACT = [
    ("300,000", 300000), ("six", 6), ("14", 14), ("more than a million", 1000000),
    ("about 3,000", 3000), ("1.5 million", 1500000), ("2 million", 2000000),
    ("a dozen", 12), ("two dozen", 24), ("twenty-four", 24), ("one hundred and fifty", 150),
    ("a", 1), ("an", 1), ("one", 1), ("single", 1), ("a single", 1), ("a pair of", 2),
    ("up to 40", 40), ("at least 12", 12), ("nearly 200", 200),
    # beyond the brief's examples
    ("Twelve", 12), ("ninety-nine", 99), ("two thousand five hundred", 2500),
    ("half a million", 500000), ("one and a half million", 1500000), ("half a dozen", 6),
    ("1.1 million", 1100000), ("some 300", 300), ("an estimated 40,000", 40000),
    ("a further 12", 12), ("as many as 80", 80), ("(about 40)", 40), ('"12"', 12),
    ("300 shells", 300), ("0", 0), ("1.25", 1.25), ("a couple of", 2),
]
NONE = [
    "hundreds", "thousands", "dozens", "several", "some", "many", "a number of",
    "50 per cent", "50%", "$1.85 billion", "3.75 billion euros",
    # beyond the brief's examples
    "a few", "tens of thousands", "hundreds of thousands", "several hundred",
    "an undisclosed number of", "more than a few", "10 to 12", "10-12", "two or three",
    "1,50", "half", "", "   ", "tanks", "40 percent", "£300m", "200 million dollars",
]


@pytest.mark.parametrize(("text", "expected"), EXACT)
def test_exact_quantities(text: str, expected: float) -> None:
    value = parse_quantity(text)
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize("text", NONE)
def test_no_exact_quantity(text: str) -> None:
    assert parse_quantity(text) is None


def test_non_integer_is_float() -> None:
    assert parse_quantity("2.5") == 2.5
    assert isinstance(parse_quantity("2.5"), float)
    assert isinstance(parse_quantity("2.5 million"), int)


@pytest.mark.parametrize("text", ["hundreds", "dozens of", "several", "a number of", "a few",
                                  "thousands", "tens of thousands", "many", "some",
                                  "an unknown number of", "scores of", "numerous"])
def test_vague(text: str) -> None:
    assert is_vague_quantity(text)


@pytest.mark.parametrize("text", ["300", "a dozen", "two dozen", "some 300", "a pair of",
                                  "more than a million", "50%", "six"])
def test_not_vague(text: str) -> None:
    assert not is_vague_quantity(text)


@given(st.integers(min_value=0, max_value=10**9))
def test_digits_round_trip(n: int) -> None:
    assert parse_quantity(f"{n:,}") == n
    assert parse_quantity(str(n)) == n


@given(st.integers(min_value=1, max_value=10**6), st.sampled_from(["about", "up to", "nearly",
                                                                   "more than", "at least"]))
def test_hedges_keep_the_number(n: int, hedge: str) -> None:
    assert parse_quantity(f"{hedge} {n:,}") == n


@given(st.text(max_size=40))
def test_never_raises(text: str) -> None:
    value = parse_quantity(text)
    assert value is None or isinstance(value, (int, float))
    assert isinstance(is_vague_quantity(text), bool)
