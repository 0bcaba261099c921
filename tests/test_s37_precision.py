"""Session 37, helper `precision`: rows that should not exist.

1. Non-lethal support goods of one state's aid to another's forces ("delivered lorries, communications equipment
   and three transport aircraft to the Y army"): the lorries and the equipment give no row, the aircraft does
   (`support_goods.py`). Negatives: a military word in the item's own words ("military trucks", "tactical
   radios", "armoured trucks"), a firm's shipment of radios, trucks told alone or beside weapons, counted goods
   ("300 radios"), and a sale of them stopped stay rows.
2. A verb of funding read as an adjective complement with a "by" agent ("the frigates were part-funded by X")
   names who pays for another's purchase: no offer by the payer (`funding.py`). Negative: the active voice ("X
   will fund two radars for Y") stays an offer.
3. Spares and support kit riding with a deal's main item ("three helicopters, with a stock of spares",
   "30 armoured vehicles and spare parts") give no row of their own (`ancillary_items.py`). Negatives: spares told
   alone, spares that name their platform ("parts for small drones"), and spares beside a companion the gazetteer
   does not know stay rows.
4. Generic non-weapon goods told only by their value ("$300 million worth of equipment", "US$11 million in
   equipment") are a sum, not a row (`civil_goods.sum_of_aid`). Negatives: the items named in the same sentence,
   and arms told by their value, stay rows.
5. A buying participle on what a force holds, with no source of its own ("its air force flies MiG-29 fighters
   bought in three batches since 1996"), tells no transfer (`unsourced_holdings.py`). Negatives: the participle
   with a source ("bought from Belarus"), with a buyer ("bought by Peru"), and an order participle ("ordered in
   2020") stay rows.
"""
from __future__ import annotations

import pytest

from _helpers import named_rows

_rows = named_rows


def _items(text: str) -> list[str]:
    return [r[2].lower() for r in _rows(text)]


@pytest.mark.parametrize("text, dropped, kept", [
    ("Since 2015 Japan has delivered lorries, communications equipment and three Beechcraft King Air aircraft to "
     "the Philippine Army for maritime patrols, the embassy said.", ["lorries", "communications equipment"],
     "king air"),
    ("Canada delivered minibuses, radios, tents and ten M113 armoured personnel carriers to the Jordanian army under a "
     "border-security programme.", ["radios", "tents", "minibuses"], "m113"),
    ("Norway handed over trucks, radios and tents to the Ghanaian armed forces on Monday.",
     ["trucks", "radios"], None),
])
def test_support_goods_of_state_aid_are_no_rows(text: str, dropped: list[str], kept: str | None) -> None:
    items = _items(text)
    for word in dropped:
        assert not any(word in i for i in items), (word, _rows(text))
    if kept:
        assert any(kept in i for i in items), _rows(text)


@pytest.mark.parametrize("text, word", [
    ("Norway handed over 40 military trucks to the Ghanaian armed forces on Monday.", "military trucks"),
    ("Norway will deliver 150 trucks to the Ghanaian army next year.", "trucks"),
    ("Norway handed over 300 radios and 40 tents to the Ghanaian army on Monday.", "radios"),
    ("Austria has stopped the sale of radios to Laos under its embargo.", "radios"),
    ("Norway handed over 40 trucks and six Piranha armoured vehicles to the Ghanaian army.", "trucks"),
    ("Canada delivered tactical radios to the Jordanian army last month.", "tactical radios"),
    ("Spain delivered 12 armoured trucks to the Peruvian army in March.", "armoured trucks"),
    ("A Latvian firm shipped 30 crates of radios to the Eritrean defence ministry in 2014.", "radios"),
])
def test_military_or_non_state_support_goods_stay(text: str, word: str) -> None:
    assert any(word in i for i in _items(text)), _rows(text)


def test_support_goods_helper_reads_marks() -> None:
    from materiel.extraction.support_goods import support_words
    assert support_words(["communications", "equipment"], "equipment")
    assert support_words(["tents"], "tents")
    assert not support_words(["trucks"], "trucks")
    assert not support_words(["military-grade", "radio", "sets"], "sets")
    assert not support_words(["spare", "equipment"], "equipment")
    assert not support_words(["rifles"], "rifles")


def test_passive_funding_with_agent_is_no_offer() -> None:
    text = ("Chile bought four frigates from the Netherlands in 2004. The frigates, too, were part-funded by "
            "Madrid, which paid about a fifth of the price.")
    assert not [r for r in _rows(text) if r[3] == "offered"], _rows(text)


def test_active_funding_stays_an_offer() -> None:
    text = "Sweden will fund two Giraffe radars for Moldova, the defence ministry said on Friday."
    assert [r for r in _rows(text) if r[3] == "offered" and "giraffe" in r[2].lower()], _rows(text)


@pytest.mark.parametrize("text, main", [
    ("Cairo will hand Tunis three Mi-17 helicopters in May, with a stock of spares and rotor blades for them.",
     "mi-17"),
    ("Pretoria would not approve a Zambian application for 30 Casspir vehicles and spare parts.", "casspir"),
    ("Vientiane will get four Yak-130 jets from Moscow in 2026 along with spare engines and maintenance "
     "equipment, a minister said.", "yak-130"),
])
def test_spares_riding_with_a_main_item_are_no_rows(text: str, main: str) -> None:
    items = _items(text)
    assert any(main in i for i in items), _rows(text)
    assert not any("spare" in i or "equipment" in i or "blades" in i for i in items), _rows(text)


@pytest.mark.parametrize("text, word", [
    ("Bolivia asked Washington last year for spare parts for its Huey helicopters.", "spare parts"),
    ("Britain suspended deliveries of spare parts to Jakarta in 2001.", "spare parts"),
])
def test_spares_told_alone_stay(text: str, word: str) -> None:
    assert any(word in i for i in _items(text)), _rows(text)


def test_ancillary_words_are_data() -> None:
    from materiel.extraction.ancillary_items import ancillary_words
    assert ancillary_words("spare engines", "engines")
    assert ancillary_words("ground support equipment", "equipment")
    assert ancillary_words("parts", "parts")
    assert not ancillary_words("engines", "engines")
    assert not ancillary_words("armoured vehicles", "vehicles")


@pytest.mark.parametrize("text", [
    "The Peruvian army has received more than $300 million worth of Spanish equipment since 2009.",
    "Norway has delivered more than US$11 million in equipment to the Ghanaian army since 2012.",
])
def test_goods_told_by_value_are_no_rows(text: str) -> None:
    assert not [r for r in _rows(text) if "equipment" in r[2].lower()], _rows(text)


@pytest.mark.parametrize("text, word", [
    ("Spain delivered $20 million of equipment, including six C-212 aircraft, to the Peruvian air force.", "c-212"),
    ("Egypt bought $2 billion worth of arms from Russia in 2014.", "arms"),
])
def test_named_items_and_arms_by_value_stay(text: str, word: str) -> None:
    assert any(word in i for i in _items(text)), _rows(text)


@pytest.mark.parametrize("text", [
    "Lima still leans on Russian hardware. Its air force flies MiG-29 fighters bought in three batches since 1996.",
])
def test_unsourced_buying_participle_is_no_row(text: str) -> None:
    assert _rows(text) == []


@pytest.mark.parametrize("text, word", [
    ("Peru operates T-72 tanks bought from Belarus in 2011 for its northern brigades.", "t-72"),
    ("The two Mi-17 helicopters bought by Peru last year arrived in Lima in May.", "mi-17"),
])
def test_sourced_buying_participle_stays(text: str, word: str) -> None:
    assert any(word in i for i in _items(text)), _rows(text)
