"""Parties shared within one sentence only between frames of one clause (nineteenth session, helper Q):

- coordinated main clauses each with a subject of its own tell different deals; a party one clause names is no
  party of a row of the other ("X was said to have offered A, and a report named him among the brokers behind B
  delivered to Y": A is not for Y; extraction/own_clause.py, used by discourse.share_in_sentence);
- a second verb that shares the first one's subject ("ordered A from X and received the first six") still
  shares its parties.

Sentences written for these tests (not taken from any article); the positives failed before the change; the
counterparts say what must stay."""
from __future__ import annotations

import pytest

from _helpers import find


def _rows(extractor, text):  # noqa: ANN001, ANN202
    return extractor.extract_text(text, published="2024-06-01")


@pytest.mark.parametrize(("text", "recipient", "item"), [
    ("The trader was said to have offered Kenya's navy Ukrainian-owned Mi-8 helicopters in 2011, which he denied, "
     "and a 2004 UN report named him among the brokers behind grenades delivered to former Liberian fighters.",
     "Liberia", "helicopters"),
    ("Rosoboronexport is marketing its new frigate, and the Algerian navy commissioned a submarine in June.",
     "Algeria", "frigate"),
])
def test_no_party_from_a_coordinated_clause(extractor, text, recipient, item):  # noqa: ANN001, ANN201
    report = _rows(extractor, text)
    wrong = [t for t in report.transfers if t.recipient and recipient.lower() in t.recipient.name.lower()
             and item in t.item.text.lower()]
    assert not wrong, wrong


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), [
    ("Morocco ordered 24 howitzers from France in 2020 and received the first six in 2022.",
     "France", "Morocco", "howitzers"),
    ("Vietnam received four Russian corvettes in 2019, and India has since offered a frigate.",
     "India", "Vietnam", "frigate"),
    ("Estonia received ten howitzers from Finland in March, and a Finnish minister said that Finland would sell "
     "its old mortars next year.", "Finland", "Estonia", "mortars"),
])
def test_same_deal_still_shares(extractor, text, supplier, recipient, item):  # noqa: ANN001, ANN201
    report = _rows(extractor, text)
    assert find(report, supplier, recipient, item), report.transfers


def test_clause_heads(extractor):  # noqa: ANN001, ANN201
    from materiel.extraction.own_clause import other_clause
    doc = extractor.nlp("Chile bought two tankers from Spain, and Peru's navy ordered a frigate.")
    bought = next(t for t in doc if t.lower_ == "bought")
    frigate = next(t for t in doc if t.lower_ == "frigate")
    tankers = next(t for t in doc if t.lower_ == "tankers")
    assert other_clause(bought, frigate)
    assert not other_clause(bought, tankers)
