"""Session 33 (round 1), actors: wrong suppliers and recipients.

Patterns:

1. A state's leader as the recipient (extraction/leaders.py, `speaks_for_recipient`): "President X asked Beijing
   for Y", "Prime Minister X requested Y from Russia", where X has a state leader's title (`state_leader_titles`
   in cues.toml) and no state the text gives him, asks for the text's own state (its topic state), not as a
   person. Not when the topic state is the supplier's, not when the sentence names a third state (his may be that
   one), and not for the titles of an armed group's leaders ("General X").
2. A city the tagger takes for a firm or a person (extraction/mentions/city_states.py, `misread_city`): told in
   a place's phrase ("followed by shipment from X"), with the name of a city of one state, it is that state, as a
   city the tagger reads as a place already is. Not a city's name that modifies another noun ("from an X
   dealer"), which names no place the goods left, nor a city placing a named site ("the X Air Base in Y").
3. A designated item keeps its maker (extraction/discourse.py, `share_in_sentence`): a supplier another clause of
   the sentence names ("two Russian A helicopters came in 2008; in 2016 the army bought six Rafales") is not given
   to a row whose designation the gazetteer gives another maker state; the maker (`fill_from_origin`) supplies.
   A supplier of the same state's designs is still shared.
4. A designated system the tagger marks as a name (ORG) is no party (extraction/mentions/item_names.py): "new
   gearboxes for its C-130s" names no recipient "C-130s", and "we" after "A K-8 is ..." is not the aircraft.
"""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    out = []
    for t in get_extractor().extract_text(text).transfers:
        d = t.model_dump()
        s, r = d.get("supplier") or {}, d.get("recipient") or {}
        out.append((s.get("name", ""), r.get("name", ""), r.get("kind", ""), d.get("stage", "")))
    return out


@pytest.mark.parametrize("text,supplier,state", [
    ("Guatemala seeks new armour\n\nPresident Tomas Varga asked Beijing for VN-1 armoured vehicles and Z-9 "
     "helicopters during his trip to China in March.", "China", "Guatemala"),
    ("Bolivia looks abroad for helicopters\n\nPrime Minister Ana Ruiz requested six Mi-17 helicopters from "
     "Russia, officials said.", "Russia", "Bolivia"),
    ("Kenya turns to Ankara for drones\n\nPresident Joseph Mwangi asked Turkey for four Bayraktar TB2 drones "
     "during talks in Ankara, according to Kenya's foreign ministry.", "Turkey", "Kenya"),
    ("Nepal shops for transport aircraft\n\nDefence Minister Hari Thapa asked India for two Do-228 aircraft "
     "last week, local newspapers reported.", "India", "Nepal"),
])
def test_titled_leader_recipient_is_the_texts_state(text: str, supplier: str, state: str) -> None:
    rows = _rows(text)
    assert rows
    assert all(r == state and kind == "state" for s, r, kind, _ in rows if s == supplier)


@pytest.mark.parametrize("text", [
    # a third state named beside the leader: his may be that one
    "Bolivia looks abroad for helicopters\n\nBolivia wants helicopters. Russia turned down President Luis Arce "
    "of Peru, who had asked Moscow for six Mi-17 helicopters.",
    # a rebel leader's title is no state's
    "Bolivia looks abroad for helicopters\n\nGeneral Mario Soto asked Russia for six Mi-17 helicopters.",
])
def test_leader_of_another_or_no_state_stays(text: str) -> None:
    assert all(r != "Bolivia" for _, r, _, _ in _rows(text))


def test_leader_of_the_supplying_topic_state_stays() -> None:
    text = ("Russia's arms exports grow\n\nPresident Joseph Mwangi asked Russia for six Mi-17 helicopters, "
            "Russian officials said.")
    assert all(r != "Russia" for _, r, _, _ in _rows(text))


@pytest.mark.parametrize("text,supplier", [
    ("Ukraine exports tanks\n\nThe first eight tanks were handed over to the Pakistan Army at a ceremony in "
     "Zhytomyr in June, followed by shipment from Kyiv.", "Ukraine"),
    ("South Africa sells armoured cars\n\nTwelve armoured cars were delivered to the Kenyan army in June after "
     "shipment from Durban.", "South Africa"),
])
def test_misread_city_in_a_place_phrase_is_its_state(text: str, supplier: str) -> None:
    assert supplier in {s for s, _, _, _ in _rows(text)}


@pytest.mark.parametrize("text", [
    "Police buy cars\n\nThe city police took delivery of 30 patrol cars from a Toyota dealer this month.",
    "Police buy cars\n\nThe Calgary police took delivery of 9 patrol vehicles from an Edmonton dealer in June.",
])
def test_city_name_modifying_a_noun_names_no_supplier_state(text: str) -> None:
    assert not {s for s, _, _, _ in _rows(text)} & {"Japan", "Canada"}


@pytest.mark.parametrize("text,supplier,model", [
    ("Peru rebuilds its fleet\n\nThe navy operates three Russian Ka-27 helicopters that arrived in 2010, and the "
     "air force ordered four Leonardo C-27J transport aircraft in 2015.", "Italy", "C-27J"),
    ("Egypt expands its air arm\n\nThe army flies four Chinese Z-9 helicopters that arrived in 2012, and the air "
     "force ordered twelve Rafale jets in 2016.", "France", "Rafale"),
    ("Thailand modernises\n\nThe navy uses two American Seahawk helicopters that were delivered in 2013, while "
     "the air force bought six Gripen fighters in 2011.", "Sweden", "Gripen"),
])
def test_designated_item_keeps_its_maker_over_another_clause_supplier(text: str, supplier: str, model: str) -> None:
    rows = [(s, item) for s, item in _items(text)]
    assert any(s == supplier and model in item for s, item in rows)
    assert not any(s not in ("", supplier) and model in item for s, item in rows)


def test_shared_supplier_kept_for_its_own_designs() -> None:
    text = ("Peru rebuilds its fleet\n\nThe navy operates three Russian Ka-27 helicopters that arrived in 2010, and "
            "the air force ordered four Mi-171 helicopters in 2015.")
    assert ("Russia", "Mi-171 helicopters") in _items(text)


def test_undesignated_item_still_shares_the_supplier() -> None:
    text = ("Peru rebuilds its fleet\n\nThe navy operates three Russian Ka-27 helicopters that arrived in 2010, and "
            "the air force ordered four Ka-226 helicopters in 2015.")
    assert ("Russia", "Ka-226 helicopters") in _items(text)


def _items(text: str) -> list[tuple[str, str]]:
    out = []
    for t in get_extractor().extract_text(text).transfers:
        d = t.model_dump()
        out.append(((d.get("supplier") or {}).get("name", ""), (d.get("item") or {}).get("text", "")))
    return out


@pytest.mark.parametrize("text,recipient", [
    ("Paraguay's air force is short of parts\n\nThe air force asked the Pentagon in June to supply six new "
     "engines for the C-130s.", "Paraguay"),
    ("Chile buys parts\n\nThe Chilean navy received six spare rotor blades for its Super Lynx from Britain.",
     "Chile"),
])
def test_designated_item_is_no_recipient(text: str, recipient: str) -> None:
    rows = _rows(text)
    assert rows
    assert all(r == recipient or recipient in r for _, r, _, _ in rows)


def test_speaker_we_is_no_item_told_before() -> None:
    text = ("Senegal looks for trainers\n\nChina offered the K-8 Karakorum in 2016, the air chief told reporters. "
            "\"A K-8 is a sound jet. We need planes our crews can keep in the air,\" he said.")
    assert not any("K-8" in r for _, r, _, _ in _rows(text))
