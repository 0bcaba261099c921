"""Patterns of the thirty-third session's helper `spurious` (rows that answer no transfer of the text).

- A retail dealer as the source ("took delivery of 15 utility vehicles from a Town dealer", "bought from a
  Brand-X dealer in Town"): vehicles and kit bought over the counter are no rows (retail_sources.py, words.toml
  [retail_sources]). An arms dealer, and weapons or armoured vehicles from any dealer, stay rows.
- A civil compound ("air ambulances", "fire engines") names civilian goods even with a maker's designation, for a
  taker that is no military body (retail_sources.civil_compound); an air force's or navy's air ambulances and
  "armoured ambulances" stay rows.
- An affirmative need for an unnamed kind of goods with no supplier in its own sentence ("We need transport
  aircraft for the jungle bases," a retired admiral said): a requirement, not a request made of anyone; no row, though
  the text names earlier suppliers (unneeded.unaddressed_need). "X needs Y from Z" keeps its request row.
- The maker's state guessed as the supplier of a historical maker's design of a dispersed category (a Soviet-era
  rifle or cartridge: "received new Kalashnikov rifles", "requests for six Makarov pistols and grenades")
  for a delivery or request is void: such designs were made across the former bloc and beyond
  (origin_holders.void_dispersed, lexicon `dispersed`, words.toml [origins] dispersed_categories). A Soviet-era
  jet, an order and a named supplier keep theirs.

Sentences written for these tests (not taken from any article); the positives failed before the change."""
from __future__ import annotations

import pytest

from _helpers import country_rows, has_country_row

DEALER_GOODS = [
    ("The Zambia Police Service took delivery of 22 Nissan utility vehicles from a Kabwe dealer.", "vehicles"),
    ("The Lusaka City Police took delivery of 15 Nissan Patrol utility vehicles from a Kitwe dealer last week.",
     "vehicles"),
    ("The Royal Swaziland Police received 30 new patrol vehicles, bought from a Nissan dealer in Manzini with a "
     "grant from Taiwan.", "vehicles"),
]


@pytest.mark.parametrize(("text", "word"), DEALER_GOODS)
def test_goods_from_a_retail_dealer_are_no_rows(extractor, text, word) -> None:  # noqa: ANN001
    assert not any(word in item for _, _, _, item, _ in country_rows(extractor, text))


DEALER_ARMS = [
    ("The Kenyan army received 40 rifles from a Czech arms dealer in Prague.", "CZE", "KEN", "rifles"),
    ("Uganda bought 20 armoured vehicles from a South African dealer.", "ZAF", "UGA", "armoured vehicles"),
    ("The Namibian army received 18 new patrol vehicles from Germany this week.", "DEU", "NAM", "vehicles"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), DEALER_ARMS)
def test_arms_dealers_and_armed_goods_stay_rows(extractor, text, sup, rec, word) -> None:  # noqa: ANN001
    assert has_country_row(country_rows(extractor, text), sup, rec, "delivered", word)


CIVIL_COMPOUNDS = [
    "Germany sold the Bolivian civil defence agency two BK117 air ambulances.",
    "Uruguay received two Bell 429 air ambulances from Canada.",
    "Colombia bought three Bell 407 air ambulances from the United States.",
    "Slovakia took delivery of four A109 air ambulances from Italy.",
]


@pytest.mark.parametrize("text", CIVIL_COMPOUNDS)
def test_civil_compounds_are_no_rows_even_with_a_designation(extractor, text) -> None:  # noqa: ANN001
    assert not any("ambulance" in item for _, _, _, item, _ in country_rows(extractor, text))


MILITARY_AMBULANCES = [
    ("Italy sold Peru's navy two AW139 air ambulances.", "ITA", "PER", "air ambulances"),
    ("Germany delivered eight armoured ambulances to the Ukrainian army.", "DEU", "UKR", "armoured ambulances"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), MILITARY_AMBULANCES)
def test_ambulances_for_armed_forces_or_armoured_stay_rows(extractor, text, sup, rec, word) -> None:  # noqa: ANN001
    assert has_country_row(country_rows(extractor, text), sup, rec, "delivered", word)


NEEDS = [
    ("Bolivia studies a helicopter purchase\n\nLA PAZ, 3 May 2014 - Bolivia is studying a helicopter purchase after "
     "an accident last month, officials said.\n\nThe army flies three Russian Mi-17 transport helicopters that came "
     "in 2010, and in 2012 the air force ordered six Chinese K-8 trainers.\n\n\"We need utility helicopters for the "
     "lowlands as soon as possible,\" said retired general Juan P\u00e9rez, a former army commander.",
     "utility helicopters"),
    ("Peru weighs new transports\n\nLIMA, 3 May 2015 - Peru is weighing new transport aircraft, officials said."
     "\n\nThe navy flies two Czech L-410 aircraft that arrived in 2009, and the army ordered four "
     "Italian C-27J aircraft in 2013.\n\n\"We need transport aircraft for the jungle bases, and soon,\" "
     "said retired admiral Luis Soto, a former navy chief.", "transport aircraft"),
]


@pytest.mark.parametrize(("text", "item"), NEEDS)
def test_a_need_with_no_supplier_of_its_own_is_no_request(extractor, text, item) -> None:  # noqa: ANN001
    assert not any(st == "requested" for _, _, st, _, _ in country_rows(extractor, text))
    assert any(st == "ordered" for _, _, st, _, _ in country_rows(extractor, text))  # the order told before stays


ADDRESSED_NEEDS = [
    ("Ukraine needs air defence systems from Germany, the minister said on Monday.", "DEU", "UKR",
     "air defence systems"),
    ("Latvia needs more howitzers from Sweden, the chief of defence said.", "SWE", "LVA", "howitzers"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), ADDRESSED_NEEDS)
def test_a_need_with_its_supplier_stays_a_request(extractor, text, sup, rec, word) -> None:  # noqa: ANN001
    assert has_country_row(country_rows(extractor, text), sup, rec, "requested", word)


DISPERSED = [
    "The rebels of the Northern Front have received new Kalashnikov rifles, a police spokesman said on Monday.",
    "Investigators found a notebook with requests from a rebel commander for six Makarov pistols and "
    "grenades.",
    "Ghana's army received 500 new AKM rifles last month, the ministry said.",
]


@pytest.mark.parametrize("text", DISPERSED)
def test_a_soviet_era_rifle_names_no_supplier(extractor, text) -> None:  # noqa: ANN001
    assert not any(s == "RUS" for s, _, _, _, _ in country_rows(extractor, text))


NAMED_MAKERS = [
    ("Ghana's air force received two MiG-29 fighters last month, the ministry said.", "RUS", "GHA", "MiG-29"),
    ("Ghana's army received 500 new AKM rifles from Serbia last month, the ministry said.", "SRB", "GHA", "AKM"),
    ("The rebels of the Northern Front have received AK-47 rifles taken from Kenyan army stocks, a police "
     "spokesman said.", "KEN", None, "AK-47"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), NAMED_MAKERS)
def test_jets_and_named_suppliers_keep_theirs(extractor, text, sup, rec, word) -> None:  # noqa: ANN001
    rows = country_rows(extractor, text)
    assert any(s == sup and (rec is None or r == rec) and word in item for s, r, _, item, _ in rows)
