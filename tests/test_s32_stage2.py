"""Patterns of the thirty-second session's round-2 helper `stage2` (a transfer read at the wrong stage).

- A buyer's offer or proposal to buy is its bid, a request, not an order: "Peru offered to buy 12 A from Chile",
  "is offering to purchase Chile's B", "proposed to acquire six C" give `requested` (frames/buyer_bids.py;
  words.toml [buyer_bids]). Other offer governors over a purchase stay ordered ("decided to buy", "committed to
  purchase"), a seller's offer to sell stays offered, an offer to help another party buy stays the helper's offer.
- Seized goods bought on someone's behalf: a passive purchase with a `for` party, in a clause on the goods a seizure
  took ("police seized 40 A that had been bought in X for the Y gang", "confiscated pistols bought abroad for a
  militia", "stopped a boat carrying shotguns that had been bought for Y") is the seized shipment, intercepted, no
  delivery (frames/seized_purchases.py, hooked in seizure.apply). Kept: a purchase with its own buyer ("rifles
  the army had bought in 2010"), a purchase for someone outside a seizure.
- A delivery told by a pronoun after the order or build it completes: the passive subject "they"/"it" of a verb
  that moves goods stands for the items told before, as an object pronoun does ("Peru ordered two A from Chile.
  They were delivered in 2015", "built for Peru in Chile; it was delivered in 2018"; frames/subject_pronouns.py,
  words.toml [items] passive_subject_pronouns, passive_subject_classes), and a pronoun row that names no party
  takes the antecedent row's pair (extraction/pronoun_items.py). Kept: "it was approved" (no verb of goods), "they
  were supplied with X" (the subject the equipped party), a pronoun after no transfer.

Sentences written for these tests (not taken from any article); the positives failed before the change."""
from __future__ import annotations

import pytest

from _helpers import country_rows, has_country_row

BIDS = [
    ("Peru has offered to buy 12 Zorak fighter jets from Chile.", "CHL", "PER"),
    ("Peru is offering to buy Chile's Zorak fighter jets.", "CHL", "PER"),
    ("The Peruvian government offered last year to purchase six Zorak helicopters from Chile.", "CHL", "PER"),
    ("Bolivia proposed to acquire four Zorak patrol boats from Argentina.", "ARG", "BOL"),
    ("Peru's foreign minister phoned his Chilean colleague, offering to buy all 12 of Chile's Zorak jets.",
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


SEIZED_PURCHASES = [
    "Police seized 40 Zorak rifles that had been bought in Chile for the Red Hand gang.",
    "Customs officers confiscated 200 Zorak pistols bought in Bolivia for the Red Hand gang.",
    "Police stopped a boat carrying 11 Zorak shotguns that had been bought for the Red Hand gang.",
    "Sailors stopped a canoe carrying 14 Zorak shotguns which detectives said had been bought for the Red Hand gang.",
]


@pytest.mark.parametrize("text", SEIZED_PURCHASES)
def test_seized_goods_bought_for_a_group_are_intercepted(extractor, text):
    rows = [t for t in extractor.extract_text(text).transfers if "Zorak" in t.item.text]
    assert any(t.stage == "intercepted" and t.recipient and "Red Hand" in t.recipient.name for t in rows), rows
    assert not any(t.stage == "delivered" for t in rows), rows


@pytest.mark.parametrize("text", [
    "Police seized 40 Zorak rifles that had been bought by the army in 2010.",
    "Police seized 40 Zorak rifles that the army had bought from Chile in 2010.",
])
def test_seized_goods_with_a_buyer_of_their_own_are_no_interception_for_it(extractor, text):
    rows = extractor.extract_text(text).transfers
    assert not any(t.stage == "intercepted" and t.recipient is not None for t in rows), rows


def test_purchase_for_a_party_without_a_seizure_stays_delivered(extractor):
    rows = country_rows(extractor, "Peru bought 40 Zorak rifles from Chile for its police.")
    assert has_country_row(rows, "CHL", "PER", "delivered", "Zorak"), rows


DELIVERED_LATER = [
    ("Peru ordered two Zorak patrol vessels from Chile in 2012. They were delivered in 2015.", "CHL", "PER", "Zorak"),
    ("Peru ordered five Zorak jets from Brazil in 2017, and they were delivered in 2019.", "BRA", "PER", "Zorak"),
    ("The BPS Condor is one of four Zorak gunboats built for Peru in Chile; it was delivered in 2018.",
     "CHL", "PER", "Zorak"),
    ("Coast guards seized 300 rifles on Monday. The BPS Condor, which made the seizure, is one of four Zorak "
     "gunboats built for Peru in Chile; it was delivered in 2018.", "CHL", "PER", "Zorak"),
    ("Bolivia ordered a Zorak frigate from Argentina in 2012; it was handed over in 2016.", "ARG", "BOL", "frigate"),
    ("Peru ordered two Zorak patrol vessels from Chile in 2012. These were delivered in 2015.", "CHL", "PER", "Zorak"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), DELIVERED_LATER)
def test_pronoun_delivery_after_an_order_is_a_delivery(extractor, text, sup, rec, word):
    rows = country_rows(extractor, text)
    assert has_country_row(rows, sup, rec, "delivered", word), rows


@pytest.mark.parametrize("text", [
    "Peru signed a deal with Chile for Zorak jets. It was approved by parliament in 2015.",
    "Chile sold Peru 12 Zorak jets in 2010. They were used in the war.",
])
def test_no_new_row_from_a_pronoun_of_no_goods_verb(extractor, text):
    rows = country_rows(extractor, text)
    assert not any(st == "offered" for _, _, st, _, _ in rows), rows
    assert len(rows) == 1, rows


def test_pronoun_beside_a_with_phrase_is_the_equipped_party(extractor):
    rows = extractor.extract_text("The rebels asked Chile for Zorak rifles. They were supplied with rifles by Chile.")
    assert any(t.stage == "delivered" and t.recipient and "rebel" in t.recipient.name.lower()
               for t in rows.transfers), rows.transfers
