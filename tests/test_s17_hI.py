"""Analysis, features and think-tank summaries on arms relationships (seventeenth session, helper I):

- the second of a pair of items the parser hung elsewhere ("contracts for 12 A from firm F and four B from
  firm G", "supplied A to X in 2020 and B the next year"): B is an item of the same frame
  (frames/split_pairs.py), unless its own phrase names another party ("offers of A from X and B from Y");
- a state named as the largest buyer, customer, importer or recipient of another's arms, in apposition or
  after "remains": that state supplies it, and also the purchases the sentence tells it making with no seller
  named and of no system whose maker is known (frames/history.py);
- an ambiguous system name before an aircraft's or ship's role noun ("72 Typhoon fighters", "Hawk trainers")
  names materiel (cues.toml `name_context`); the four-nation Eurofighter has no one maker to supply it;
- a purchase told in a perfect participle ("..., having bought 12 jets in 2012") is done: delivered.

Sentences written for these tests (not taken from any article); the positives failed before the change; the
counterparts say what must stay."""
from __future__ import annotations

import pytest

from _helpers import find


def _rows(extractor, text):  # noqa: ANN001, ANN202
    return extractor.extract_text(text, published="2024-06-01")


@pytest.mark.parametrize(("text", "supplier", "recipient", "item", "quantity"), [
    ("Tirana signed contracts for 12 Leopard tanks from Rheinmetall and four Boxer vehicles from KNDS "
     "Deutschland.", "Germany", "Albania", "Boxer", 4),
    ("Jakarta signed contracts for 42 Rafale fighters from Dassault Aviation and two Scorpene submarines from "
     "Naval Group.", "France", "Indonesia", "Scorpene", 2),
    ("Beijing had delivered K-8 trainers to Ghana in 2018 and Z-9 helicopters the next year.",
     "China", "Ghana", "Z-9", None),
    ("China had supplied Wing Loong drones to Nigeria in 2020 and VT-4 tanks the next year.",
     "China", "Nigeria", "VT-4", None),
])
def test_second_of_a_split_pair(extractor, text, supplier, recipient, item, quantity):
    found = find(_rows(extractor, text), supplier, recipient, item)
    assert found and all(t.quantity == quantity for t in found)  # never the year as a count


def test_pair_with_its_own_supplier_stays_apart(extractor):
    text = ("Lisbon preferred the Korean trainer to bids of refurbished F-16 Block 52 jets by the United States and "
            "Gripen E fighters by Sweden's Saab.")
    assert not find(_rows(extractor, text), "United States", "Portugal", "Gripen")


def test_pair_of_years_is_no_item(extractor):
    rows = _rows(extractor, "Rabat received the Kirpi vehicles from Turkey in 2019 and 2020.")
    assert len(find(rows, "T", "Morocco", "")) == 1


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), [
    ("Oman remains the biggest customer of British arms.", "United Kingdom", "Oman", "arms"),
    ("Kenya, the largest buyer of American arms in East Africa, has ordered six helicopters.",
     "United States", "Kenya", "helicopters"),
    ("Oman remains the biggest customer of British arms, having bought 12 fighter jets in 2012.",
     "United Kingdom", "Oman", "fighter jets"),
    ("Ecuador has become the largest importer of Israeli weapons in the Andes.", "Israel", "Ecuador", "weapons"),
])
def test_largest_buyer_of_a_states_arms(extractor, text, supplier, recipient, item):
    assert find(_rows(extractor, text), supplier, recipient, item)


def test_largest_buyer_lends_no_seller_to_a_known_system(extractor):
    rows = _rows(extractor, "Pakistan, the largest buyer of Chinese arms, ordered 40 F-16 jets in the 1980s.")
    assert find(rows, "United States", "Pakistan", "F-16") and not find(rows, "China", "Pakistan", "F-16")


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), [
    ("Oman bought 12 Typhoon fighters from Britain in 2012.", "United Kingdom", "Oman", "Typhoon"),
    ("Kuwait took delivery of its first Typhoon fighters from Italy in 2023.", "Italy", "Kuwait", "Typhoon"),
])
def test_ambiguous_name_before_a_role_noun(extractor, text, supplier, recipient, item):
    assert find(_rows(extractor, text), supplier, recipient, item)


def test_consortium_aircraft_has_no_one_maker(extractor):
    rows = _rows(extractor, "Kuwait has asked for more Eurofighter Typhoon jets, officials in Kuwait City said.")
    assert not find(rows, "Germany", "Kuwait", "Typhoon")


@pytest.mark.parametrize(("text", "supplier", "recipient", "item", "stage"), [
    ("Chile, having acquired 100 Leopard tanks from Germany, now wants more.", "Germany", "Chile", "Leopard",
     "delivered"),
    ("Having purchased 24 Mirage jets from France, Peru now wants Su-30s.", "France", "Peru", "Mirage", "delivered"),
    ("Having agreed to buy 24 Mirage jets from France, Peru now wants Su-30s.", "France", "Peru", "Mirage",
     "ordered"),
])
def test_perfect_participle_purchase_is_done(extractor, text, supplier, recipient, item, stage):
    found = find(_rows(extractor, text), supplier, recipient, item)
    assert found and {t.stage for t in found} == {stage}
