"""Hedges and seizures (twenty-fifth session, second round, helper hS3):

- a reporting verb in the passive with a to-infinitive ("X is said to have sold Y", "is reported to have received",
  "is understood to be supplying") tells an unnamed report: the row is uncertain (cues.toml
  [factuality] passive_hedge_verbs); the active "the ministry said X sold Y" only attributes;
- a destination participle the parser hangs on the seizure verb, and the tagger may take for a past tense
  ("intercepted a shipment of X from Y destined for Z"), is the shipment's destination (frames/bound.py).

Sentences written for these tests (invented models, firms and ships; combinations of states of no article)."""
from __future__ import annotations

import pytest


def _rows(extractor, text: str) -> list[tuple]:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.factuality, t.item.text, t.quantity) for t in extractor.extract_text(text, title="Report").transfers]


PASSIVE_HEDGES = [
    ("Thailand is said to have sold four Varn-8 missiles to Peru.", "THA", "PER", 4),
    ("Lima is reported to have received two Korsak-3 helicopters from Ankara.", "TUR", "PER", 2),
    ("Chile, which is said to have bought six Ostrava-9 patrol boats from Norway in 2016, declined to comment.",
     "NOR", "CHL", 6),
    ("In 2019, Ghana was reported to have acquired twelve Tarvik armoured vehicles from Serbia.", "SRB", "GHA", 12),
    ("The Kenyan army is understood to have received 24 Marrow-9 howitzers from Poland.", "POL", "KEN", 24),
    ("Hanoi is rumoured to have delivered eight Belmont-3 drones to Dhaka last year.", "VNM", "BGD", 8),
    ("Romania is said to have supplied Jordan with three Harrow-3 helicopters and 20 Taro-3 trucks.",
     "ROU", "JOR", 3),
    ("According to diplomats, Egypt is thought to have transferred 36 Kestrel-5 jets to Oman.", "EGY", "OMN", 36),
    ("Seoul was alleged to have shipped 16 Delmar-2 tanks to Colombia.", "KOR", "COL", 16),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "quantity"), PASSIVE_HEDGES)
def test_a_passive_report_verb_hedges_the_transfer(extractor, text, supplier, recipient, quantity) -> None:  # noqa: ANN001
    rows = [r for r in _rows(extractor, text) if r[0] == supplier and r[1] == recipient]
    assert rows, _rows(extractor, text)
    assert any(r[5] == quantity for r in rows), rows
    assert all(r[3] == "uncertain" for r in rows), rows


ASSERTED = [
    ("The ministry said Thailand had sold four Varn-8 missiles to Peru.", "THA", "PER"),
    ("Norway sold six Ostrava-9 patrol boats to Chile, officials said.", "NOR", "CHL"),
    ("Serbia, a spokesman said, delivered twelve Tarvik armoured vehicles to Ghana.", "SRB", "GHA"),
    ("Poland's defence ministry reported that it had handed 24 Marrow-9 howitzers to Kenya.", "POL", "KEN"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient"), ASSERTED)
def test_a_named_reporter_attributes_without_a_hedge(extractor, text, supplier, recipient) -> None:  # noqa: ANN001
    rows = [r for r in _rows(extractor, text) if r[0] == supplier and r[1] == recipient]
    assert rows and all(r[3] == "asserted" for r in rows), _rows(extractor, text)


SEIZED = [
    ("Customs officers intercepted a shipment of 36 Tarvik tanks from Nigeria destined for Poland.",
     "NGA", "POL", 36),
    ("Police intercepted a shipment of 40 Korsak-3 rifles from Kenya destined for Uganda.", "KEN", "UGA", 40),
    ("On Monday, coast guards seized a consignment of 12 Belmont-3 drones from Peru destined for Ecuador.",
     "PER", "ECU", 12),
    ("Border guards impounded a cargo of eight Harrow-3 howitzers from Serbia destined for Libya, officials said.",
     "SRB", "LBY", 8),
    ("The navy intercepted a shipment of 200 Varn-8 missiles from Iran destined for Yemen in March.", "IRN", "YEM", 200),
    ("Officials said customs had seized a shipment of six Marrow-9 mortars from Ukraine destined for Sudan.",
     "UKR", "SDN", 6),
    ("Authorities in the port reportedly intercepted a shipment of 30 Kestrel-5 launchers from Bulgaria "
     "destined for Syria.", "BGR", "SYR", 30),
    ("Greek officers intercepted a shipment of 24 Delmar-2 tanks from Nigeria destined for Norway.", "NGA", "NOR", 24),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "quantity"), SEIZED)
def test_a_destination_on_the_seizure_verb_is_the_shipments(extractor, text, supplier, recipient, quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(r[0] == supplier and r[1] == recipient and r[2] == "intercepted" and r[5] == quantity
               for r in rows), rows


NONE = [
    "Police in Accra arrested two men who were destined for a career in smuggling.",
    "The government of Peru collected 400 rifles from civilians in a buy-back scheme.",
    "Chile denied any role in the attack on Lima on Sunday.",
    "The Omani defence ministry is said to have considered a new air base near Muscat.",
]


@pytest.mark.parametrize("text", NONE)
def test_look_alikes_give_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not _rows(extractor, text)


REDUCED = [
    ("Two Kestrel-5 jets shipped from Chile to Peru were seized by police.", "CHL", "PER", 2),
    ("On Thursday, six Korsak-3 helicopters shipped from Norway to Ghana were confiscated by customs.",
     "NOR", "GHA", 6),
    ("In Durban, 40 Varn-8 missiles sent from Serbia to Zambia were impounded by the port authority.",
     "SRB", "ZMB", 40),
    ("Twelve Tarvik armoured vehicles shipped from Egypt to Senegal were seized at the border on Monday.",
     "EGY", "SEN", 12),
    ("The 16 Belmont-3 drones shipped from Vietnam to Oman were intercepted by police, officials said.",
     "VNM", "OMN", 16),
    ("Three Harrow-3 helicopters flown from Poland to Kenya were reportedly seized by airport police.",
     "POL", "KEN", 3),
    ("Four Ostrava-9 patrol boats shipped from Romania to Nigeria were impounded in Lagos.", "ROU", "NGA", 4),
    ("Last week 24 Delmar-2 howitzers shipped from Brazil to Jordan were confiscated by customs officers.",
     "BRA", "JOR", 24),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "quantity"), REDUCED)
def test_a_seized_reduced_relative_is_one_intercepted_shipment(extractor, text, supplier, recipient,  # noqa: ANN001
                                                               quantity) -> None:
    rows = [r for r in _rows(extractor, text) if r[0] == supplier and r[1] == recipient]
    assert any(r[2] == "intercepted" and r[5] == quantity for r in rows), rows
    assert not any(r[2] == "delivered" for r in rows), rows  # the seized load was never delivered


def test_a_joined_clause_keeps_its_delivery(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Two Kestrel-5 jets shipped from Chile to Peru were later returned.")
    assert ("CHL", "PER", "delivered") in {r[:3] for r in rows}, rows
