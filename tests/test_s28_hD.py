"""Leaks from a state's own stocks to gangs or insurgents, and makers that are no suppliers (twenty-eighth
session, helper hD).

- A state's personnel who sell, leak or pass arms to a group ("army officers sold rounds to a gang",
  "prosecutors charged two police officers with selling pistols to the X gang"): the state supplies the group;
  a personnel noun with no state of its own belongs to the state the text is about.
- Materiel "made in X" or "X-made" that reaches a group is X's make, not X's delivery: X is no supplier.

Texts written for these tests (invented gangs, people and models; combinations of states taken from no article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row

PRY_LEDE = "ASUNCION, 3 May 2022 - Paraguay's armed forces face questions over their depots."
ZMB_LEDE = "LUSAKA, 9 June 2021 - Zambia's army is under pressure in the north."

SELLERS = [  # (text, supplier, item word, quantity)
    ("Prosecutors charged three Paraguayan army officers with selling 5,000 rounds of ammunition to a gang in "
     "the capital.", "PRY", "ammunition", 5000),
    ("Three Paraguayan army officers were charged with selling ten rifles to the Red Hand gang.", "PRY", "rifles", 10),
    (PRY_LEDE + " Prosecutors in 2021 charged three army officers with selling 5,000 rounds of ammunition to "
     "members of the Red Hand gang.", "PRY", "ammunition", 5000),
    (PRY_LEDE + " Police officers in the capital sold 20 pistols and 3,000 cartridges to the Red Hand gang, "
     "prosecutors said.", "PRY", "pistols", 20),
    (PRY_LEDE + " Police officers in the capital sold 20 pistols and 3,000 cartridges to the Red Hand gang, "
     "prosecutors said.", "PRY", "cartridges", 3000),
    (ZMB_LEDE + " Soldiers at border posts had sold ammunition to the rebels, two village chiefs said.",
     "ZMB", "ammunition", None),
    (ZMB_LEDE + " Last year soldiers sold forty rifles to the rebels, according to a local official.",
     "ZMB", "rifles", 40),
    ("Soldiers of the Zambian army sold ammunition to the rebels, two officials said.", "ZMB", "ammunition", None),
    ("Zambian soldiers sold 12 machine guns to the rebels in 2019.", "ZMB", "machine guns", 12),
    (ZMB_LEDE + " Ammunition was sold to the rebels by soldiers at remote outposts, a trader said.",
     "ZMB", "ammunition", None),
]


@pytest.mark.parametrize(("text", "sup", "word", "qty"), SELLERS)
def test_state_personnel_supply_the_group(extractor, text: str, sup: str, word: str, qty: int | None) -> None:
    rows = _rows(extractor, text)
    assert any(s == sup and r is None and st == "delivered" and word in item.lower() and (qty is None or q == qty)
               for s, r, st, item, q in rows), rows


def test_personnel_recipient_is_the_group(extractor) -> None:
    text = PRY_LEDE + " Prosecutors charged two army officers with selling 6 rifles to the Red Hand gang."
    found = [t for t in extractor.extract_text(text).transfers if t.supplier and t.supplier.country == "PRY"]
    assert found and all("gang" in (t.recipient.name or "").lower() for t in found if t.recipient), found
    assert any(t.quantity == 6 for t in found), found


def test_personnel_sell_to_middlemen(extractor) -> None:
    text = ZMB_LEDE + " Two chiefs told reporters that soldiers at distant bases had sold ammunition to local middlemen."
    found = [t for t in extractor.extract_text(text).transfers if t.supplier and t.supplier.country == "ZMB"]
    assert any(t.recipient and "middlemen" in t.recipient.name.lower() for t in found), found


def test_personnel_state_told_just_before(extractor) -> None:
    text = "Zambia's depots leaked. Officers sold 300 rifles to a gang in the capital."
    rows = _rows(extractor, text)
    assert any(s == "ZMB" and "rifles" in item and q == 300 for s, r, st, item, q in rows), rows


def test_no_soldier_sold_is_negated(extractor) -> None:
    text = ZMB_LEDE + " No soldier of the Zambian army has sold rifles to the rebels, a spokesman said."
    found = [t for t in extractor.extract_text(text).transfers if t.supplier and t.supplier.country == "ZMB"]
    assert found and all(t.factuality in ("negated", "denied") for t in found), found


NO_STATE = [
    "The smugglers sold rifles to the Red Hand gang, police said.",
    PRY_LEDE + " The smugglers sold rifles to the Red Hand gang, police said.",
    PRY_LEDE + " Soldiers seized 40 rifles from the Red Hand gang on Tuesday.",
    PRY_LEDE + " Officers of the Karvell Marine company sold two trawlers to a fishing cooperative.",
    PRY_LEDE + " Army officers sold the idea to the public.",
]


@pytest.mark.parametrize("text", NO_STATE)
def test_no_state_supplier_without_state_personnel(extractor, text: str) -> None:
    rows = _rows(extractor, text)
    assert not any(s == "PRY" for s, *_ in rows), rows


MADE_IN = [  # (text, makers that must supply nothing)
    ("Weapons made in Germany, Italy and Austria are reaching Mexico's drug cartels, according to a report.",
     {"DEU", "ITA", "AUT"}),
    ("Czech-made pistols are reaching the Red Hand gang through the port, the report says.", {"CZE"}),
    ("Rifles produced in Brazil reached the Red Hand gang in 2020.", {"BRA"}),
    ("Pistols of Austrian manufacture have reached the rebels in the north, officials said.", {"AUT"}),
    ("Serbian-made mortar rounds reached the rebels last year.", {"SRB"}),
    ("Grenades made in Bulgaria are reaching criminal gangs in the south.", {"BGR"}),
    ("Slovak-built rifles reached the jihadist groups, the analysts found.", {"SVK"}),
    ("Hungarian-manufactured rifles are reaching drug cartels, the study said.", {"HUN"}),
]


@pytest.mark.parametrize(("text", "makers"), MADE_IN)
def test_maker_reaching_a_group_supplies_nothing(extractor, text: str, makers: set[str]) -> None:
    rows = _rows(extractor, text)
    assert not any(s in makers for s, *_ in rows), rows


def test_sender_of_made_items_still_supplies(extractor) -> None:
    rows = _rows(extractor, "Bulgaria sent Czech-made rifles to the rebels in 2015.")
    assert any(s == "BGR" and st == "delivered" and "rifles" in item for s, r, st, item, q in rows), rows


def test_maker_reaching_a_state_still_supplies(extractor) -> None:
    rows = _rows(extractor, "The first German-made Orvel-3 tanks reached Lithuania in May.")
    assert has_country_row(rows, "DEU", "LTU", "delivered", "tanks"), rows
