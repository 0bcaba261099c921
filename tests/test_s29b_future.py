"""Deliveries still to come under a deal already made (helper future, session 29b).

A future delivery ("will deliver", "is expected to deliver", "expects to receive") reads on its own as a promise
(stage offered) or a guess (uncertain). When its own sentence tells the deal as made - a relative clause of the
supplier that won or signed it, of the items that the buyer ordered or bought, or the items told as a part of a
batch ("the first", "the remaining", "the last of") - the row is the order's schedule: stage `ordered`, asserted
(`made_deals.deal_told`, `made_deals.unhedged`, words.toml [made_deals]). Offers, conditions, hopes and deals
still to sign stay what they are. All firms, models and sentences are invented.
"""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor


def rows(text: str) -> list:  # type: ignore[type-arg]
    return list(get_extractor().extract_text(text).transfers)


def has(text: str, s: str, r: str, stage: str, fact: str = "asserted", q: int | None = None) -> bool:
    return any((x.supplier.country if x.supplier else None) == s and
               (x.recipient.country if x.recipient else None) == r and x.stage == stage and
               x.factuality == fact and (q is None or x.quantity == q) for x in rows(text))


ORDERED = [
    ("Norway, which signed the contract in 2019, will deliver eight Kestrel-5 drones to Peru next year.",
     "NOR", "PER", 8),
    ("Brasilia, which won the tender last spring, will hand over two Orlen-4 corvettes to Ghana in March.",
     "BRA", "GHA", 2),
    ("Seoul will deliver the 12 Tarsk-9 howitzers that Lima ordered in 2021 by June, the ministry said.",
     "KOR", "PER", 12),
    ("Next year, Poland will deliver the six Ranz-4 howitzers Vietnam bought in 2022.", "POL", "VNM", 6),
    ("Italy is now expected to deliver the last of the 24 Borra-7 tanks ordered by Kenya next year.", "ITA", "KEN", None),
    ("Kenya expects to receive its first Varo-7 jets from Spain by year's end.", "ESP", "KEN", None),
    ("Bangladesh is expected to receive eight Tarn-4 vehicles from Serbia next year under a deal it signed in 2022.",
     "SRB", "BGD", 8),
    ("Spain, which clinched the deal in 2020, will deliver four Kolt-6 patrol boats and two training simulators "
     "to Senegal next year.", "ESP", "SEN", 4),
    ("According to the defence ministry, Romania will take delivery of the remaining nine Pelk-2 jets from Norway "
     "in 2027.", "NOR", "ROU", None),
    ("Egypt, which sold 30 Merla-2 jets to Oman under two separate contracts, is now expected to deliver the final batch in "
     "2027.", "EGY", "OMN", None),
]


@pytest.mark.parametrize("text,s,r,q", ORDERED)
def test_future_delivery_of_a_made_deal_is_ordered(text: str, s: str, r: str, q: int | None) -> None:
    assert has(text, s, r, "ordered", q=q), [(x.supplier, x.recipient, x.stage, x.factuality) for x in rows(text)]


NOT_ORDERED = [
    "Spain has offered to deliver six Varo-7 jets to Kenya within a year.",
    "Spain could deliver six Varo-7 jets to Kenya within 18 months if Nairobi signs the contract.",
    "Kenya expects to sign a contract for six Varo-7 jets with Spain next year.",
    "Spain will deliver six Varo-7 jets to Kenya if the parliament approves the sale.",
    "Chile is expected to buy six Varo-7 jets from Spain.",
    "Spain, which sold Egypt 40 tanks in 2015, will offer six Varo-7 jets to Kenya.",
    "Kenya hopes to receive its first Varo-7 jets from Spain, which has yet to sign any contract, one day.",
    "Portugal will supply Chile with 20 Merla-2 jets by 2028, the minister said. The first of the aircraft are due to "
    "arrive before the year is out.",
    "Spain will deliver spare parts for the Varo-7 jets that Kenya bought in 2010.",
]


@pytest.mark.parametrize("text", NOT_ORDERED)
def test_offers_hopes_and_conditions_are_no_asserted_order(text: str) -> None:
    assert not any(x.stage == "ordered" and x.factuality == "asserted" for x in rows(text)), \
        [(x.supplier, x.recipient, x.stage, x.factuality) for x in rows(text)]


def test_home_yard_delivery_is_no_row() -> None:
    assert not rows("Chilean state shipyards will deliver four Orlen-4 corvettes to the Chilean navy by 2027.")


def test_offer_stays_offered() -> None:
    assert has("Spain has offered to deliver six Varo-7 jets to Kenya within a year.", "ESP", "KEN", "offered",
               q=6)


PROGRAMME = [
    ("Spain is supplying 24 Varo-7 jets to Chile under a 2019 deal.", "ESP", "CHL", 24),
    ("Under the 2020 contract, Warsaw is delivering 18 Ranz-4 howitzers to Hanoi.", "POL", "VNM", 18),
    ("The Czech defence firm is shipping 40 Tarn-4 vehicles to Ghana under an agreement signed in 2021, Accra said.",
     "CZE", "GHA", 40),
    ("Spain is supplying 24 Varo-7 jets to Chile under a 2019 deal, with delivery of the last two planned for 2028.",
     "ESP", "CHL", 24),
    ("Chile ordered 24 Varo-7 jets from Spain, with delivery of the last two scheduled for 2028.", "ESP", "CHL", 24),
    ("Deliveries of the four Tarn-4 vehicles that Kenya bought from Serbia are expected to be completed in 2028.",
     "SRB", "KEN", 4),
    ("Next year, Poland will deliver the six Ranz-4 howitzers Vietnam bought in 2022.", "POL", "VNM", 6),
]


@pytest.mark.parametrize("text,s,r,q", PROGRAMME)
def test_deal_being_carried_out_is_one_order(text: str, s: str, r: str, q: int) -> None:
    got = rows(text)
    assert any((x.supplier.country if x.supplier else None) == s and x.recipient and x.recipient.country == r and
               x.stage == "ordered" and x.factuality == "asserted" and x.quantity == q for x in got), got
    assert not any(x.stage in ("delivered", "considered") for x in got), \
        [(x.stage, x.quantity, x.rule) for x in got]


def test_progressive_without_deal_stays_delivery() -> None:
    assert has("Spain is sending 24 Varo-7 jets to Chile.", "ESP", "CHL", "delivered", q=24)


def test_plan_of_a_part_without_order_stays_considered() -> None:
    assert has("Chile plans to buy the last two Varo-7 jets from Spain.", "ESP", "CHL", "considered", q=2)


CONTACT = [
    ("Thailand will deliver the three Kolt-5 jets Malaysia ordered last year by June, the ministry said.",
     "THA", "MYS", 3),
    ("Oslo will hand over the eight Pelk-2 patrol boats Lima bought in 2022 before the year is out.",
     "NOR", "PER", 8),
    ("Italy will ship the 12 Borra-7 tanks Kenya ordered under the 2021 contract next spring.", "ITA", "KEN", 12),
]


@pytest.mark.parametrize("text,s,r,q", CONTACT)
def test_contact_relative_on_the_delivered_items(text: str, s: str, r: str, q: int) -> None:
    assert has(text, s, r, "ordered", q=q), [(x.supplier, x.recipient, x.stage, x.quantity) for x in rows(text)]


def test_contact_relative_of_a_subject_is_left() -> None:
    assert has("The six Pelk-2 jets Peru bought from Norway in 2015 were grounded last year.", "NOR", "PER",
               "delivered", q=6)


FOLDED = [
    ("Italy is now expected to deliver the last of the 24 Borra-7 tanks ordered by Kenya next year.", "ITA", "KEN", 24),
    ("Egypt, which sold 30 Merla-2 jets to Oman under two separate contracts, is now expected to deliver the final batch in 2027.",
     "EGY", "OMN", 30),
    ("Spain, which sold Chile 24 Varo-7 jets under a 2019 contract, will deliver the last aircraft next year.",
     "ESP", "CHL", 24),
    ("Seoul will deliver the 12 Tarsk-9 howitzers that Lima ordered in 2021 by June.", "KOR", "PER", 12),
]


@pytest.mark.parametrize("text,s,r,q", FOLDED)
def test_delivery_of_a_deal_told_in_its_clause_is_that_order(text: str, s: str, r: str, q: int) -> None:
    got = rows(text)
    assert len(got) == 1 and has(text, s, r, "ordered", q=q), [(x.stage, x.factuality, x.quantity) for x in got]


def test_earlier_sale_to_another_buyer_is_not_folded() -> None:
    got = rows("Spain, which sold Egypt 40 Borra-7 tanks in 2015, will deliver six Varo-7 jets to Kenya next year.")
    assert any(x.recipient and x.recipient.country == "EGY" and x.stage == "delivered" for x in got)


def test_charge_after_a_comma_is_no_object() -> None:
    text = "Observers said the six Pelk-2 jets had been supplied by Norway, a charge Oslo rejected."
    assert not any(x.supplier and x.supplier.country == "NOR" and x.factuality == "asserted" for x in rows(text))
