"""Patterns of the thirty-first session's helper `recipients` (the party a transfer is for).

- A payer paying for another party: a paying verb's first "for" phrase names the item, a second "for" phrase
  (on the verb, on the item or on the item's "from" phrase) that names a state, a state's body or an armed
  group names who receives; the payer of another state is the intermediary (frames/paid_for.py). Not so: a
  "for" phrase naming a use ("for missions in X", "for use in X"), or a payer paying for its own forces.
- A state known by a short name ("the Solomons"): the gazetteer keeps it as an alias (countries.csv).
- Items each with its own "for" party in a list set in apposition with the parties as a group ("provided aid
  to three countries: radars for X, frigates for Y and trucks for Z"), and a run of such a list whose things are
  not materiel ("rescue boats for Y", "training to Y"): that party gets no row and the other runs keep their own
  party (frames/destination_pairs.py). Not so: the umbrella object before the group ("aid", "projects") is no
  item of the first run, and the group ("three countries") is no recipient.

Sentences written for these tests (not taken from any article); the positives failed before the change."""
from __future__ import annotations

import pytest

from _helpers import country_rows, has_country_row

PAID_FOR = [
    ("The Pentagon paid $400 million for 20 transport planes from Italy for the Afghans.", "ITA", "AFG", "plane"),
    ("Washington paid $90 million for 12 Mi-17 helicopters from Russia for the Iraqi army.", "RUS", "IRQ",
     "helicopter"),
    ("Saudi Arabia paid for 40 howitzers from France for the Lebanese army.", "FRA", "LBN", "howitzer"),
    ("Qatar paid $400 million for 30 Leopard tanks from Germany for Jordan.", "DEU", "JOR", "tank"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), PAID_FOR)
def test_paid_for_another_party(extractor, text, sup, rec, word):
    got = country_rows(extractor, text)
    assert has_country_row(got, sup, rec, "ordered", word), got
    payer = {"The Pentagon": "USA", "Washington": "USA", "Saudi Arabia": "SAU", "Qatar": "QAT"}
    own = next(v for k, v in payer.items() if text.startswith(k))
    assert not any(r == own for _, r, _, _, _ in got), got


@pytest.mark.parametrize("text", [
    "Egypt paid $1 billion for 24 Rafale jets from France for missions in Libya.",
    "Egypt paid $1 billion for 24 Rafale jets from France for use in Libya.",
    "Qatar paid for 12 Mirage jets from France for the war in Libya.",
])
def test_paid_for_a_use_names_no_party(extractor, text):
    got = country_rows(extractor, text)
    assert got and all(r != "LBY" for _, r, _, _, _ in got), got


def test_paid_for_own_forces_keeps_payer(extractor):
    got = country_rows(extractor, "Egypt paid $1 billion for 24 Rafale jets from France for its air force.")
    assert has_country_row(got, "FRA", "EGY", "ordered", "Rafale"), got


GROUP_LISTS = [
    ("South Korea chose to provide projects to four nations: coastal radar systems for Vietnam, rescue "
     "boats for Indonesia, patrol boats for Sri Lanka and trucks for Tonga.",
     "KOR", [("VNM", "radar"), ("LKA", "patrol boat"), ("TON", "truck")], "IDN"),
    ("South Korea will supply equipment to three states: howitzers for Poland, tanks for Estonia and rifles "
     "for Latvia.", "KOR", [("POL", "howitzer"), ("EST", "tank"), ("LVA", "rifle")], None),
    ("Italy sent aid to two allies: radar systems for Albania and frigates for Greece.", "ITA",
     [("ALB", "radar"), ("GRC", "frigate")], None),
]


@pytest.mark.parametrize(("text", "sup", "pairs", "absent"), GROUP_LISTS)
def test_group_list_pairs_items_with_their_party(extractor, text, sup, pairs, absent):
    got = country_rows(extractor, text)
    stage = got[0][2] if got else ""
    for rec, word in pairs:
        assert has_country_row(got, sup, rec, stage, word), (rec, word, got)
    for rec, word in pairs:  # each item only to its own party
        assert not any(r != rec and word in item for _, r, _, item, _ in got), (rec, word, got)
    assert not any(r == absent for _, r, _, _, _ in got) or absent is None, got


def test_non_materiel_run_drops_its_party(extractor):
    got = country_rows(extractor, "Japan will provide coastal radars to the Philippines, rescue boats to Malaysia "
                                  "and patrol boats to Bangladesh.")
    assert has_country_row(got, "JPN", "PHL", "offered", "radar"), got
    assert has_country_row(got, "JPN", "BGD", "offered", "patrol boat"), got
    assert not any(r == "MYS" for _, r, _, _, _ in got), got
    assert not any(r == "BGD" and "radar" in item for _, r, _, item, _ in got), got


@pytest.mark.parametrize("text", [
    "Germany gave training to Mali and rifles to Niger.",
    "Germany gave medical kits to Mali and rifles to Niger.",
])
def test_non_materiel_first_run_gives_no_row(extractor, text):
    got = country_rows(extractor, text)
    assert has_country_row(got, "DEU", "NER", "delivered", "rifle"), got
    assert not any(r == "MLI" for _, r, _, _, _ in got), got


@pytest.mark.parametrize("text", [
    "In 2013 Malta paid for 24 M4 carbines for its coast guard from an American broker.",
    "Greece paid for 20 rifles from Italy for their own police.",
])
def test_paid_for_own_possessive_keeps_payer(extractor, text):
    got = country_rows(extractor, text)
    payer = "MLT" if text.startswith("In 2013") else "GRC"
    assert got and all(r == payer for _, r, _, _, _ in got), got


@pytest.mark.parametrize("text", [
    "Australia has given the Solomons three patrol boats and a truck.",
    "Australia delivered two patrol boats to the Solomons.",
    "The Solomons received two patrol boats from Australia.",
])
def test_short_name_of_an_island_state(extractor, text):
    assert has_country_row(country_rows(extractor, text), "AUS", "SLB", "delivered", "patrol boat")


def test_short_name_is_not_a_common_word(extractor):
    got = country_rows(extractor, "Australia delivered two patrol boats to Fiji, officials from the Solomon "
                                  "Sea region said.")
    assert not any(r == "SLB" for _, r, _, _, _ in got), got
