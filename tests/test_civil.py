"""Civilian goods are never rows (materiel.extraction.civil): airliners for airlines, cars and engines between car
makers, a word that only modifies another noun. Their military counterparts stay. Sentences written for
these tests (not taken from any article); each civil one gave a row before the filter."""
from __future__ import annotations

import pytest

from _helpers import find
from materiel.extraction import civil

CIVIL = [
    # civil aircraft designations (civil_items.csv) for a carrier, with or without a supplier named
    "Skyline Airways will take delivery of four Airbus A321 aircraft next spring.",
    "Nordic Skyways has made a firm order for 30 Boeing-737 aircraft from Boeing.",
    "The Peruvian airline Andes Air agreed to buy 12 ATR-72 aircraft from ATR.",
    # a state buys airliners: no military buyer, no military word
    "Vietnam signed a deal to buy 50 Boeing-737 jetliners from the United States.",
    # generic nouns for a carrier by its words or its "Air X" name
    "Airbus will sell 23 new planes to Air Malta under the deal.",
    "Boeing is to supply Pacific Wings Airlines with up to 40 of its 787 planes.",
    "Malaysian carrier Skyasia has placed an order for 100 aircraft from France.",
    # cars and engines between car makers
    "Korean car maker Hyundai has struck a deal to supply Italian car maker Fiat with 20,000 sports utility vehicles.",
    "Carmaker Torvana agreed to supply 500 engines to Daxon Motors.",
    # a word that modifies another noun or is part of a name
    "The EU and US agreed to begin talks on ending subsidies given to aircraft makers.",
    "Both charts had one classical piece each, with Canadians requesting the Royal Highland Dragoon Guards' "
    "Amazing Grace and their neighbours opting for a Bach cantata.",
]

# sentence, supplier, recipient, item key
MILITARY = [
    ("The Chilean Air Force took delivery of four C-295 transports.", "ESP", "CHL", "c-295"),
    # engines with a weapon in the sentence: kept (a component for a weapon system)
    ("Norinco agreed to supply Algeria with engines for its T-90 tanks.", "norinco", "DZA", "engines"),
    # a civil type's military variant, or a civil type for a military buyer
    ("The Indian Air Force will buy six A330 MRTT tankers from Airbus.", "airbus", "IND", "mrtt"),
    ("Turkey agreed to buy two Boeing-737 AEW&C aircraft from the United States.", "USA", "TUR", "aew"),
    ("The Royal Thai Air Force bought two A320 aircraft from France.", "FRA", "THA", "a320"),
    ("The Pakistani Navy will buy two ATR-72 maritime patrol aircraft from Italy.", "ITA", "PAK", "atr-72"),
    # generic nouns between states or for an air force
    ("Lockheed Martin will deliver 12 aircraft to the Polish Air Force.", "USA", "POL", "aircraft"),
    ("Russia delivered 10 planes to Syria.", "RUS", "SYR", "planes"),
    ("Egypt will receive 24 fighter jets from France.", "FRA", "EGY", "fighter jets"),
]


@pytest.mark.parametrize("sentence", CIVIL)
def test_civil_deal_gives_no_row(extractor, sentence):
    assert extractor.extract_text(sentence).transfers == []


@pytest.mark.parametrize(("sentence", "supplier", "recipient", "item"), MILITARY)
def test_military_counterpart_stays(extractor, sentence, supplier, recipient, item):
    assert find(extractor.extract_text(sentence), supplier, recipient, item), sentence


@pytest.mark.parametrize("text", ["Airbus A321neo", "A220-300", "Boeing 787-9", "7E7 planes", "777-200LR planes",
                                  "E-195-E2", "CRJ900", "Q400", "C919", "Superjet", "jumbo jets", "SUVs"])
def test_civil_items_known(text):
    assert civil.civil_item(text) is not None


@pytest.mark.parametrize("text", ["F-16", "C-295", "A400M", "Su-35", "T-90 tanks", "Fighting Falcon", "Il-76"])
def test_military_items_not_civil(text):
    assert civil.civil_item(text) is None


@pytest.mark.parametrize("text", ["A330 MRTT", "KC-767", "ATR-72MP", "Boeing-737 AEW&C", "Saab 2000 Erieye",
                                  "Falcon 2000 MSA", "E-7 Wedgetail"])
def test_military_variants(text):
    assert civil.military_variant(text)
    assert not civil.military_variant("Airbus A330-300")
