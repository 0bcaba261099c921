"""Suppliers (session 34, helper "suppliers").

1. Two buyers in coordinated clauses: "A's air force ordered ten X in 2019, with deliveries due in 2021, and B's
   air force ordered four". A noun frame ("with deliveries ...") lends no supplier that is the subject of a
   buying verb of the sentence (discourse.share_in_sentence, own_clause.subject_buyers), and a buyer (with its
   possessor) or a place another row of the
   sentence names ("B's air force", "handed over in <B's city>") is no holder of A's goods
   (origin_holders._parties): neither buyer becomes the other's supplier.
2. A transport aircraft as the subject of a verb of supplying: "Ruritanian transport aircraft airlifted rifles to
   Y", "Z's military helicopters flew missiles to W". An aircraft noun with a modifier of carrying
   (`modified_conveyances`, `conveyance_modifiers` of predicates.toml [carriers]) is the vehicle, and its
   demonym's state the supplier (frames/carriers.carrier_subject), as for "Russian ships delivered tanks".
3. A firm named after its home town: "<Town> Shipyard", "<Town> Dockyard", "<Town> Works" (`town_firm_nouns` of
   [firm_countries] in words.toml), the town known to the city list: a company of the town's state
   (mentions/town_firms.py); building for its own state's navy is no transfer.
"""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> list[tuple[str, str]]:
    out = []
    for t in get_extractor().extract_text(text).transfers:
        out.append(((t.supplier.country or "" if t.supplier else ""), (t.recipient.country or "" if t.recipient else "")))
    return out


def _pairs(text: str) -> set[tuple[str, str]]:
    return set(_rows(text))


@pytest.mark.parametrize("text, first, second", [
    ("The Peruvian Air Force ordered ten T-50 trainers in 2019, with deliveries starting in 2021, "
     "and Bolivia's air force ordered four.", "PER", "BOL"),
    ("Bolivia signed for eight Mi-17 helicopters, with delivery expected next year, and Paraguay ordered two.",
     "BOL", "PRY"),
    ("Kenya's army ordered twenty Mi-17 helicopters, with deliveries beginning in 2024, and the Ugandan "
     "army has ordered six.", "KEN", "UGA"),
    ("The Peruvian Air Force ordered ten T-50 trainers in 2019, and Bolivia's air force bought three, the first "
     "of which was delivered in La Paz in May.", "PER", "BOL"),
])
def test_coordinated_buyers_do_not_supply_each_other(text: str, first: str, second: str) -> None:
    pairs = _pairs(text)
    assert (first, second) not in pairs
    assert (second, first) not in pairs
    assert any(r == second for _, r in pairs)  # the second buyer's order is still a row


def test_second_buyer_takes_the_maker() -> None:
    pairs = _pairs("The Peruvian Air Force ordered ten T-50 trainers in 2019, with deliveries starting in 2021, "
                   "and Bolivia's air force ordered four.")
    assert ("KOR", "BOL") in pairs


def test_donor_of_the_same_clause_still_lends() -> None:
    """Negative: a donor in the row's own clause still gives its party."""
    pairs = _pairs("Under an agreement with Russia, Mali will receive four Mi-35 helicopters next year.")
    assert ("RUS", "MLI") in pairs


def test_one_seller_two_clauses_unchanged() -> None:
    """Negative: the seller of a first clause is still the seller of the same goods in the second."""
    pairs = _pairs("Russia delivered four Mi-35 helicopters to Mali in 2021, and two more Mi-35 helicopters "
                   "arrived in Bamako in May.")
    assert ("RUS", "MLI") in pairs
    assert ("MLI", "RUS") not in pairs


@pytest.mark.parametrize("text, pair", [
    ("Last spring Russian military transport aircraft ferried mortar shells and rifles to the Malian army in Gao.",
     ("RUS", "MLI")),
    ("Turkish cargo aircraft have airlifted armoured vehicles and ammunition to the Libyan government in Tripoli "
     "since January.", ("TUR", "LBY")),
    ("According to the report, Emirati military helicopters flew anti-tank missiles to the Rapid Support Forces "
     "in Darfur.", ("ARE", "")),
    ("Last week two US cargo aircraft ferried howitzer shells to the Kenyan army at Garissa.", ("USA", "KEN")),
])
def test_transport_aircraft_subject_supplies_for_its_state(text: str, pair: tuple[str, str]) -> None:
    sup = {s for s, r in _rows(text) if not pair[1] or r == pair[1]}
    assert sup == {pair[0]}


def test_bought_aircraft_is_no_carrier() -> None:
    """Negative: aircraft that arrive are goods, their maker supplies."""
    pairs = _pairs("Six Rafale aircraft arrived in Greece in May.")
    assert pairs == {("FRA", "GRC")}


def test_unmodified_aircraft_subject_unchanged() -> None:
    """Negative: "aircraft" with no modifier of carrying is not read as a carrier."""
    assert not any(s == "RUS" for s, _ in _rows("Russian aircraft bombed rebel positions near Idlib in March."))


@pytest.mark.parametrize("text, pair", [
    ("Galati Dockyard handed over two patrol vessels to the Georgian Coast Guard on Monday.",
     ("ROU", "GEO")),
    ("Under the contract, Incheon Works will supply 24 self-propelled howitzers to Norway by 2028.", ("KOR", "NOR")),
])
def test_town_named_yard_supplies_for_the_towns_state(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text)


def test_town_named_yard_building_at_home_is_no_transfer() -> None:
    assert _rows("Galati Dockyard is building two landing craft for the Romanian Navy.") == []


@pytest.mark.parametrize("text", [
    "Halifax Group sold 200 rifles to Chile last year.",  # not a yard's noun
    "Tarnby Shipyard delivered two patrol boats to Kenya in March.",  # no known town
])
def test_other_firms_stay_unplaced(text: str) -> None:
    assert all(s == "" for s, _ in _rows(text))
