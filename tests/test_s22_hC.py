"""Precision patterns of the twenty-second session's helper hC (false rows that match no gold row, grouped by
cause).

- A buyer's habit is no transfer (extraction/habits.py, words.toml [habits]): a sourcing verb in the present
  simple or with a habit adverb, whose item has no name and no count and is the buyer's own stock ("most of its
  tanks") or a bare generic noun ("arms"), gives no row, nor does a selling verb so told with a bare generic
  noun ("firms sell ammunition to X"); a named or counted item, a past deal, a habit denied and a supplier's
  present ("X supplies Y with drones") stay.
- Items that are no materiel (extraction/non_items.py, words.toml [non_items]): a civilian compound modifier
  ("non-military aid"), a container with no name ("its ninth aid package", "a tranche") and an item word inside a
  law's name (an invented "Arms Transfer Licensing Act") give no row; a military item beside them stays.
- Fire and rescue vehicles are civil by name (civil_items.csv "fire and rescue vehicles"): "fire engines" for a
  brigade give no row even beside a drone or a military word; an army's ambulances stay.
- The craft a load travels in is no item (non_items.py, words.toml [non_items] boarding_preps): "put aboard a
  leased ship, landed at X" gives no ship row; the load's own row stays.
- A negated condition or a generic "you" is no row (extraction/hypotheticals.py, words.toml [hypotheticals]): "if
  X did not ship the parts", "they can send you any truck you like", "he would sell you a tank";
  a condition told positively stays an uncertain row, a transcript's "you" stays a party.

Sentences written for these tests (not taken from any article); the negatives gave rows before the change."""
from __future__ import annotations

import pytest

from _helpers import find

DATE = "2024-06-01"

HABITS = [
    "Laos buys most of its armoured vehicles from Beijing.",
    "Bolivia, which buys most of its tanks from Russia, did not comment.",
    "Paraguay gets much of its ammunition from Brazil, officials say.",
    "Like its neighbours, Ecuador buys all its rifles from Belgium.",
    "Officials said that Uruguay buys arms from Spain and Italy.",
    "Uruguay's defence ministry mostly purchases its helicopters from France.",
    "Mongolia has long bought small arms from Belarus.",
    "Nepal traditionally acquired its artillery from India.",
    "Its neighbour Peru buys French and Israeli equipment, an analyst said.",
    "Czech firms sell ammunition to Oman through a company in Brno.",
    "Slovakia sells weapons to Qatar, the report says.",
    "Bulgarian traders export arms to Yemen via third countries, the panel found.",
    "Czech dealers routinely sold small arms to Nigeria.",
]


@pytest.mark.parametrize("text", HABITS)
def test_a_buyers_habit_is_no_row(extractor, text):
    assert not extractor.extract_text(text, published=DATE).transfers


HABIT_CONTROLS = [
    ("Bolivia buys 12 Rafale jets from France.", "FRA", "BOL", "Rafale", 12),
    ("Ecuador buys Ostrava-9 radars from Spain, the ministry says.", "ESP", "ECU", "Ostrava-9", None),
    ("Bolivia has bought 24 T-90 tanks from Russia.", "RUS", "BOL", "T-90", 24),
    ("Laos bought most of its armoured vehicles from Beijing in 2019.", "CHN", "LAO", "armoured", None),
    ("Mongolia bought small arms from Belarus last year.", "BLR", "MNG", "small arms", None),
    ("Iran supplies the Houthis with drones and missiles, the panel says.", "IRN", "Houthi", "drone", None),
    ("Serbia sells 20 howitzers to Kenya, the ministry says.", "SRB", "KEN", "howitzer", 20),
    ("The minister has denied that Slovakia sells weapons to Armenia.", "SVK", "ARM", "weapons", None),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item", "quantity"), HABIT_CONTROLS)
def test_a_deal_or_a_suppliers_present_stays(extractor, text, supplier, recipient, item, quantity):
    rows = find(extractor.extract_text(text, published=DATE), supplier, recipient, item)
    assert rows, text
    if quantity is not None:
        assert rows[0].quantity == quantity


NON_ITEMS = [
    "Canada pledged $90 million in non-military aid for Jordan.",
    "Norway gave Georgia non-military aid worth $40 million.",
    "Canada delivered non-military vehicles to Ghana last month.",
    "Austria has provided non-lethal and non-military supplies to Armenia.",
    "Finland unveiled its ninth and biggest military aid package for Georgia.",
    "Olek Varga, a Polish freight agent, pleaded guilty in March to a conspiracy to smuggle goods from Poland "
    "and to breaching the Arms Transfer Licensing Act.",
]


@pytest.mark.parametrize("text", NON_ITEMS)
def test_a_non_item_is_no_row(extractor, text):
    assert not extractor.extract_text(text, published=DATE).transfers


NON_ITEM_CONTROLS = [
    ("Japan delivered 20 military trucks and non-military aid to Moldova.", "JPN", "MDA", "military trucks", 20),
    ("Norway sent its first aid package to Georgia, including 12 Ostrava-9 radars.", "NOR", "GEO", "Ostrava-9", 12),
    ("Canada delivered armoured vehicles to Ghana under the Arms Transfer Licensing Act.", "CAN", "GHA", "armoured",
     None),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item", "quantity"), NON_ITEM_CONTROLS)
def test_materiel_beside_a_non_item_stays(extractor, text, supplier, recipient, item, quantity):
    rows = find(extractor.extract_text(text, published=DATE), supplier, recipient, item)
    assert len(rows) == 1 and rows[0].quantity == quantity, rows
    assert not [t for t in extractor.extract_text(text, published=DATE).transfers
                if "non-military" in t.item.text or "package" in t.item.text or t.item.text == "Arms"]


FIRE = [
    "Malta's civil protection department has bought nine fire engines from Finland's Karvell Motors and two "
    "rescue drones, a spokesman said.",
    "Peru bought six fire trucks from Italy for its airports, and a fleet of survey drones.",
]


@pytest.mark.parametrize("text", FIRE)
def test_fire_engines_are_civil(extractor, text):
    assert not [t for t in extractor.extract_text(text, published=DATE).transfers if "fire" in t.item.text]


def test_an_armys_ambulances_stay(extractor):
    rows = find(extractor.extract_text("The Kenyan army received 40 armoured ambulances from Turkey.",
                                       published=DATE), "TUR", "KEN", "ambulance")
    assert rows and rows[0].quantity == 40


BOARDED = [
    ("The crates were loaded in Walvis Bay aboard a leased vessel, unloaded at Beira and trucked to Harare, the "
     "invoices show.", None),
    ("Of those, 40 T-72 tanks were delivered to Chad in 2009 aboard another vessel, unloaded at Lagos and moved by "
     "rail to the border.", "T-72"),
    ("Twelve howitzers reached Chad aboard a Greek ship, unloaded at Cotonou after a two-week voyage, the report "
     "said.", "howitzer"),
]


@pytest.mark.parametrize(("text", "load"), BOARDED)
def test_the_craft_a_load_travels_in_is_no_item(extractor, text, load):
    rows = extractor.extract_text(text, published=DATE).transfers
    assert not [t for t in rows if t.item.category == "ship" and not t.item.designation], rows
    if load is not None:
        assert [t for t in rows if load.lower() in f"{t.item.text} {t.item.designation}".lower()], rows


def test_a_named_ship_sold_stays(extractor):
    rows = find(extractor.extract_text("Turkey sold two Karvell-class corvettes to Somalia aboard a heavy-lift ship.",
                                       published=DATE), "TUR", "SOM", "corvette")
    assert rows and rows[0].quantity == 2


CONDITIONS = [
    ("Chile's defence minister threatened to scrap the trainer deal if Sweden did not deliver spare parts.",
     "spare parts"),
    ("Ankara warned it would buy jets elsewhere if the United States did not deliver the F-35s.", "F-35"),
    ("If Germany does not send the howitzers to Lithuania by May, Vilnius will cancel the order.", "howitzer"),
    ("Unless Italy does not ship the frigates to Egypt, the talks will go on, officials said.", "frigate"),
    ("The minister threatened to walk out if Russia did not deliver the S-400 batteries to India.", "S-400"),
    ("If Sweden doesn't sell the Gripens to Thailand, Bangkok will look at Korean jets.", "Gripen"),
]


@pytest.mark.parametrize(("text", "item"), CONDITIONS)
def test_a_negated_condition_is_no_row(extractor, text, item):
    rows = extractor.extract_text(text, published=DATE).transfers
    assert not [t for t in rows if item.lower() in t.item.text.lower()], rows


def test_a_condition_told_positively_stays_uncertain(extractor):
    rows = find(extractor.extract_text("If Russia sends more tanks to Belarus, Poland will respond.", published=DATE),
                "RUS", "BLR", "tank")
    assert rows and {t.factuality for t in rows} == {"uncertain"}, rows


CONDITION_CONTROLS = [
    ("Chad will buy 30 armoured vehicles from Turkey if parliament approves the budget.", "TUR", "TCD", "armoured", 30),
    ("If the ministry in Ankara approves, Turkey will ship 30 armoured vehicles to Chad.", "TUR", "TCD", "armoured", 30),
    ("Poland delivered 14 Leopard tanks to Ukraine, and if Germany agrees, it will send more.", "POL", "UKR",
     "Leopard", 14),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item", "quantity"), CONDITION_CONTROLS)
def test_the_main_clause_of_a_condition_stays(extractor, text, supplier, recipient, item, quantity):
    rows = find(extractor.extract_text(text, published=DATE), supplier, recipient, item)
    assert rows and rows[0].quantity == quantity, rows


GENERIC_YOU = [
    ("Olek Varga, a dealer, sold rifles to Chad in 1999. \"Olek would sell you a tank in the morning and a yacht "
     "by lunch,\" a former partner said.", "rifle", "tank"),
    ("France delivered 12 trucks to Niger in May. \"They can send you all the trucks you want, but we need "
     "helicopters,\" a Niger officer said.", "truck", "requested"),
]


@pytest.mark.parametrize(("text", "kept_item", "dropped"), GENERIC_YOU)
def test_a_generic_you_is_no_party(extractor, text, kept_item, dropped):
    rows = extractor.extract_text(text, published=DATE).transfers
    assert [t for t in rows if kept_item in t.item.text and t.stage == "delivered"], rows
    assert not [t for t in rows if dropped in (t.item.text, t.stage)], rows
