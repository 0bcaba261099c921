"""Patterns of the thirty-second session's round-2 helper `stage2` (a transfer read at the wrong stage).

- A buyer's offer or proposal to buy is its bid, a request, not an order: "Peru offered to buy 12 A from Chile",
  "is offering to purchase Chile's B", "proposed to acquire six C" give `requested` (frames/buyer_bids.py;
  words.toml [buyer_bids]). Other offer governors over a purchase stay ordered ("decided to buy", "committed to
  purchase"), a seller's offer to sell stays offered, an offer to help another party buy stays the helper's offer.

Sentences written for these tests (not taken from any article); the positives failed before the change."""
from __future__ import annotations

import pytest

from _helpers import country_rows, has_country_row

BIDS = [
    ("Peru has offered to buy 12 Zorak fighter jets from Chile.", "CHL", "PER"),
    ("Peru is offering to buy Chile's Zorak fighter jets.", "CHL", "PER"),
    ("The Peruvian government offered last year to purchase six Zorak helicopters from Chile.", "CHL", "PER"),
    ("Bolivia proposed to acquire four Zorak patrol boats from Argentina.", "ARG", "BOL"),
    ("Peru's defence minister wrote to his Chilean counterpart offering to buy all 12 of Chile's Zorak jets.",
     "CHL", "PER"),
]


@pytest.mark.parametrize(("text", "sup", "rec"), BIDS)
def test_buyers_offer_to_buy_is_a_request(extractor, text, sup, rec):
    rows = country_rows(extractor, text)
    assert has_country_row(rows, sup, rec, "requested", "Zorak"), rows
    assert not any(st == "ordered" for _, _, st, _, _ in rows), rows


@pytest.mark.parametrize(("text", "sup", "rec", "stage"), [
    ("Peru decided to buy 12 Zorak fighter jets from Chile.", "CHL", "PER", "ordered"),
    ("Peru committed to purchase six Zorak helicopters from Chile.", "CHL", "PER", "ordered"),
    ("Chile offered to sell 12 Zorak fighter jets to Peru.", "CHL", "PER", "offered"),
    ("Chile offered to help Peru buy 12 Zorak fighter jets.", "CHL", "PER", "offered"),
])
def test_other_offers_keep_their_stage(extractor, text, sup, rec, stage):
    rows = country_rows(extractor, text)
    assert has_country_row(rows, sup, rec, stage, "Zorak"), rows
    assert not any(st == "requested" for _, _, st, _, _ in rows), rows
