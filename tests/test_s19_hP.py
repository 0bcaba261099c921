"""Seized shipments told in constructions the parser misreads (nineteenth session, helper P):

- a conveyance the tagger took for an adverb ("stopped a dhow carrying ..."), hung as the object or as a modifier
  of the seizing verb, and a carrying verb the parser hung on a preposition of place ("stopped a trawler off
  [X carrying] ..."): the load is seized, its destination told in the next sentence ("They were intended for Y"),
  and the seizing verb is no refusal to carry (frames/held.py).
- a seized list closed by "and" and a destination ("seized 15 machine guns, 40 grenades, and 9,000 cartridges
  destined for Y", "seized a pickup with 22 carbines, and 1,500 cartridges bound for Y"), parsed as a clause of
  its own for the last item: every item of the list goes to Y (frames/listed_after.py).

Sentences written for these tests (not taken from any article); the positives failed before the change; the
counterparts say what must stay."""
from __future__ import annotations

import pytest

from _helpers import find, seized_to


def _rows(extractor, text):  # noqa: ANN001, ANN202
    return extractor.extract_text(text, published="2024-06-01")


_seized_to = seized_to


@pytest.mark.parametrize(("text", "recipient", "item", "quantity"), [
    ("Yemeni coastguards stopped a dhow carrying 300 pistols near Mukalla. They were intended for the Houthis, "
     "officials said.", "Houthi", "pistols", 300),
    ("Police in Kismayo seized a dhow carrying 80 carbines off the coast. They were bound for al-Shabaab.",
     "Shabaab", "carbines", 80),
    ("Eritrean sailors stopped a dhow off Assab carrying 12 mortars. They were intended for the Houthis.",
     "Houthi", "mortars", 12),
    ("Police seized a dhow near Lamu carrying 35 carbines. They were headed to al-Shabaab.", "Shabaab", "carbines", 35),
    ("Somaliland coastguards stopped a dhow carrying 18 machine guns and 4 mortars. They were intended for "
     "al-Shabaab, a spokesman said.", "Shabaab", "mortars", 4),
])
def test_dhow_stopped_with_destination_in_the_next_sentence(extractor, text, recipient, item, quantity):
    _seized_to(_rows(extractor, text), recipient, item, quantity)


@pytest.mark.parametrize("text", [
    "Sailors stopped a dhow off Toliara carrying 20 rifles. They were bound for al-Shabaab.",
    "The navy stopped a dhow off Socotra carrying 20 rifles which officials said had been loaded in Oman. They were "
    "bound for al-Shabaab.",
])
def test_stopped_off_a_place_is_no_refusal(extractor, text):
    report = _rows(extractor, text)
    _seized_to(report, "Shabaab", "rifles", 20)
    assert not [t for t in report.transfers if t.stage == "refused"], report.transfers


def test_the_seizer_is_no_supplier(extractor):
    report = _rows(extractor, "Eritrean sailors stopped a dhow carrying 12 mortars. They were intended for the Houthis.")
    _seized_to(report, "Houthi", "mortars", 12)
    assert not [t for t in report.transfers if t.supplier is not None], report.transfers


@pytest.mark.parametrize(("text", "recipient", "items"), [
    ("Ugandan police seized 15 machine guns, 40 grenades, and 9,000 cartridges destined for M23.",
     "M23", [("machine guns", 15), ("grenades", 40), ("cartridges", 9000)]),
    ("Tanzanian police seized a lorry with 14 machine guns, and 2,000 cartridges destined for M23.",
     "M23", [("machine guns", 14), ("cartridges", 2000)]),
    ("Marines intercepted a skiff carrying 6 mortars, 50 shells, and 3,000 cartridges bound for the Houthis.",
     "Houthi", [("mortars", 6), ("shells", 50), ("cartridges", 3000)]),
])
def test_seized_list_closed_by_and_with_a_destination(extractor, text, recipient, items):
    report = _rows(extractor, text)
    for item, quantity in items:
        _seized_to(report, recipient, item, quantity)


@pytest.mark.parametrize("text", [
    "A patrol stopped a dhow carrying 40 fishermen off the coast. They were bound for Mombasa.",
    "Police seized a dhow carrying 90 bags of rice, and 400 litres of fuel bound for Kismayo.",
    "Police seized 300 kilograms of cocaine, 2 cars, and 40,000 dollars destined for a drug cartel.",
    "Sailors stopped a dhow off Berbera carrying 30 goats. They were intended for traders in Yemen.",
])
def test_no_arms_no_seized_row(extractor, text):
    assert not _rows(extractor, text).transfers


def test_a_separate_clause_keeps_its_own_item(extractor):
    report = _rows(extractor, "Police seized 12 rifles in March, and 40 grenades were later destined for the "
                              "Houthis.")
    assert not find(report, None, "Houthi", "rifles"), report.transfers
