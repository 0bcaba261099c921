"""Session 20 (helper V): missed rows and stages.

- a conveyance seized with no load named in its own sentence, whose load the next sentence lists ("The trucks
  carried X, a source said", "Aboard were X"), and whose destination a later sentence gives ("the column was
  making for Y-held territory", a clause the parser hung on the noun before it) (`seized_cargo.py`,
  `frames/seizure.vessel_object`, `frames/bound.held_by`, `frames/bound.own_clause`);
- a refusal told in the passive by the refusing state's own body ("X's export agency said that an application to
  export A to Y had been refused", `speaker_deciders.py`);
- the owner of an item in apposition to a possessed noun ("X's only aircraft, two A that Z donated in 2011",
  `frames/owners._owner_token`), and a relative clause's participle with its own subject read as active;
- a delivery joined to an approval ("approved the sale of A to Y, and its first lot was handed over"): the
  approval's "to Y" is no place of the delivery, so the delivery keeps the approval's supplier;
- a state's service told as "the Air Corps", "the naval service" is the topic state's (`words.toml` topic_bodies);
- a request with no supplier takes the supplier of its refusal told after it (`request_refusers.py`); "the request
  has so far not been granted" is still open, no refusal (`frames/consent._open_request`); "has also asked" is one more
  request, not the one an approved sale answers (`approval_rows._further`);
- a verb joined to a relative clause takes the noun the clause hangs on (`frames/relative_objects.joined_relative`);
- "ordered X ..., and the first four X arrived in Y": an arrival with its own subject is a delivery of its own, and
  a part of the batch ("the first four X") arriving at a place keeps the order's supplier (`frames/frames.py`,
  `discourse.fill_from_context`);
- a seized shipment counted as the next of a series just told ("stopped the fifth consignment") has the
  series' parties (`seized_cargo.series_parties`); materiel found hidden aboard a searched conveyance has its route
  ("searching a ship bound for Y from X", `frames/searched_vessels.py`); warships that bring a load are its
  conveyance ([seizure] conveyances in predicates.toml), so "Russian warships brought X" is a supply.

Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest


def _rows(extractor, text: str) -> list[tuple[str | None, str | None, str, str]]:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.item.text) for t in extractor.extract_text(text).transfers]


def _has(rows: list[tuple[str | None, str | None, str, str]], sup: str | None, rec: str | None, stage: str,
         word: str) -> bool:
    return any(s == sup and r == rec and st == stage and word in item for s, r, st, item in rows)


@pytest.mark.parametrize(("text", "rec", "word"), [
    ("Malian soldiers intercepted a convoy of five trucks near Kidal on Sunday. The trucks carried 16 RPG-7 "
     "launchers and 40 mortar rounds, an army officer said. According to the officer the vehicles were "
     "travelling to JNIM-held territory.", "MLI", "RPG-7"),
    ("The Nigerien army stopped a convoy of four lorries near Agadez. The lorries carried 20 PKM machine guns, "
     "officials said. The convoy was heading for Boko Haram territory, they said.", "NGA", "PKM"),
    ("Chadian troops intercepted two pickup trucks in the desert last month. Aboard were 12 SA-7 missiles. "
     "Officials said the trucks were heading for Boko Haram-controlled areas.", "NGA", "SA-7"),
])
def test_load_of_a_conveyance_seized_before(extractor, text: str, rec: str, word: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(r == rec and st == "intercepted" and word in item for _, r, st, item in rows), rows


def test_intercepted_missiles_stay_air_defence(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "The Saudi air force intercepted two ballistic missiles over Jizan on Monday. "
                            "The missiles carried cluster warheads, officials said.")
    assert not any(st == "intercepted" for _, _, st, _ in rows), rows


def test_a_haul_told_after_a_seizure_noun_is_not_its_load(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Peru asked Brazil for two patrol boats in May. The seizure was the largest this year. "
                            "In March, police found 30 pistols in a car in Lima.")
    assert not any(st == "intercepted" and "pistols" in item for _, _, st, item in rows), rows


@pytest.mark.parametrize(("text", "sup", "rec", "word"), [
    ("Bulgaria's export control commission said that an application to export 2,000 rifles to Yemen had been "
     "refused.", "BGR", "YEM", "rifles"),
    ("The Czech industry ministry told reporters that a licence for 40 mortars for Niger had been denied.",
     "CZE", "NER", "mortars"),
    ("Serbia's trade ministry confirmed the 2019 export. It added that an application to export 300 machine guns "
     "to Burkina Faso had been rejected.", "SRB", "BFA", "machine guns"),
])
def test_refusal_told_by_the_refusers_body(extractor, text: str, sup: str, rec: str, word: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, "refused", word), rows


def test_the_askers_body_is_no_refuser(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Kenya's defence ministry said that its request for 40 mortars had been refused.")
    assert not any(s == "KEN" for s, _, _, _ in rows), rows


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word"), [
    ("Bolivia's only transport aircraft, two C-130 Hercules that the United States donated in 2011, are grounded.",
     "USA", "BOL", "delivered", "C-130"),
    ("Laos's only attack helicopters, four Mi-24 gunships that Russia delivered in 2019, have not flown this year.",
     "RUS", "LAO", "delivered", "Mi-24"),
    ("Norway approved the sale of 120 NASAMS missiles and 12 launchers to Latvia in 2023, and its first "
     "batch was delivered in April.", "NOR", "LVA", "delivered", ""),
])
def test_background_and_joined_deliveries(extractor, text: str, sup: str, rec: str, stage: str,
                                          word: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, stage, word), rows


def test_service_of_the_topic_state(extractor) -> None:  # noqa: ANN001
    text = ("Ireland spends less on defence than any other EU state, and its politicians like it that way.\n\n"
            "The Air Corps' six Bell 412 helicopters, acquired from the United States in 2006, can carry troops, but "
            "nobody pretends they are gunships.")
    rows = _rows(extractor, text)
    assert any(s == "USA" and r == "IRL" and "Bell 412" in item for s, r, _, item in rows), rows


@pytest.mark.parametrize(("text", "sup", "rec", "word"), [
    ("Kigali had asked for 12 howitzers last year. The request was turned down, South Korean officials said.",
     "KOR", "RWA", "howitzers"),
    ("Niamey had likewise sought attack drones. The request was rejected, three Turkish diplomats said.",
     "TUR", "NER", "drones"),
])
def test_request_asked_of_its_refuser(extractor, text: str, sup: str, rec: str, word: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, "requested", word), rows


def test_open_request_is_not_refused(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Oman has also asked Paris for Exocet missiles; so far the request has not been "
                            "approved, ministers said.")
    assert _has(rows, "FRA", "OMN", "requested", "Exocet"), rows
    assert not any(st == "refused" for _, _, st, _ in rows), rows


def test_verb_joined_to_a_relative_clause(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Portugal retired the four Alouette helicopters that it had overhauled in 2010 and "
                            "sold to Angola in 2012.")
    assert any(s == "PRT" and r == "AGO" and "Alouette" in item for s, r, _, item in rows), rows


@pytest.mark.parametrize("text", [
    "Peru ordered 18 ATMOS howitzers from Elbit in 2021, and the first six howitzers arrived in Callao in June.",
    "Peru ordered 18 ATMOS howitzers from Elbit in 2021. The first six howitzers arrived in Callao in June.",
])
def test_first_part_of_an_order_arrives(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, "ISR", "PER", "delivered", "howitzers"), rows


def test_further_request_is_not_the_approved_sale(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Canada approved the sale of 40 TOW missiles to Estonia in 2022, and its first "
                            "batch was delivered in April. Tallinn has also asked Ottawa for coastal radars; "
                            "ministers said nothing had been decided.")
    assert _has(rows, "CAN", "EST", "requested", "radars"), rows
    assert not _has(rows, "CAN", "EST", "offered", "radars"), rows


def test_seized_member_of_a_series_of_shipments(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Between 2015 and 2018, Kestrel Trading shipped 900 night-vision goggles to Iran in five "
                            "consignments. Dutch customs intercepted the sixth consignment at Rotterdam in 2019. The "
                            "container held 120 night-vision goggles hidden in boxes of toys.")
    assert any(r == "IRN" and st == "intercepted" and "goggles" in item for _, r, st, item in rows), rows


@pytest.mark.parametrize(("text", "sup", "rec"), [
    ("Police searching a Liberian-flagged ship bound for Sudan from Iran found 300 RPG-7 launchers hidden under "
     "cement, officials said.", "IRN", "SDN"),
    ("Colombian inspectors searching a Venezuelan-registered tanker bound for home from Belarus found 40 Igla "
     "missiles buried beneath sacks of fertiliser, officials said.", "BLR", "VEN"),
])
def test_route_of_a_searched_vessel(extractor, text: str, sup: str, rec: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s == sup and r == rec and st == "intercepted" for s, r, st, _ in rows), rows


def test_warships_bring_a_load(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Last week Egyptian warships brought 3,000 AK-47 rifles and 400 mortar rounds to Tripoli.")
    assert _has(rows, "EGY", "LBY", "delivered", "rifles"), rows


def test_warships_sold_stay_items(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Russia delivered two warships to Algeria in 2019.")
    assert _has(rows, "RUS", "DZA", "delivered", "warships"), rows
