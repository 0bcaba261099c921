"""Quantities (nineteenth session, helper O):

- a plain definite item told again ("the howitzers", "the aircraft") with no count of its own takes the one count
  of the same item's earlier tellings whose parties agree with its own, else of the counted mentions of its noun
  in the sentences just before ("Three X drones flew over the parade. The X drones were bought from Y")
  (extraction/definite_counts.py); a part
  of the whole ("some of the howitzers"), a broad noun ("the weapons"), another party's item, and an item told
  with two counts keep none.
- a group noun counts the item of its "of" phrase ("a pair of", "a couple of", "a trio of", "two pairs of");
  a share ("30% more", "40 per cent more") counts nothing; a number right after an article and a name is the
  model's ("an OPV 190 patrol vessel") (mentions/count_words.py).
- a part of an order read as ordered ("a contract for 24 X, with the first eight to be delivered by May", "The
  first four will arrive in March") is the order's schedule, no order of its own, when the larger order of the
  same system and parties is told (extraction/definite_counts.py `scheduled_parts`).

Sentences written for these tests (not taken from any article); the positives failed before the change; the
counterparts say what must stay."""
from __future__ import annotations

import pytest

from _helpers import find


def _rows(extractor, text):  # noqa: ANN001, ANN202
    return extractor.extract_text(text, published="2024-06-01")


def _quantities(report, supplier, recipient, item, stage):  # noqa: ANN001, ANN202
    found = [t for t in find(report, supplier, recipient, item) if t.stage == stage]
    assert found, report.transfers
    return {t.quantity for t in found}


@pytest.mark.parametrize(("text", "supplier", "recipient", "item", "stage", "quantity"), [
    ("Uruguay ordered 16 howitzers from South Korea in 2019. The howitzers were delivered to the Uruguayan army "
     "in 2022.", "Korea", "Uruguay", "howitzers", "delivered", 16),
    ("Paraguay signed a contract with Brazil for 6 trainer aircraft in 2020. Brazil handed over the aircraft in "
     "2023.", "Brazil", "Paraguay", "aircraft", "delivered", 6),
    ("Three Bayraktar drones flew over the parade in Lusaka. The Bayraktar drones were bought from Turkey by Zambia "
     "last year.", "T", "Zambia", "Bayraktar", "delivered", 3),
    ("Two AW159 helicopters and one patrol aircraft were displayed at the ceremony. The AW159 helicopters were "
     "provided to the Kenyan navy by Leonardo of Italy.", "Italy", "Kenya", "AW159", "delivered", 2),
])
def test_definite_item_takes_the_earlier_count(extractor, text, supplier, recipient, item, stage, quantity):  # noqa: ANN001
    assert quantity in _quantities(_rows(extractor, text), supplier, recipient, item, stage)


@pytest.mark.parametrize(("text", "supplier", "recipient", "item", "stage"), [
    ("Uruguay ordered 16 howitzers from South Korea in 2019. Some of the howitzers were delivered to the Uruguayan "
     "army in 2022.", "Korea", "Uruguay", "howitzers", "delivered"),
    ("Mongolia bought 24 armoured vehicles and 300 rifles from Turkey in March. Turkey delivered the weapons in "
     "October.", "T", "Mongolia", "weapons", "delivered"),
    ("Uruguay ordered 16 howitzers from South Korea. Ecuador ordered the howitzers from France.",
     "France", "Ecuador", "howitzers", "ordered"),
    ("Two AW159 helicopters were displayed at the ceremony, beside four AW159 helicopters of the air force. The "
     "AW159 helicopters were provided to the Kenyan navy by Leonardo of Italy.", "Italy", "Kenya", "AW159", "delivered"),
])
def test_part_broad_noun_or_other_party_keeps_no_count(extractor, text, supplier, recipient, item, stage):  # noqa: ANN001
    assert _quantities(_rows(extractor, text), supplier, recipient, item, stage) == {None}


@pytest.mark.parametrize(("text", "recipient", "item", "quantity"), [
    ("Peru received a couple of Mi-17 helicopters from Russia.", "Peru", "Mi-17", 2),
    ("Nepal ordered a trio of Bayraktar TB2 drones from Ankara.", "Nepal", "TB2", 3),
    ("Kenya received a pair of Bell 412 helicopters from the United States.", "Kenya", "Bell 412", 2),
    ("Chile received two pairs of Bell 412 helicopters from the United States.", "Chile", "Bell 412", 4),
])
def test_group_noun_counts_its_item(extractor, text, recipient, item, quantity):  # noqa: ANN001
    found = find(_rows(extractor, text), "", recipient, item)
    assert any(t.quantity == quantity for t in found), found


@pytest.mark.parametrize(("text", "item", "quantity"), [
    ("Zambia bought 30% more rifles from Serbia in 2019.", "rifles", None),
    ("Zambia bought 40 per cent more mortars from Serbia in 2019.", "mortars", None),
    ("Fiji bought four 12.7 mm machine guns from Belgium for $2 million.", "machine guns", 4),
    ("Chile bought a dozen Leopard tanks from Germany.", "Leopard", 12),
    ("Ghana ordered a Gowind 2500 corvette from France.", "corvette", 1),
])
def test_shares_measures_and_models_count_nothing(extractor, text, item, quantity):  # noqa: ANN001
    found = [t for t in _rows(extractor, text).transfers if item.lower() in t.item.text.lower()]
    assert found and {t.quantity for t in found} == {quantity}, found


def test_article_and_name_before_a_number_make_it_a_model(extractor):  # noqa: ANN001
    from materiel.extraction.mentions.count_words import article_model

    doc = extractor.nlp("Ghana signed a contract for an OPV 190 patrol vessel and sold Kenya 12 jets.")
    by_text = {t.text: t for t in doc}
    assert article_model(by_text["190"])
    assert not article_model(by_text["12"])


@pytest.mark.parametrize("text", [
    "Kenya signed a contract for 24 Pandur vehicles with Austria, with the first eight to be handed over before the "
    "year is out.",
    "Chile signed for twelve K-8 trainers from China. The first four will arrive in March.",
])
def test_scheduled_part_of_an_order_is_no_order_of_its_own(extractor, text):  # noqa: ANN001
    ordered = [t for t in _rows(extractor, text).transfers if t.stage == "ordered"]
    assert ordered and all(t.quantity in (24, 12) for t in ordered), ordered


def test_delivered_part_of_an_order_keeps_its_count(extractor):  # noqa: ANN001
    text = "Peru ordered 12 Mi-17 helicopters from Russia in 2019. The first four arrived in Lima in 2021."
    assert 4 in _quantities(_rows(extractor, text), "Russia", "Peru", "Mi-17", "delivered")
