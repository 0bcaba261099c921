"""Seized, interdicted and captured shipments and where they were going (eighteenth session, helper J):

- a destination told by a relative clause the parser hangs on a place or conveyance of the seizure, reported or
  not ("seized rifles from a skiff near the island, which officials said were bound for Y", "seized mines on a
  track near the frontier, which they reported were destined for Y", frames/seized_route.py), also for items the
  parser joined to the verb ("seized A and B on a road ..., which ...").
- a destination told in the next sentence by a pronoun ("They were headed to Y"), by a load noun ("the haul was
  intended for Y") or by a materiel noun or a route noun ("the vessel was on its way to Y", frames/held.py
  `bound_later`): the seized row itself takes Y, with its quantity; the conveyance named again ("the truck was
  bound for Y") is no item of its own.
- items found in a conveyance or container just stopped or searched ("stopped a van and found 70 carbines")
  are seized by the finder (frames/found.py); the load of a seized conveyance told by a "with" phrase ("intercepted
  a van with 55 carbines destined for Y", frames/laden.py).
- weapons taken from a force or its post, or in a fight ("captured from the army posts", "seized in an attack on
  a garrison"), and "captured and smuggled weapons" are no transfer (frames/captures.py).

Sentences written for these tests (not taken from any article); the positives failed before the change; the
counterparts say what must stay."""
from __future__ import annotations

import pytest

from _helpers import find, seized_to


def _rows(extractor, text):  # noqa: ANN001, ANN202
    return extractor.extract_text(text, published="2024-06-01")


_seized_to = seized_to


@pytest.mark.parametrize(("text", "recipient", "item", "quantity"), [
    ("In April, Moroccan gendarmes seized nine carbines and 2,400 cartridges from a skiff near the island, which "
     "officials said were bound for the Polisario Front.", "Polisario", "carbines", 9),
    ("Last year Iraqi police seized 500 cartridges and eleven anti-tank mines on a track near the frontier, which they "
     "reported were destined for the PKK.", "Kurdistan Workers", "mines", 11),
    ("Customs officers confiscated 70 pistols from a minibus outside the market, which investigators believe were "
     "intended for Burundi.", "Burundi", "pistols", 70),
    ("Nigerien soldiers impounded 14 machine guns from a pickup on the desert road, which was heading to Mali.",
     "Mali", "machine guns", 14),
])
def test_destination_in_a_clause_on_the_place_of_the_seizure(extractor, text, recipient, item, quantity):
    _seized_to(_rows(extractor, text), recipient, item, quantity)


@pytest.mark.parametrize(("text", "recipient", "item", "quantity"), [
    ("Tunisian customs seized 60 sniper rifles near the harbour. They were headed to Libya, officials said.",
     "Libya", "sniper rifles", 60),
    ("Kenyan police seized 45 grenade launchers at a warehouse. Detectives said the haul was intended for the "
     "Lord's Resistance Army.", "Lord", "grenade launchers", 45),
    ("Turkish gendarmes intercepted a lorry carrying 80 carbines. The vehicle was on its way to the PKK, the "
     "governor said.", "Kurdistan Workers", "carbines", 80),
    ("Chadian troops confiscated 35 mortars near the lake. An officer said the mortars were bound for ISWAP.",
     "Islamic State", "mortars", 35),
])
def test_destination_told_in_the_next_sentence(extractor, text, recipient, item, quantity):
    _seized_to(_rows(extractor, text), recipient, item, quantity)


def test_conveyance_named_again_is_no_item(extractor):
    report = _rows(extractor, "Algerian border guards seized a truck carrying 90 carbines. The truck was bound "
                              "for Niger, a spokesman said.")
    _seized_to(report, "Niger", "carbines")
    assert not find(report, None, "Niger", "truck"), report.transfers


@pytest.mark.parametrize(("text", "recipient", "item"), [
    ("Gendarmes stopped a van at the crossing and found 70 carbines destined for the Polisario Front.",
     "Polisario", "carbines"),
    ("Soldiers searched the truck and found 25 machine guns that gendarmes think were bound for the PKK.",
     "Kurdistan Workers", "machine guns"),
])
def test_items_found_in_a_stopped_conveyance_are_seized(extractor, text, recipient, item):
    _seized_to(_rows(extractor, text), recipient, item)


@pytest.mark.parametrize(("text", "recipient", "item", "quantity"), [
    ("Gendarmes intercepted a van with 55 carbines destined for the Polisario Front.", "Polisario", "carbines", 55),
    ("Coast guards stopped a trawler off the cape with 300 grenades bound for Burundi.", "Burundi", "grenades", 300),
])
def test_load_told_by_a_with_phrase_on_the_conveyance(extractor, text, recipient, item, quantity):
    _seized_to(_rows(extractor, text), recipient, item, quantity)


@pytest.mark.parametrize("text", [
    "The navy seized a boat with three fishermen bound for Burundi.",
    "Police seized 300 pistols in Basra. They then headed to Baghdad.",
    "Gendarmes raided a farmhouse and found 70 carbines.",
    "Rebels seized 12 armoured vehicles from government troops, which they claimed were headed to the front.",
])
def test_no_destination_no_seized_row(extractor, text):
    assert not [t for t in _rows(extractor, text).transfers if t.stage == "intercepted"]


@pytest.mark.parametrize("text", [
    "The militants depend chiefly on rifles captured from soldiers and gendarmes, though analysts believe they "
    "purchase carbines from smugglers too along the border with Niger.",
    "Officials say the PKK used captured and smuggled Iranian mortars in a raid on a police compound in Van.",
    "Footage shows Polisario fighters with dozens of carbines and mortars captured from the Moroccan army posts. "
    "Morocco says Algeria has armed the group.",
])
def test_weapons_captured_from_a_force_are_no_transfer(extractor, text):
    assert not [t for t in _rows(extractor, text).transfers if t.stage == "intercepted"]


def test_captured_weapons_take_no_parties_from_context(extractor):
    report = _rows(extractor, "Portugal sold 40 carbines to Mozambique in 2019. The militants depend chiefly on guns "
                              "captured from soldiers and gendarmes, though analysts believe they purchase weapons "
                              "from smugglers too.")
    assert find(report, "Portugal", "Mozambique", "carbines")
    assert not [t for t in report.transfers if t.stage == "intercepted"], report.transfers


def test_captured_shipment_with_a_destination_stays(extractor):
    report = _rows(extractor, "The navy captured a dhow carrying 400 carbines bound for the Polisario Front.")
    _seized_to(report, "Polisario", "carbines", 400)
