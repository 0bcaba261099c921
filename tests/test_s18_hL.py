"""Precision: rows that match no transfer (eighteenth session, helper L).

- civilian goods of a trade: a drone or truck told by a civil trade in its own phrase ("survey drones", "mapping
  drones", "haul trucks", "dump trucks") bought by a firm, and goods sent "to" a civil site ("supplied trucks to
  several mines", "delivered pickups to rural hospitals") are civil deals, unless a military word, weapon or party
  says otherwise; a mining firm is a civil operator (civil.toml [service] purpose_words, operator_words,
  site_words, categories; extraction/civil_use.py civil_site);
- an indefinite pronoun ("anybody", "anyone", "someone", "nobody") names no one: it takes no party named before
  (words.toml [resolve] indefinites, mentions/coreference.py), and as the object of "arm" leaves the recipient
  empty rather than filled from context (frames/objects.py); a frame that names its party beside one ("from X or
  from anyone else") keeps it (completeness.clear_generic);
- a firm introduced with its country ("the Czech truck maker X") whose capitalised name the tagger reads as a
  common noun (a plural "Mills", "Docks") is still a firm of that state, there and where the text names it bare
  later ("bought trucks from X"), not an actor of its own nor none (mentions/firm_countries.py);
- "a dealer in X, which said it had sold Y": the pronoun of what a relative clause's subject said is the noun the
  clause hangs on, before any subject further back (a court, a prosecutor; mentions/nearest.relative_speaker);

Sentences written for these tests (not taken from any article); the positives failed before the change; the
counterparts say what must stay."""
from __future__ import annotations

import pytest

from _helpers import find


def _rows(extractor, text):  # noqa: ANN001, ANN202
    return extractor.extract_text(text, published="2024-06-01")


@pytest.mark.parametrize("text", [
    "Zambia's Kalumbila Copper Mining said it had bought six survey drones from China to map the pit.",
    "Peru's Andina Gold Mining said it had ordered eight mapping drones from a Chinese maker.",
    "Zambia is Africa's second copper producer. Caterpillar has delivered haulers to three mines in Zambia.",
    "Ghana's gold output rose in 2022. Volvo delivered 30 trucks to gold mines in Ghana last year.",
    "Chad's health budget doubled this year. Toyota shipped 40 vehicles to rural hospitals in Chad.",
    "Mongolia's Erdenes Coal Mining bought four surveying drones from China last year.",
])
def test_civil_trade_goods_are_no_rows(extractor, text):
    assert _rows(extractor, text).transfers == []


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), [
    ("The Chilean Army bought six survey drones from Israel.", "Israel", "Chile", "drone"),
    ("Russia supplied trucks to the Malian army.", "Russia", "Mali", "truck"),
    ("Mali bought arms from Russia in 2022. Russia supplied armoured trucks to several mines in Mali.",
     "Russia", "Mali", "armoured"),
    ("Turkey sold 20 drones to Niger.", "T", "Niger", "drone"),
    ("Belarus delivered trucks to Zimbabwe's army to clear mines.", "Belarus", "Zimbabwe", "truck"),
])
def test_military_goods_beside_civil_words_stay(extractor, text, supplier, recipient, item):
    assert find(_rows(extractor, text), supplier, recipient, item)


@pytest.mark.parametrize("text", [
    "Q: Is Beijing arming the islands? A: Fiji has its own police. We do not arm anybody in the region, the New "
    "Zealand minister said.",
    "Brazil sold rifles to Bolivia in 2019. Chile says it has never armed anybody in the region.",
    "Serbia sold mortars to Cyprus. Hungary says it will not arm anyone.",
])
def test_an_indefinite_pronoun_is_no_party(extractor, text):
    rows = _rows(extractor, text)
    assert not [t for t in rows.transfers if "implied" in t.item.text]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), [
    ("Kenya said it had not bought any rifles from Israel or from anyone else.", "Israel", "Kenya", "rifle"),
    ("Brazil sold rifles to Bolivia in 2019. Chile says it has never armed anybody in the region.",
     "Brazil", "Bolivia", "rifle"),
    ("Qatar armed the rebels in Libya.", "Qatar", "Libya", "weapons"),
])
def test_named_parties_beside_an_indefinite_stay(extractor, text, supplier, recipient, item):
    assert find(_rows(extractor, text), supplier, recipient, item)


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), [
    ("Peru talked to the Czech truck maker Mills for months. In the end Peru bought 30 military trucks from Mills.",
     "Czech", "Peru", "truck"),
    ("The Polish maker Docks builds the boats. Kenya received six patrol boats from Docks.",
     "Poland", "Kenya", "patrol boat"),
    ("Kenya first asked the Norwegian shipbuilder Docks for a quote. It then turned to Docks, from which it "
     "received six patrol boats in 2014.", "Norway", "Kenya", "patrol boat"),
])
def test_a_firm_name_read_as_a_noun_supplies_for_its_state(extractor, text, supplier, recipient, item):
    assert find(_rows(extractor, text), supplier, recipient, item)


def test_a_firm_name_with_no_country_stays_unplaced(extractor):
    rows = _rows(extractor, "Kenya received six patrol boats from Docks in 2014.")
    assert not find(rows, "Norway", "Kenya", "patrol boat") and not find(rows, "Poland", "Kenya", "patrol boat")


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), [
    ("A court in Tallinn fined the firm. The rifles came from a dealer in Austria, which said it had sold 300 "
     "rifles to Karsten Trading.", "Austria", "Karsten", "rifle"),
    ("A court in Riga jailed a trader. The rifles came from a dealer in Poland, which said it had sold 50 rifles "
     "to Nordex Arms.", "Poland", "Nordex", "rifle"),
    ("The Oslo district court convicted the men. The guns came from a shop in Croatia, which said it had sold 40 "
     "rifles to Velmar Security.", "Croatia", "Velmar", "rifle"),
])
def test_what_a_relative_subject_said_is_its_nouns(extractor, text, supplier, recipient, item):
    rows = _rows(extractor, text)
    assert find(rows, supplier, recipient, item)
    assert not [t for t in rows.transfers if t.supplier and "court" in t.supplier.id.lower()]


def test_a_pronoun_after_a_plain_subject_keeps_it(extractor):
    rows = _rows(extractor, "Austria's Steyr said it had sold 300 rifles to Karsten Trading.")
    assert find(rows, "Austria", "Karsten", "rifle")
