"""Patterns of the thirty-first session's helper `items2` (items in appositions and reduced participles).

- A generic head with an apposition that counts the items ("Chile's main warships, three Vespa-class frigates,
  were sold by X"): the head gives way to the counted members (mentions/apposed_members.py); a head with a count
  of its own ("400 A, 120 B and six C") or a bare uncounted list head ("sent rifles, 120 mortars") stays.
- The owner of such a generic head is the recipient of the apposed items when the phrase is the clause's subject
  (frames/owners.py `_subject_or_relative` looks through the apposition).
- A designation hung as an "nmod" chain on a plain noun ("the Army's Zorro II medium-range units"): the noun names
  the system (mentions/items.py `_modified_item`).

Sentences written for these tests (not taken from any article); the positives failed before the change."""
from __future__ import annotations

import pytest

from _helpers import country_rows, has_country_row

APPOSED = [
    ("Peru's main warships, three Lupo-class frigates, were sold by Italy in 2005.", "ITA", "PER", "frigates", 3),
    ("Chile's principal surface combatants, the four Type 23 frigates, were delivered by Britain in 2007.",
     "GBR", "CHL", "frigates", 4),
    ("Turkey's largest surface combatants, the four MEKO 200 destroyers, were delivered by Germany in 1989.",
     "DEU", "TUR", "destroyers", 4),
    ("Ecuador's new patrol fleet, two Fassmer-built offshore patrol vessels, was delivered by Germany in 2016.",
     "DEU", "ECU", "patrol vessels", 2),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), APPOSED)
def test_apposed_members_replace_generic_head(extractor, text, sup, rec, word, qty):
    rows = country_rows(extractor, text)
    assert has_country_row(rows, sup, rec, "delivered", word, qty), rows
    assert all(word in item or r != rec for _, r, _, item, _ in rows), rows  # no row for the generic head


def test_counted_list_head_stays(extractor):
    rows = country_rows(extractor, "Russia sent 400 rifles, 120 mortars and six howitzers to Syria in May.")
    for w in ("rifles", "mortars", "howitzers"):
        assert has_country_row(rows, "RUS", "SYR", "delivered", w), rows


def test_bare_list_head_stays(extractor):
    rows = country_rows(extractor, "Serbia sold Kenya rifles, 120 mortars and six howitzers last year.")
    assert has_country_row(rows, "SRB", "KEN", "delivered", "rifles"), rows


def test_uncounted_apposition_keeps_head(extractor):
    rows = country_rows(extractor, "Italy sold Peru its frigates, the ships of the Lupo class, in 2004.")
    assert has_country_row(rows, "ITA", "PER", "delivered", "frigates"), rows


NMOD = [
    ("The new sensor will guide the Spanish Army's Skyguard II medium-range units, bought from Switzerland in 2007.",
     "CHE", "ESP", "Skyguard"),
    ("The Austrian Army's Skyguard II short-range units were bought from Switzerland in 2019.", "CHE", "AUT", "Skyguard"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), NMOD)
def test_designation_in_nmod_chain_names_the_item(extractor, text, sup, rec, word):
    rows = country_rows(extractor, text)
    assert any(s == sup and r == rec and word in item for s, r, _, item, _ in rows), rows


def test_plain_units_are_no_item(extractor):
    rows = country_rows(extractor, "The Finnish Army's medium-range units were moved from Norway in 2009.")
    assert rows == [], rows


AMONG = [
    ("The Ugandan army's stockpile also includes other foreign weapons that have been used in the fighting, "
     "among them Mi-24 helicopters supplied by Ukraine in 2012.", "UKR", "UGA", "Mi-24"),
    ("The Kenyan navy's fleet also includes other imported ships that have featured in the patrols, among them "
     "Shaldag patrol boats supplied by Israel in 2016.", "ISR", "KEN", "Shaldag"),
    ("The Ghanaian navy's fleet also includes other imported ships that have served in the gulf, among them "
     "Snake patrol boats supplied by China in 2011.", "CHN", "GHA", "patrol boats"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), AMONG)
def test_members_after_among_them(extractor, text, sup, rec, word):
    rows = country_rows(extractor, text)
    assert has_country_row(rows, sup, rec, "delivered", word), rows


def test_among_them_without_member(extractor):
    rows = country_rows(extractor, "Chad's arsenal includes many foreign weapons, among them some made locally.")
    assert rows == [], rows


def test_among_people_is_no_item(extractor):
    rows = country_rows(extractor, "The delegation met several officials, among them generals trained in Russia.")
    assert rows == [], rows
