"""Patterns of the thirty-first session's helper `refusals` (a refusal not read).

- A refusal joined to a relative clause that shares its gap ("sold X the corvettes it had made for Y and later refused
  to hand over"): the parser hangs the refusing verb on the main verb; read as English it is the relative clause's
  second verb, and refuses that clause's transfer, with its parties (gapped_refusals.py).
  Not so: a refusal with its own object or subject ("... and then refused to deliver them", "..., and Z refused to
  pay"), a refusal of no transfer ("refused to comment"), a refusal joined to a main verb with no relative clause.
- A deal called off in other words than "cancel" (predicates.toml [classes.call_off]: "shelved", "abandoned",
  "axed", "called off"): the deal's rows, refused, with its parties (or those of the deal told before).
  Not so: the same verbs over goods or documents ("troops abandoned 30 tanks", "shelved the report").
- A bar put on a proposal, plan or request that carries a transfer ("Z put a hold on a Ruritanian plan to send
  rifles to Y", "imposed a freeze on a request by Y to buy X"): the proposed transfer stays (offered, requested) and
  is told once more refused, with its own parties (held_proposals.py). Not so: a bar lifted ("lifted its hold on
  the proposal"), a proposal with no bar, a proposal of no transfer.

Sentences written for these tests (not taken from any article); the positives failed before the change."""
from __future__ import annotations

import pytest

from _helpers import country_rows, has_country_row

GAPPED = [
    ("Spain sold Peru the two frigates it had built for Chile and then refused to deliver.", "ESP", "CHL", "frigates"),
    ("Last spring, Italy sold Algeria the four corvettes it had built for Qatar and later refused to hand over after "
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
    ("In 2012 Peru bought 20 Mi-17s from Russia. A planned order for 12 more helicopters was shelved.",
     "RUS", "PER", "helicopters"),
    ("In 2012 Peru bought 20 Mi-17s from Russia. An order for 12 more helicopters was abandoned in 2014.",
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


HELD = [
    ("China placed a hold on a British proposal to send 500 rifles to Chad.", "GBR", "TCD", "rifles", "offered"),
    ("China put a hold on France's plan to sell 20 trucks to Chad.", "FRA", "TCD", "trucks", "offered"),
    ("China imposed a freeze on a request by Chad to buy 20 rifles from France.", "FRA", "TCD", "rifles", "requested"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "told"), HELD)
def test_bar_on_proposal_refuses_it(extractor, text, sup, rec, word, told):
    rows = country_rows(extractor, text)
    assert has_country_row(rows, sup, rec, "refused", word), rows
    assert has_country_row(rows, sup, rec, told, word), rows


HELD_NOT = [
    "China lifted its hold on a British proposal to send 500 rifles to Chad.",
    "France made a proposal to send 500 rifles to Chad.",
    "China put a hold on a British proposal to cut tariffs on Chadian cotton.",
]


@pytest.mark.parametrize("text", HELD_NOT)
def test_no_bar_no_refusal(extractor, text):
    rows = country_rows(extractor, text)
    assert not any(st == "refused" for _, _, st, _, _ in rows), rows
