"""Session 25 (helper E): recipients named by a state's force or by a seized load's intended holder.

- a state's name, possessive or adjective before a listed group's generic force name ("the Zambia People's
  Defence Force") names that state's own force, not the listed group (`state_forces.py`, words
  [state_forces] `name_endings`); the group of that very state keeps its name;
- "a militia" or "the militia" told bare in a seized load's destination is a recipient of its own
  (collective.py, words [intended_holders] `bare_heads`);
- "members of" a group in a party's place names the group (unlisted.in_slot, words [intended_holders]
  `member_heads`);
- a seized load named again in the next sentences by a definite general load noun and sent on ("the cargo was to
  be delivered to Y", "the firearms were to be sold to Y") goes to Y (seized_route.named_again, words
  [seizure] `general_loads`, `handover_verbs` of predicates.toml);
- a seized load listed in apposition to a general load noun as a passive subject ("The weapons, 30 A and 10 B,
  with 900 C, were found in the hold") lists that load's items (seized_inventory._apposed_list); the seized
  total those items add up to, for the same recipient, is dropped (seized_inventory._summed_later).

Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import find


@pytest.mark.parametrize(("text", "supplier", "recipient"), [
    ("The Zambia People's Defence Force received three Karvell K-7 helicopters from Brazil in March.", "BRA", "ZMB"),
    ("Four Ostrava-9 radars were delivered to the Malawi People's Defence Force by Germany last year.", "DEU", "MWI"),
    ("Ghana's People's Defence Force has ordered six Vektor-4 armoured vehicles from Finland.", "FIN", "GHA"),
    ("The Kenyan People's Defence Force took delivery of 12 Ostrava-9 radars from Spain, the ministry said.",
     "ESP", "KEN"),
    ("In April, the Botswana People's Defence Force took delivery of two Karvell patrol boats from Portugal.", "PRT",
     "BWA"),
    ("The Namibia People's Defence Force, which guards the northern border, received 20 Vektor-4 trucks from India.",
     "IND", "NAM"),
    ("Italy delivered 14 Vektor-4 armoured vehicles to the Zambia People's Defense Force in 2021.", "ITA", "ZMB"),
    ("The Malawi People's Defence Force reportedly received two Karvell K-7 helicopters and four Vektor-4 trucks "
     "from France.", "FRA", "MWI"),
])
def test_state_before_a_listed_force_name(extractor, text: str, supplier: str, recipient: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any((s, r) == (supplier, recipient) for s, r, *_ in rows), rows


@pytest.mark.parametrize("text", [
    "Myanmar's People's Defence Force received 40 rifles from smugglers, a monitor said.",
    "The People's Defence Force received 40 rifles from smugglers in the hills, a monitor said.",
])
def test_listed_group_keeps_its_name(extractor, text: str) -> None:  # noqa: ANN001
    report = extractor.extract_text(text)
    assert report.transfers
    assert all(t.recipient is not None and t.recipient.kind == "armed_group" for t in report.transfers), \
        report.transfers


_SEIZED = "Customs officers seized 30 rifles at the port of Veltra on Tuesday. "
_TRUCK = "Police stopped a lorry near Brask and seized eight pistols hidden under sacks of rice. "


@pytest.mark.parametrize(("text", "recipient"), [
    (_SEIZED + "According to police, the rifles had been bound for a militia active in the northern hills.",
     "militia"),
    (_SEIZED + "The rifles, investigators said, were bound for a militia.", "militia"),
    (_SEIZED + "Investigators believe the firearms were intended for the militia.", "militia"),
    (_SEIZED + "The rifles were bound for members of the Black Lotus gang.", "Black Lotus"),
    (_SEIZED + "Police said the firearms were destined for members of the Vargas Cartel.", "Vargas"),
    (_TRUCK + "The pistols were to be sold to members of the Black Lotus gang, police said.", "Black Lotus"),
    (_TRUCK + "The driver said the pistols were meant for members of the Vargas Cartel.", "Vargas"),
    ("Troops seized 300 rounds of ammunition bound for a militia in the east.", "militia"),
])
def test_seized_load_for_a_militia_or_members(extractor, text: str, recipient: str) -> None:  # noqa: ANN001
    report = extractor.extract_text(text)
    found = [t for t in find(report, None, recipient, "") if t.stage == "intercepted"]
    assert found, report.transfers


@pytest.mark.parametrize("text", [
    "The ship was bound for Rotterdam.",
    _SEIZED + "The money was intended for schools.",
    _SEIZED + "The freighter was bound for Hamburg, the port said.",
    "The militia held a parade in the capital on Sunday.",
    "Members of the Black Lotus gang were arrested in Veltra on Monday.",
])
def test_no_recipient_from_places_or_other_things(extractor, text: str) -> None:  # noqa: ANN001
    report = extractor.extract_text(text)
    assert not any(t.recipient is not None and ("militia" in t.recipient.name.lower() or
                                                 "lotus" in t.recipient.name.lower() or
                                                 "rotterdam" in t.recipient.name.lower() or
                                                 "school" in t.recipient.name.lower())
                   for t in report.transfers), report.transfers


_LORRY = "Border guards stopped a van near Ostrel and seized 14 carbines hidden under crates of apples. "


@pytest.mark.parametrize(("text", "recipient"), [
    (_LORRY + "The cargo was to be shipped to the Iron Serpent gang, officials said.", "Iron Serpent"),
    (_LORRY + "The driver told investigators the cargo was to be sold to members of the Iron Serpent gang.",
     "Iron Serpent"),
    (_LORRY + "The shipment was to be handed to the Iron Serpent gang in the capital, police said.", "Iron Serpent"),
    (_LORRY + "Police said the firearms were to be sold to the Iron Serpent gang.", "Iron Serpent"),
    (_LORRY + "According to prosecutors, the consignment was being sent to the Ruiz Cartel.", "Ruiz"),
    (_LORRY + "The firearms were to be smuggled to members of the Ruiz Cartel, a spokesman said.", "Ruiz"),
    ("In May, troops seized 200 grenades at a checkpoint near Ostrel. Investigators said the load was to be "
     "delivered to the Ruiz Cartel.", "Ruiz"),
    ("Customs seized nine pistols in a parcel at Ostrel airport. The consignment was to be forwarded to a militia "
     "in the south, the agency said.", "militia"),
])
def test_seized_load_sent_on_named_again_by_a_general_noun(extractor, text: str, recipient: str) -> None:  # noqa: ANN001
    report = extractor.extract_text(text)
    found = [t for t in find(report, None, recipient, "") if t.stage == "intercepted" and t.quantity is not None]
    assert found, report.transfers


@pytest.mark.parametrize("text", [
    _LORRY + "The money was to be handed to schools in the region.",
    _LORRY + "The cargo was to be shipped to buyers in the north-west, police said.",
    _LORRY + "A spokesman said aid would be delivered to the Iron Serpent valley next week.",
])
def test_no_recipient_for_places_buyers_or_other_loads(extractor, text: str) -> None:  # noqa: ANN001
    report = extractor.extract_text(text)
    assert not any(t.recipient is not None and t.recipient.kind != "state" for t in report.transfers), \
        report.transfers


_LORRY_FOR = "Border guards seized a lorry carrying weapons bound for the Iron Serpent gang near Ostrel on Friday. "
_CRATE_FOR = "Customs officers at Veltra seized a container of arms bound for the Ruiz Cartel on Monday. "


@pytest.mark.parametrize(("text", "recipient", "counts"), [
    (_LORRY_FOR + "The weapons, 30 K-7 rifles and 10 Ostrava-9 pistols, were found under sacks of flour.",
     "Iron Serpent", {30, 10}),
    (_CRATE_FOR + "The firearms, twenty K-7 rifles and eight Ostrava-9 pistols, were found inside water tanks, "
     "officials said.", "Ruiz", {20, 8}),
    (_CRATE_FOR + "The munitions, 40 mortar bombs and 15 rocket-propelled grenades, were found in the hold.",
     "Ruiz", {40, 15}),
    (_LORRY_FOR + "The weapons (30 K-7 rifles and 10 Ostrava-9 pistols) were found under sacks of flour.",
     "Iron Serpent", {30, 10}),
    (_CRATE_FOR + "The cargo, 30 K-7 rifles and 10 Ostrava-9 pistols, was found behind crates of shoes.",
     "Ruiz", {30, 10}),
    (_CRATE_FOR + "The weapons — 25 K-7 rifles and 6 Ostrava-9 pistols, with about 4,000 rounds of ammunition — "
     "were discovered during an X-ray scan.", "Ruiz", {25, 6, 4000}),
    ("Customs officers seized 40 rifles at the port of Veltra on Monday. The weapons — 30 K-7 rifles and 10 "
     "Ostrava-9 rifles, with about 2,000 rounds of ammunition — were discovered in a container that arrived from "
     "Lisbon. According to police, the rifles had been bound for a militia active in the hills.",
     "militia", {30, 10, 2000}),
    (_CRATE_FOR + "According to customs, the weapons, 25 K-7 rifles and 12 Ostrava-9 pistols, were discovered "
     "in boxes of tiles.", "Ruiz", {25, 12}),
])
def test_seized_load_listed_in_apposition_to_a_general_noun(extractor, text: str, recipient: str,  # noqa: ANN001
                                                            counts: set[int]) -> None:
    report = extractor.extract_text(text)
    found = {t.quantity for t in find(report, None, recipient, "") if t.stage == "intercepted"}
    assert counts <= found, report.transfers
    assert not any(t.item.text.lower() in ("weapons", "firearms", "munitions", "cargo") and t.quantity is None
                   and t.rule.startswith("inventory") for t in report.transfers), report.transfers


@pytest.mark.parametrize("text", [
    "The weapons, 30 K-7 rifles and 10 Ostrava-9 pistols, were found under sacks of flour in a farmhouse.",
    _CRATE_FOR + "Elsewhere, the weapons of the army, 30 K-7 rifles, were found to be rusty, an audit said.",
])
def test_no_inventory_without_a_seized_shipment_before(extractor, text: str) -> None:  # noqa: ANN001
    report = extractor.extract_text(text)
    assert not any(t.recipient is not None and t.quantity == 30 for t in report.transfers), report.transfers


@pytest.mark.parametrize(("text", "kept_total"), [
    ("Police seized 40 rifles at Veltra on Monday. The weapons, 30 K-7 rifles and 10 Ostrava-9 rifles, were found "
     "in a container. The rifles were bound for the Ruiz Cartel, police said.", False),
    ("Police seized 50 rifles at Veltra on Monday. The weapons, 30 K-7 rifles and 10 Ostrava-9 rifles, were found "
     "in a container. The rifles were bound for the Ruiz Cartel, police said.", True),
])
def test_seized_total_split_by_its_inventory(extractor, text: str, kept_total: bool) -> None:  # noqa: ANN001
    report = extractor.extract_text(text)
    quantities = {t.quantity for t in find(report, None, "Ruiz", "") if t.stage == "intercepted"}
    assert {30, 10} <= quantities, report.transfers
    assert ((40 in quantities) or (50 in quantities)) == kept_total, report.transfers
