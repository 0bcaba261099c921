"""Patterns of the thirty-fourth session's helper `spurious` (rows that tell no transfer).

- A domestic programme told in so many words: the sentence calls what it tells "a domestic programme" (as an
  apposition, "..., an indigenous project", or a preposition's object, "under a home-grown programme"), or the
  maker is "owned by" / "run by" a state body of the taker's side ("Tarvo Yard, owned by the navy, builds
  boats for that navy"): a state's own industry building for its own forces is no transfer (domestic_programmes.py,
  words.toml [domestic_programmes]). A foreign supplier, a maker owned by another state's government or by no state
  body, and a sentence with no such phrase keep their rows.
- A transfer named only as the act a penalty punishes: the gerund after "for" of a plural or compared penalty noun
  ("lobby for harsher penalties for importing pistols", "sets heavy fines for selling rifles") names a kind of act,
  not an event (penalised_acts.py, words.toml [penalised_acts]). "a ten-year sentence for smuggling rifles" (a real
  act) and a plain purchase keep their rows.
- A retail dealer named by a participle on the item itself ("eight new Brand-X pick-ups ..., bought from a dealer in
  Town"): the goods came over the counter, whatever supplier the row got from a make's name, and a vehicle or kit of
  a retail category with no armed word is no row, named or not (retail_sources.dealer_bought). Armoured vehicles,
  rifles and goods from an arms dealer keep their rows.
- A mine of a mineral ("a copper mine", "two rare-earth mines") is an extraction site, no landmine
  (civil_goods.civil_by_word, words.toml [civil_goods] mineral_words); "anti-tank mines" stay materiel.
- An absent item as the subject of the copula ("No rifles were part of the gift", "no guns were among the goods
  handed over"): it tells what a transfer lacked, no row (no_items, words.toml [no_items] holding_verbs "be").

Sentences written for these tests (not taken from any article); the positives failed before the change."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from _helpers import country_rows

DOMESTIC = [
    ("Tarvo Works is now delivering TW-30 utility trucks to the Peruvian Army, a domestic programme.", "trucks"),
    ("Tarvo Works will hand 12 TW-30 utility trucks to the Peruvian Army under an indigenous programme.", "trucks"),
    ("Merlo Yard, owned by the navy, will build three Heron-class patrol boats for the Chilean Navy.", "boats"),
    ("Merlo Yard, which is run by the defence ministry, will supply six landing craft to the Chilean Navy.",
     "landing craft"),
    ("The Ecuadorian Navy will receive four Albatross-class patrol boats from Merlo Yard, a home-grown project.",
     "boats"),
]


@pytest.mark.parametrize(("text", "word"), DOMESTIC)
def test_domestic_programmes_are_no_rows(extractor, text, word) -> None:  # noqa: ANN001
    assert not any(word in item for _, _, _, item, _ in country_rows(extractor, text))


KEPT = [
    ("France is delivering 30 Rafale jets to the Peruvian Air Force after a domestic programme failed.", "FRA", "PER",
     "jets"),
    ("Merlo Yard, owned by the Spanish government, is building three patrol boats for the Chilean Navy.", None, "CHL",
     "boats"),
    ("Merlo Yard, owned by a Swiss family, is building three Heron-class patrol boats for the Chilean Navy.", None,
     "CHL", "boats"),
    ("Tarvo Works will deliver 30 TW-30 utility trucks to the Peruvian Army, a deal worth $40 million.", None, "PER",
     "trucks"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), KEPT)
def test_foreign_or_unmarked_builds_stay_rows(extractor, text, sup, rec, word) -> None:  # noqa: ANN001
    rows = country_rows(extractor, text)
    assert any((sup is None or s == sup) and r == rec and word in item for s, r, _, item, _ in rows), rows



PENALISED = [
    ("Ghana's interior minister said the cabinet would press for harsher penalties for importing unlicensed pistols "
     "and ammunition from Togo.", "pistols"),
    ("The minister said the cabinet would seek tougher penalties for smuggling rifles into Kenya from Uganda.",
     "rifles"),
    ("The new law sets heavy fines for importing assault rifles from the United States into Ghana.", "rifles"),
]


@pytest.mark.parametrize(("text", "word"), PENALISED)
def test_acts_a_penalty_punishes_are_no_rows(extractor, text, word) -> None:  # noqa: ANN001
    assert not any(word in item for _, _, _, item, _ in country_rows(extractor, text))


PUNISHED = [
    ("A Nairobi court handed him a ten-year sentence for smuggling 40 rifles into Kenya from Uganda.", "UGA", "KEN",
     "rifles"),
    ("Ghana imported 300 pistols from Togo last year, the interior minister said.", "TGO", "GHA", "pistols"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), PUNISHED)
def test_real_acts_stay_rows(extractor, text, sup, rec, word) -> None:  # noqa: ANN001
    rows = country_rows(extractor, text)
    assert any(s == sup and r == rec and word in item for s, r, _, item, _ in rows), rows


DEALER_PARTICIPLES = [
    ("The Bermuda Police Service, which is overseen from London, received seven new Toyota Land Cruiser pick-ups for "
     "its posts in the east, bought from a dealer in Hamilton.", "pick-ups"),
    ("Botswana's defence force received 16 new Isuzu trucks from Japan, purchased from a dealer in Gaborone.",
     "trucks"),
]


@pytest.mark.parametrize(("text", "word"), DEALER_PARTICIPLES)
def test_goods_bought_from_a_dealer_are_no_rows(extractor, text, word) -> None:  # noqa: ANN001
    assert not any(word in item for _, _, _, item, _ in country_rows(extractor, text))


DEALER_ARMS = [
    ("The Kenyan army received 30 Marauder armoured vehicles from South Africa, bought from a dealer in Pretoria.",
     "ZAF", "KEN", "armoured vehicles"),
    ("The Kenyan army received 40 R4 rifles from South Africa, bought from a dealer in Pretoria.", "ZAF", "KEN",
     "rifles"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), DEALER_ARMS)
def test_armed_goods_from_a_dealer_stay_rows(extractor, text, sup, rec, word) -> None:  # noqa: ANN001
    rows = country_rows(extractor, text)
    assert any(s == sup and r == rec and word in item for s, r, _, item, _ in rows), rows


MINES = [("Officials said the copper mine near the lake would close next year.", "copper mine", True),
         ("The firm wants two rare-earth mines in the south.", "rare-earth mines", True),
         ("Poland sent 3,000 anti-tank mines to Ukraine.", "anti-tank mines", False),
         ("The army laid new mines along the border.", "new mines", False)]


@pytest.mark.parametrize(("text", "phrase", "civil"), MINES)
def test_mineral_mines_are_civil(text, phrase, civil) -> None:  # noqa: ANN001
    from materiel.extraction import nlp
    from materiel.extraction.civil_goods import civil_by_word
    doc = nlp.load()(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    assert span is not None
    item = SimpleNamespace(designation=None, span=span, head=span.root)
    row = SimpleNamespace(designation=None, item=item, sent=span.sent)
    assert civil_by_word(row) is civil


ABSENT = [
    ("Japan handed the Tongan navy two patrol boats and radios last week. No firearms were part of the Japanese "
     "gift, a diplomat said.", "firearms"),
    ("India handed the Seychelles coast guard a patrol boat and radios last month. No guns were part of the Indian "
     "package, the high commission said.", "guns"),
]


@pytest.mark.parametrize(("text", "word"), ABSENT)
def test_absent_items_of_a_copula_are_no_rows(extractor, text, word) -> None:  # noqa: ANN001
    assert not any(word in item for _, _, _, item, _ in country_rows(extractor, text))


def test_present_items_beside_an_absent_one_stay(extractor) -> None:  # noqa: ANN001
    rows = country_rows(extractor, "Japan handed the Tongan navy two patrol boats and radios last week. No firearms "
                                   "were part of the Japanese gift, a diplomat said.")
    assert any(s == "JPN" and r == "TON" and "patrol boats" in item for s, r, _, item, _ in rows), rows
