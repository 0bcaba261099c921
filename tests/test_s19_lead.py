"""Session 19 (lead): parties and counts a blind-written set (dev16, opened for development this session) showed
wrong.

- a wire dateline naming a town and then its state ("MOMBASA, Kenya, May 2 -") gives that state
  (`mentions/topic.dateline_state`);
- a firm no gazetteer lists, set beside a firm noun no person bears with no state ("X Norway (XN), the state-owned
  shipbuilder,", "X, the state ammunition maker,"), is a company of the state its name ends with, else of the
  dateline's state, whatever type the tagger gives its name ([firm_countries] firm_only_nouns,
  `mentions/firm_countries._unplaced`);
- the lead firm of a firm-centred report may be the subject of the clause a reporting verb reports ("X returned
  to profit, the company said"), and a first line told with no full stop is a headline, no opening sentence
  (`lead_firm.py`);
- a number joined by a hyphen to a name word with a capital ("C-295-400", "Mi-17-1V") is the name's variant, never
  its count (`mentions/name_numbers.hyphen_joined`);
- a class of transports ("light transports", "tactical transports") is aircraft (materiel.csv), a bare
  "transports" no item;
- a verb of giving that gives information, no thing ("without giving a date"), lends its subject to no transfer of
  the sentence ([donors] information_objects, `donors._gives_information`);
- a state of the past (the Soviet Union, Yugoslavia, East Germany) is a party by its names and demonyms, never by a
  capital a state of today holds ("Moscow" stays Russia), and a former name is its state ("Dahomey", "Zaire")
  (countries.csv, `lexicon._load_countries`);
- "the government" that the sentence names by an apposition ("the government, the Republic of X,") or places by a
  relative clause ("the government that Y installed in Z") is that state, before any reference back
  (`mentions/named_bodies.py`);
- a name a state owns ("Norway's Kestrel", no person's, place's or body's) that signs a contract with a state's body
  for items sells them, as a listed firm does (`frames/counterparty._possessed_name`), also when it is the
  pronoun of its own report ("X said it had signed");
- an item word that names a firm's trade ("the helicopter operator X") is no weapon in the sentence, and a civil
  operator's phrase is read from the reporter when the recipient is the pronoun of its own report ("The charter
  company X said it had bought ...") (civil.toml [service] operator_words, `civil.party_tokens`,
  `mentions/reporters.py`);
- a request told with "also" and no partner is asked of the partner who last supplied the same recipient, and the
  refusal that takes up the request ("That request was turned down") takes that partner too
  (`discourse.fill_from_context`, `discourse._also`);
- a capture told in a relative clause on an item is the item's history, not a seizure of the shipment, when the
  capturer is the supplier's own ("handed over tanks its soldiers had taken in 1979") or the item is another
  frame's (`frames/seizure._own_capture`).

Every sentence is written for these tests (not taken from any article); the names are invented."""
from __future__ import annotations

import pytest

from materiel.extraction.mentions.topic_sources import dateline_state


def _rows(extractor, text: str) -> list[tuple[str | None, str | None, str, str, object]]:  # noqa: ANN001
    return [((t.supplier.country if t.supplier else None), (t.recipient.country if t.recipient else None),
             t.item.text, t.stage, t.quantity) for t in extractor.extract_text(text).transfers]


@pytest.mark.parametrize(("text", "want"), [
    ("Headline\n\nMOMBASA, Kenya, May 2 (Reuters) - The port reopened.", "KEN"),
    ("Headline\n\nGDANSK, Poland, June 3, 2021 — The yard said.", "POL"),
    ("Headline\n\nNAIROBI, May 2 (Reuters) - The port reopened.", "KEN"),
    ("Headline\n\nMOMBASA, May 2 (Reuters) - The port reopened.", None),
    ("Headline\n\nMOMBASA, Smith said, the port reopened.", None),
])
def test_a_town_dateline_names_its_state(text, want):
    assert dateline_state(text) == want


RESULTS = """Karsten posts record year on patrol boat exports

{dateline}Karsten {own}(KVS), the state-owned shipbuilder, returned to profit in 2020 on higher exports of patrol \
boats, the company said on Tuesday.

Revenue rose 12 percent to 3.1 billion crowns, chief executive Ola Brekke told reporters.

In June the Ghanaian Navy took delivery of two offshore patrol vessels, which will guard the oil fields."""


@pytest.mark.parametrize(("dateline", "own"), [
    ("BERGEN, Norway, March 3, 2021 — ", ""),
    ("OSLO — ", ""),
    ("", "Norway "),
])
def test_an_unplaced_state_owned_firm_supplies_for_its_state(extractor, dateline, own):
    got = _rows(extractor, RESULTS.format(dateline=dateline, own=own))
    assert ("NOR", "GHA", "offshore patrol vessels", "delivered", 2) in got, got


def test_a_firm_with_no_state_anywhere_supplies_nothing(extractor):
    got = _rows(extractor, RESULTS.format(dateline="", own=""))
    assert all(s != "NOR" for s, _, _, _, _ in got), got


def test_a_person_beside_a_dealer_noun_is_no_firm(extractor):
    text = ("Arms trial opens\n\nBERGEN, Norway, March 3, 2021 — Ola Brekke, the arms dealer, went on trial on "
            "Tuesday.\n\nIn June the Ghanaian Navy took delivery of two offshore patrol vessels.")
    got = _rows(extractor, text)
    assert all(s != "NOR" for s, _, _, _, _ in got), got


@pytest.mark.parametrize(("sentence", "count"), [
    ("In October the Kenyan Air Force received a C-295-400 maritime patrol aircraft from Spain.", 1),
    ("Kenya took delivery of an AW139-220 helicopter from Italy.", 1),
    ("Kenya took delivery of two Mi-17-1V helicopters from Russia.", 2),
    ("Kenya received 40 BTR-80 vehicles from Russia.", 40),
])
def test_a_hyphen_joined_number_is_a_variant(extractor, sentence, count):
    got = _rows(extractor, sentence)
    assert got and all(q == count for _, _, _, _, q in got), got


@pytest.mark.parametrize(("sentence", "count"), [
    ("The Kenyan Air Force received two light transports from Spain.", 2),
    ("Chile ordered three tactical transports from Brazil in 2019.", 3),
    ("Peru bought four turboprop transports from Italy.", 4),
])
def test_a_class_of_transports_is_aircraft(extractor, sentence, count):
    got = extractor.extract_text(sentence).transfers
    assert got and all(t.item.category == "aircraft" and t.quantity == count for t in got), got


def test_plain_transports_stay_no_item(extractor):
    assert not extractor.extract_text("The city bought 40 transports for its bus lines.").transfers


@pytest.mark.parametrize("sentence", [
    "Ghana has asked for a third patrol boat, Brekke added, without giving a date.",
    "Ghana wants two more patrol boats, the minister said, without providing any details.",
])
def test_who_gives_no_thing_supplies_nothing(extractor, sentence):
    got = extractor.extract_text(sentence).transfers
    assert all(t.supplier is None for t in got), [(t.supplier, t.item.text) for t in got]


def test_who_gives_a_thing_still_supplies(extractor):
    got = _rows(extractor, "Ghana has asked for a third patrol boat, and Norway agreed, giving it two more.")
    assert any(s == "NOR" for s, _, _, _, _ in got), got


@pytest.mark.parametrize(("sentence", "supplier"), [
    ("The Soviet Union sold 30 tanks to Angola in 1976.", "SUN"),
    ("In 1985 the USSR delivered twelve fighter jets to Libya.", "SUN"),
    ("Yugoslavia sold forty armoured cars to Iraq in 1981.", "YUG"),
    ("East Germany supplied rifles to Mozambique in 1979.", "DDR"),
])
def test_a_state_of_the_past_is_a_supplier(extractor, sentence, supplier):
    got = _rows(extractor, sentence)
    assert got and all(s == supplier for s, _, _, _, _ in got), got


def test_moscow_stays_russia(extractor):
    got = _rows(extractor, "Moscow delivered twelve fighter jets to Libya in 2019.")
    assert got and all(s == "RUS" for s, _, _, _, _ in got), got


@pytest.mark.parametrize(("sentence", "recipient"), [
    ("Dahomey received four patrol boats from France in 1970.", "BEN"),
    ("Rhodesia bought twelve armoured cars from South Africa in 1975.", "ZWE"),
    ("Ceylon ordered two frigates from Britain in 1960.", "LKA"),
    ("Zaire received six Mirage jets from France in 1975.", "COD"),
])
def test_a_former_name_is_its_state(extractor, sentence, recipient):
    got = _rows(extractor, sentence)
    assert got and all(r == recipient for _, r, _, _, _ in got), got


LEAD_IN = "Libya armed the rebels in the north. "


@pytest.mark.parametrize("sentence", [
    "The government that Paris installed in Bangui was armed by Morocco.",
    "The government, the Central African Republic, was armed by Morocco.",
    "In the south, the government that Paris installed in Bangui, the Central African Republic, was armed by Morocco.",
])
def test_the_government_the_sentence_names_or_places(extractor, sentence):
    got = _rows(extractor, LEAD_IN + sentence)
    assert ("MAR", "CAF") in [(s, r) for s, r, _, _, _ in got], got
    assert ("MAR", "LBY") not in [(s, r) for s, r, _, _, _ in got], got


@pytest.mark.parametrize("sentence", [
    "Norway's Kestrel signed a contract with the Peruvian Navy for two patrol boats.",
    "Norway's Kestrel said it has signed a contract with the Peruvian Navy for two patrol boats.",
    "Norway's Kestrel signed a contract with Peru's defence ministry for two patrol boats.",
])
def test_a_name_a_state_owns_sells_to_the_body_it_signs_with(extractor, sentence):
    got = _rows(extractor, sentence)
    assert got and all((s, r) == ("NOR", "PER") for s, r, _, _, _ in got), got


@pytest.mark.parametrize("sentence", [
    "Peru signed a contract with Norway's Kestrel for two patrol boats.",
    "The navy of Norway signed a contract with Peru for two patrol boats.",
])
def test_a_buyer_that_signs_with_a_firm_stays_the_buyer(extractor, sentence):
    got = _rows(extractor, sentence)
    assert got and all(r in ("PER", "NOR") and s != r for s, r, _, _, _ in got), got
    assert ("NOR", "PER") in [(s, r) for s, r, _, _, _ in got] if sentence.startswith("Peru") else \
        ("PER", "NOR") in [(s, r) for s, r, _, _, _ in got], got


@pytest.mark.parametrize("sentence", [
    "The helicopter operator Aerovia, which runs air-ambulance flights for the national health service, said it "
    "had bought three Leonardo AW109 helicopters, due in 2025.",
    "The helicopter operator Skyvia said it had bought three AW109 helicopters from Leonardo.",
    "The charter company Skyvia said it had bought two King Air aircraft from the United States.",
])
def test_a_civil_operator_reporting_its_own_order_is_no_row(extractor, sentence):
    assert not extractor.extract_text(sentence).transfers


def test_an_army_that_operates_helicopters_still_buys_them(extractor):
    got = _rows(extractor, "The Kenyan army, a helicopter operator since 1980, ordered three AW109 helicopters "
                           "from Italy.")
    assert ("ITA", "KEN") in [(s, r) for s, r, _, _, _ in got], got


@pytest.mark.parametrize("text", [
    "Sweden will give Ghana four patrol boats, a Swedish official said. Accra had also asked for attack helicopters.",
    "Norway delivered two radars to Chile last year. Chile also requested anti-ship missiles.",
])
def test_also_asked_is_asked_of_the_same_partner(extractor, text):
    got = _rows(extractor, text)
    assert any(st == "requested" and s in ("SWE", "NOR") for s, _, _, st, _ in got), got


def test_its_refusal_takes_the_same_partner(extractor):
    text = ("Sweden will give Ghana four patrol boats, a Swedish official said. Accra had also asked for attack "
            "helicopters. That request was turned down, according to two Swedish officials.")
    got = _rows(extractor, text)
    assert ("SWE", "GHA", "refused") in [(s, r, st) for s, r, _, st, _ in got], got


def test_a_request_without_also_borrows_no_partner(extractor):
    got = _rows(extractor, "Norway delivered two radars to Chile last year. Chile asked for anti-ship missiles.")
    assert all(s is None for s, _, _, st, _ in got if st == "requested"), got


@pytest.mark.parametrize(("text", "row"), [
    ("Vietnam handed over to Laos forty armoured personnel carriers that its soldiers had seized in 1975.",
     ("VNM", "LAO", "delivered")),
    ("In 1980 Vietnam handed over to Laos forty armoured personnel carriers which its troops had seized in 1975.",
     ("VNM", "LAO", "delivered")),
    ("Vietnam handed over forty tanks to Laos which its army had captured in 1975.", ("VNM", "LAO", "delivered")),
    ("Germany shipped twenty tanks to Chile in 1983, and Vietnam handed over to Laos forty carriers that its troops "
     "had captured in 1975.", ("DEU", "CHL", "delivered")),
])
def test_an_item_the_supplier_once_captured_is_delivered(extractor, text, row):
    got = _rows(extractor, text)
    assert row in [(s, r, st) for s, r, _, st, _ in got], got
    assert all(st != "intercepted" for _, _, _, st, _ in got), got


@pytest.mark.parametrize("text", [
    "Rifles seized by the navy were being shipped to Yemen.",
    "The navy intercepted rifles that were being shipped to Yemen.",
])
def test_a_seizure_of_the_shipment_stays_intercepted(extractor, text):
    got = _rows(extractor, text)
    assert got and all(st == "intercepted" for _, _, _, st, _ in got), got
