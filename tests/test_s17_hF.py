"""Wire-service conflict reporting (seventeenth session, helper F):

- a conveyance that lands or docks at a facility ("at Asmara airport", "at an air base in X", "at the port of
  Y", "at Z's international airport", "an air base south of W") carrying or with materiel delivers it to the
  state of the place named on the facility (frames/facilities.py); "landed at X's airport carrying Y" with the
  participle hung on the airport is the same arrival (frames/carriers.py, arrival_of);
- materiel "awaited" or "expected", in the passive with the items as subject ("a further batch of X is expected
  next month", "Y are still awaited by the army"), is on order (predicates.toml [classes.buy], words.toml
  [scheduled] expected_verbs, scheduled.expected_arrivals), unless the document already tells it as ordered;
- a state that funds or finances materiel for another, in the active voice, pledges it ("Norway and Denmark said
  they would jointly fund 18 X tanks"); "a further 16, financed by A and B" names who pays, not who supplies
  (predicates.toml [classes.offer], words.toml [funding], extraction/funding.py);
- materiel that arrives aboard a conveyance ("arrived in X aboard a Y Air Force transport", "on a Russian cargo
  ship") is supplied by the conveyance's origin, not when that is the recipient's own; at a facility, the place's
  state receives it ("at the port of Y in Z"; frames/aboard.py, words.toml [aboard]);
- parts of a named system ("components of the X-9 missile system") are told as that system
  (mentions/part_of.py).

Sentences written for these tests (not taken from any article); the positives failed before the change; the
counterparts say what must stay."""
from __future__ import annotations

import pytest

from _helpers import find


def _rows(extractor, text):  # noqa: ANN001, ANN202
    return extractor.extract_text(text, published="2024-06-01")


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), [
    ("A Russian cargo plane landed at Bamako airport on Sunday carrying four attack helicopters.",
     "Russia", "Mali", "helicopter"),
    ("A Turkish transport aircraft touched down at an air base in Niger on Monday carrying armed drones.",
     "T", "Niger", "drone"),
    ("A Turkish cargo plane landed at an air base north of Niamey carrying 12 armed drones.",
     "T", "Niger", "drone"),
    ("A Russian ship carrying 30 armoured vehicles docked at the port of Djibouti on Friday.",
     "Russia", "Djibouti", "armoured"),
    ("Two Russian cargo planes landed at Asmara airport last week with 300 assault rifles.",
     "Russia", "Eritrea", "rifle"),
    ("A Chinese cargo plane landed at Belgrade's main civilian airport carrying 20 anti-ship missiles.",
     "China", "Serbia", "missile"),
    ("A French transport aircraft landed at Yerevan's international airport on Tuesday carrying 30 "
     "surface-to-air missiles.", "France", "Armenia", "missile"),
])
def test_landing_at_a_facility_delivers_to_its_place(extractor, text, supplier, recipient, item):
    assert find(_rows(extractor, text), supplier, recipient, item)


def test_the_facilitys_own_name_is_no_party(extractor):
    rows = _rows(extractor, "A French transport aircraft landed at Yerevan's Zvartnots airport on Tuesday "
                            "carrying 30 missiles.")
    assert {(t.recipient.name if t.recipient else None) for t in rows.transfers} == {"Armenia"}


@pytest.mark.parametrize("text", [
    "A Russian cargo plane landed at Bamako airport on Sunday carrying 200 passengers.",
    "Four Russian fighter jets landed at an air base in Mali for joint exercises.",
    "A ship docked at the port of Djibouti on Friday.",
])
def test_no_delivery_without_materiel_carried(extractor, text):
    assert not _rows(extractor, text).transfers


def test_parts_of_a_named_system_are_that_system(extractor):
    rows = _rows(extractor, "China delivered components of the HQ-9 surface-to-air missile system to Colombia "
                            "in March.")
    assert [t for t in find(rows, "China", "Colombia", "component") if t.item.designation]


def test_parts_for_a_named_system_keep_their_own_reading(extractor):
    rows = _rows(extractor, "Saab has been sending spares for the GlobalEye to the UAE since spring.")
    assert not find(rows, None, "GlobalEye", "part") and not find(rows, "Sweden", "GlobalEye", "part")


@pytest.mark.parametrize(("text", "supplier", "recipient", "item", "quantity"), [
    ("Twelve Super Tucano aircraft from Brazil are still awaited by the Paraguayan air force.",
     "Brazil", "Paraguay", "Tucano", 12),
    ("Thirty Piranha armoured vehicles from Switzerland are awaited by the Botswana army, officials said.",
     "Switzerland", "Botswana", "Piranha", 30),
    ("Morocco has taken delivery of 12 Caesar howitzers from France, and a further 24 howitzers from France are "
     "expected next year.", "France", "Morocco", "howitzer", 24),
    ("Paraguay has received six radars from Spain and four trainer jets from Brazil, the ministry said. A further "
     "batch of 20 armoured vehicles from Brazil is expected in the coming weeks.", "Brazil", "Paraguay", "armoured",
     20),
])
def test_materiel_awaited_is_on_order(extractor, text, supplier, recipient, item, quantity):
    rows = find(_rows(extractor, text), supplier, recipient, item)
    assert [t for t in rows if t.stage == "ordered" and t.quantity == quantity]


@pytest.mark.parametrize("text", [
    "Heavy rain is expected over the weekend near the border.",
    "Egypt expects its partners not to let modern weapons reach the militants.",
    "Zambia awaits a ruling on the acquisition of new carbines.",
])
def test_expectations_that_are_no_order(extractor, text):
    assert not [t for t in _rows(extractor, text).transfers if "expect" in t.rule or "await" in t.rule]


def test_the_schedule_of_an_order_told_is_no_second_row(extractor):
    rows = _rows(extractor, "Kenya has ordered six Leonardo helicopters from Italy. The six Leonardo helicopters "
                            "are expected in 2026.")
    assert len(find(rows, "Italy", "Kenya", "helicopter")) == 1


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), [
    ("Finland and Estonia said on Friday they would jointly fund 14 Leopard 2 tanks for Ukraine.",
     "Finland", "Ukraine", "Leopard"),
    ("Finland and Estonia said on Friday they would jointly fund 14 Leopard 2 tanks for Ukraine.",
     "Estonia", "Ukraine", "Leopard"),
    ("Sweden will finance 12 CV90 infantry fighting vehicles for Kyiv, the defence minister said.",
     "Sweden", "Ukraine", "CV90"),
    ("Japan said it would bankroll six Type 12 missile launchers for the Philippines.", "Japan", "Philippines",
     "launcher"),
])
def test_a_state_funding_materiel_pledges_it(extractor, text, supplier, recipient, item):
    assert [t for t in find(_rows(extractor, text), supplier, recipient, item) if t.stage == "offered"]


def test_materiel_financed_by_a_third_party_is_not_theirs(extractor):
    rows = _rows(extractor, "Nexter has handed over the six guns Estonia ordered in 2021, and another 10, "
                            "paid for jointly by Denmark and Norway, will follow in the autumn.")
    assert not find(rows, "Denmark", None, "") + find(rows, "Norway", None, "") + \
        [t for t in rows.transfers if t.supplier and t.supplier.name in ("Denmark", "Norway")]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), [
    ("The first 12 howitzers arrived in Manila in April aboard an Indian Air Force IL-76.",
     "India", "Philippines", "howitzer"),
    ("Twenty T-72 tanks arrived at the port of Corinto in Nicaragua aboard a Russian cargo ship.",
     "Russia", "Nicaragua", "T-72"),
    ("Twenty tanks arrived in Nicaragua on a Russian cargo ship last week.", "Russia", "Nicaragua", "tank"),
    ("Eight armoured vehicles arrived in Bamako aboard a Turkish cargo plane on Sunday.", "T", "Mali",
     "armoured"),
])
def test_arrival_aboard_a_conveyance_of_another_state(extractor, text, supplier, recipient, item):
    assert find(_rows(extractor, text), supplier, recipient, item)


def test_arrival_aboard_the_recipients_own_conveyance(extractor):
    rows = _rows(extractor, "The first four Rafales arrived in Athens aboard a Greek Air Force transport.")
    assert not [t for t in rows.transfers if t.supplier and t.supplier.name == "Greece"]
