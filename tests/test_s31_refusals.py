"""Patterns of the thirty-first session's helper `refusals` (a refusal not read).

- A refusal joined to a relative clause that shares its gap ("sold X the ships it had built for Y and then refused
  to hand over"): the parser hangs the refusing verb on the main verb; read as English it is the relative clause's
  second verb, and refuses that clause's transfer, with its parties (gapped_refusals.py).
  Not so: a refusal with its own object or subject ("... and then refused to deliver them", "..., and Z refused to
  pay"), a refusal of no transfer ("refused to comment"), a refusal joined to a main verb with no relative clause.
- A deal called off in other words than "cancel" (predicates.toml [classes.call_off]: "shelved", "abandoned",
  "axed", "called off"): the deal's rows, refused, with its parties (or those of the deal told before).
  Not so: the same verbs over goods or documents ("troops abandoned 30 tanks", "shelved the report").

Sentences written for these tests (not taken from any article); the positives failed before the change."""
from __future__ import annotations

import pytest

from _helpers import country_rows, has_country_row

GAPPED = [
    ("Spain sold Peru the two frigates it had built for Chile and then refused to deliver.", "ESP", "CHL", "frigates"),
    ("Last spring, Italy sold Egypt the four corvettes it had built for Qatar and then refused to hand over after "
     "the coup.", "ITA", "QAT", "corvettes"),
    ("Peru bought the jets that Russia had built for Iran but then declined to supply.", "RUS", "IRN", "jets"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), GAPPED)
def test_refusal_joined_to_relative_clause(extractor, text, sup, rec, word):
    rows = country_rows(extractor, text)
    assert has_country_row(rows, sup, rec, "refused", word), rows


GAPPED_NOT = [
    "Spain sold Peru the two frigates it had built for Chile and then refused to comment.",
    "Spain sold Peru the frigates it had built for Chile, and Chile refused to pay.",
    "Spain sold Peru two frigates and then refused to discuss the price.",
]


@pytest.mark.parametrize("text", GAPPED_NOT)
def test_no_refusal_without_shared_gap(extractor, text):
    rows = country_rows(extractor, text)
    assert not any(st == "refused" for _, _, st, _, _ in rows), rows


CALLED_OFF = [
    ("In 2012 Peru bought 20 Mi-17s from Russia. A planned order for 15 more helicopters was shelved.",
     "RUS", "PER", "helicopters"),
    ("In 2012 Peru bought 20 Mi-17s from Russia. An order for 15 more helicopters was abandoned in 2014.",
     "RUS", "PER", "helicopters"),
    ("Peru called off an order for 15 helicopters from Russia.", "RUS", "PER", "helicopters"),
    ("Peru axed its purchase of 15 helicopters from Russia.", "RUS", "PER", "helicopters"),
    ("Spain called off the sale of 400 bombs to Saudi Arabia.", "ESP", "SAU", "bombs"),
    ("Chile signed a deal with France for 12 Rafale jets in 2015. The deal was shelved in 2017.",
     "FRA", "CHL", "Rafale"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), CALLED_OFF)
def test_deal_called_off(extractor, text, sup, rec, word):
    rows = country_rows(extractor, text)
    assert has_country_row(rows, sup, rec, "refused", word), rows


CALLED_OFF_NOT = [
    "Retreating Russian troops abandoned 30 tanks near Izium.",
    "The ministry shelved the report on arms exports to Peru.",
    "Fleeing rebels abandoned rifles and mortars near the border with Chad.",
]


@pytest.mark.parametrize("text", CALLED_OFF_NOT)
def test_goods_abandoned_are_no_refusal(extractor, text):
    rows = country_rows(extractor, text)
    assert not any(st == "refused" for _, _, st, _, _ in rows), rows
