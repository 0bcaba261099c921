"""Designation notices and expert reports (twenty-sixth session, helper hD):

- a designation's reason told as a gerund under a role noun ("the office designated X for its role in supplying Y
  with Z", "listed X over its part in delivering Z") has the one designated as the gerund's subject, never the
  designating body (words.toml [described_parties] reason_preps; [governors] object_of_gerund);
- a relative clause on a firm noun that describes a named party ("X is a Y-based company that shipped Z to W",
  "X is one of the firms that sold Z") has that party as its subject ([described_parties] entity_nouns).

Sentences written for these tests (invented firms and models; combinations of states of no article)."""
from __future__ import annotations

import pytest


def _rows(extractor, text: str) -> list[tuple]:  # noqa: ANN001
    return [((t.supplier.name if t.supplier else None), (t.supplier.country if t.supplier else None),
             (t.recipient.country if t.recipient else None), t.stage, t.item.text, t.quantity)
            for t in extractor.extract_text(text, title="Report").transfers]


BODIES = ("treasury", "ofac", "office of foreign assets control", "european union", "united kingdom",
          "state department", "council")

DESIGNATED = [
    ("The Treasury designated Karvell Marine for its role in supplying the Venezuelan navy with Tarvo-3 torpedoes.",
     "Karvell Marine", "VEN", None),
    ("The Treasury also targeted Helm Logistics Ltd for its involvement in delivering two patrol boats to Libya's "
     "coast guard.", "Helm Logistics", "LBY", 2),
    ("The European Union listed Ostrava Dynamics over its part in supplying artillery shells to Russia.",
     "Ostrava Dynamics", "RUS", None),
    ("In 2023 the United Kingdom blacklisted Tarnex Trading for having sold twelve howitzers to Eritrea.",
     "Tarnex Trading", "ERI", 12),
    ("On Monday OFAC designated Velmar Industries for its role in providing Myanmar's air force with 14 Korsak-2 "
     "engines.", "Velmar Industries", "MMR", 14),
    ("The State Department sanctioned Brixen Aero GmbH for its role in delivering 30 Harrow-7 drones to Iran.",
     "Brixen Aero", "IRN", 30),
    ("Washington designated Karvell Marine on Tuesday for its role in selling six Delmar-2 patrol craft to North "
     "Korea, officials said.", "Karvell Marine", "PRK", 6),
    ("Karvell Marine was designated for its role in transferring 200 Osk-4 rifles to the Houthis.",
     "Karvell Marine", None, 200),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "quantity"), DESIGNATED)
def test_the_designated_party_supplies_not_the_designating_body(extractor, text, supplier, recipient,  # noqa: ANN001
                                                                   quantity) -> None:
    rows = _rows(extractor, text)
    assert rows, text
    assert not any(r[0] and r[0].lower().removeprefix("the ") in BODIES for r in rows), rows
    mine = [r for r in rows if r[0] and supplier.lower() in r[0].lower()]
    assert mine, rows
    assert recipient is None or any(r[2] == recipient for r in mine), rows
    assert all(r[3] in ("delivered", "ordered") for r in mine), rows
    assert quantity is None or any(r[5] == quantity for r in mine), rows


NO_TRANSFER = [
    "The Treasury designated Karvell Marine for its role in financing the Venezuelan navy.",
    "OFAC designated Velmar Industries for its role in laundering money for Myanmar's generals.",
    "Karvell Marine is a company that sells fishing nets to Peru.",
]


@pytest.mark.parametrize("text", NO_TRANSFER)
def test_a_designation_for_no_transfer_gives_no_row(extractor, text) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


def test_unnamed_designated_entities_never_make_the_office_a_supplier(extractor) -> None:  # noqa: ANN001
    text = ("OFAC designated three entities and two individuals for their role in providing the Sudanese army with "
            "spare parts and munitions.")
    assert not any(r[0] and "foreign assets" in r[0].lower() for r in _rows(extractor, text))


DESCRIBED = [
    ("Karvell Marine is a Panama-based company that shipped 40 Varn-8 missiles to the Venezuelan navy in 2021.",
     "Karvell Marine", "VEN", 40),
    ("Velmar Industries is one of the firms that supplied Korsak-9 drones to Russia.", "Velmar Industries", "RUS",
     None),
    ("Tarnex Trading Ltd was the company that sold 500 Osk-4 pistols to Haiti's police.", "Tarnex Trading", "HTI",
     500),
    ("Brixen Aero GmbH is a Cyprus-registered broker that delivered eight Harrow-3 helicopters to Sudan.",
     "Brixen Aero", "SDN", 8),
    ("According to the panel, Helm Logistics Ltd is an intermediary that shipped 6,000 Tarvo mortar bombs to the "
     "Malian army.", "Helm Logistics", "MLI", 6000),
    ("Ostrava Dynamics is a Czech-based manufacturer that has supplied 24 Marrow-9 howitzers to Kenya since 2019.",
     "Ostrava Dynamics", "KEN", 24),
    ("Investigators say Karvell Marine is a front company that transferred twelve Delmar-2 boats to Eritrea.",
     "Karvell Marine", "ERI", 12),
    ("Velmar Industries, a Serbia-based firm that sold 3,000 Osk-4 rifles to Chad, was designated in 2022.",
     None, "TCD", 3000),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "quantity"), DESCRIBED)
def test_a_firm_described_by_a_relative_clause_supplies(extractor, text, supplier, recipient, quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    mine = [r for r in rows if r[2] == recipient]
    assert mine, rows
    assert all(r[0] for r in mine), rows  # never an unnamed supplier
    assert supplier is None or any(supplier.lower() in (r[0] or "").lower() for r in mine), rows
    assert any(r[5] == quantity for r in mine) or quantity is None, rows


# A request to a firm answered by the firm's bare refusal ("the maker declined", "the company refused the order"):
# a refused row of the request, the firm asked its supplier (words.toml [declined] request_objects; the firm nouns
# of [described_parties] entity_nouns as the refusal's subject).
DECLINED = [
    ("Karvell Marine asked a German maker for 12 Tarvo-3 engines; the maker declined.", "DEU", 12),
    ("In 2021 the Malian army sought 40 Varn-8 missiles from Ostrava Dynamics, but the company refused the order.",
     None, 40),
    ("Chad asked a Bulgarian firm for 3,000 Osk-4 rifles. The firm declined, citing the embargo.", "BGR", 3000),
    ("Karvell Marine tried to buy Ostrava-9 radars from a Swedish manufacturer, but the manufacturer declined.",
     "SWE", None),
    ("Peru requested six Harrow-3 helicopters from a Polish company in 2019; the company declined the request.",
     "POL", 6),
    ("Investigators found that Helm Logistics Ltd had asked a Czech producer for 500 Osk-4 pistols, and that the "
     "producer refused.", "CZE", 500),
    ("According to the report, Nepal approached an Italian manufacturer for two Korsak-5 aircraft; the manufacturer "
     "declined the approach.", "ITA", 2),
    ("Kenya asked a Spanish maker for eight Delmar-2 patrol boats. The maker refused the order last year.", "ESP", 8),
    ("Kenya asked Poland for four Harrow-3 helicopters in May. Warsaw refused it.", "POL", 4),
    ("The minister told us Ghana had asked Portugal for 30 Osk-4 rifles; an attache confirmed that the request had "
     "arrived and that Lisbon had refused it.", "PRT", 30),
]


@pytest.mark.parametrize(("text", "supplier", "quantity"), DECLINED)
def test_a_firm_declining_a_request_refuses_it(extractor, text, supplier, quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    refused = [r for r in rows if r[3] == "refused"]
    assert refused, rows
    assert any(r[3] == "requested" for r in rows), rows
    assert supplier is None or any(r[1] == supplier for r in refused), rows
    assert quantity is None or any(r[5] == quantity for r in refused), rows


NOT_DECLINED = [
    "Karvell Marine asked a German maker for 12 Tarvo-3 engines; the maker declined to comment.",
    "Karvell Marine asked a German maker for 12 Tarvo-3 engines; the maker delivered them in May.",
    "Chad asked a Bulgarian firm for 3,000 Osk-4 rifles. The firm's shares declined in value.",
    "Kenya asked Poland for four Harrow-3 helicopters in May. Warsaw delivered them in June.",
]


@pytest.mark.parametrize("text", NOT_DECLINED)
def test_no_refusal_without_a_bare_refusal(extractor, text) -> None:  # noqa: ANN001
    assert not any(r[3] == "refused" for r in _rows(extractor, text))


def test_an_indefinite_firm_declining_its_own_order_refuses_no_earlier_request(extractor) -> None:  # noqa: ANN001
    text = ("In 2023 Helm Logistics Ltd sought to buy 200 Tarvo-3 sensors from Brixen Aero GmbH. Helm Logistics later "
            "turned to other suppliers after a Swiss engine manufacturer declined its 2021 order.")
    assert not any(r[3] == "refused" for r in _rows(extractor, text))


# A transfer told as its notification ("X notified the Sanctions Committee of the delivery of Z to Y"): X sends (words.toml
# [notified] verbs).
NOTIFIED = [
    ("Portugal notified the Sanctions Committee of the delivery of 300 Osk-4 pistols to the Malian police.", "PRT", "MLI", 300),
    ("The Panel notes that Norway notified the Sanctions Committee of the delivery of 40 Varn-8 missiles for the Kenyan navy "
     "in 2018.", "NOR", "KEN", 40),
    ("In 2017, Lisbon informed the Panel of the transfer of two Harrow-3 helicopters to Somalia's air force.", "PRT",
     "SOM", 2),
    ("Poland also notified the Sanctions Committee of the export of 1,200 Osk-4 rifles to Chad.", "POL", "TCD", 1200),
    ("According to the report, the Czech Republic notified the Sanctions Committee of the delivery of twelve Delmar-2 patrol "
     "boats to Liberia.", "CZE", "LBR", 12),
    ("Ukraine has notified the Sanctions Committee of the delivery of 6 Korsak-5 trainers to the Sudanese air force.", "UKR",
     "SDN", 6),
    ("Spain informed the Group of the sale of 20 Tarvo-3 armoured vehicles to the Ivorian army, which it notified "
     "in advance.", "ESP", "CIV", 20),
    ("Norway notified the Sanctions Committee of the delivery of 300 Osk-4 pistols and ammunition for the Malian police.", "NOR",
     "MLI", 300),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "quantity"), NOTIFIED)
def test_the_notifying_state_sends(extractor, text, supplier, recipient, quantity) -> None:  # noqa: ANN001
    rows = [r for r in _rows(extractor, text) if r[2] == recipient]
    assert rows, _rows(extractor, text)
    assert any(r[1] == supplier and r[5] == quantity for r in rows), rows


NOT_NOTIFIED = [
    "The Panel informed the Sanctions Committee of the delivery of 300 Osk-4 pistols to the Malian police.",
    "Portugal notified the Committee of the seizure of 300 Osk-4 pistols bound for the Malian police.",
]


@pytest.mark.parametrize("text", NOT_NOTIFIED)
def test_no_notifier_as_sender_without_a_notifying_state(extractor, text) -> None:  # noqa: ANN001
    assert not any(r[1] == "PRT" and r[3] == "delivered" for r in _rows(extractor, text))
    assert not any(r[0] and "panel" in r[0].lower() for r in _rows(extractor, text))


def test_unnamed_designated_suppliers_borrow_no_party_from_the_context(extractor) -> None:  # noqa: ANN001
    text = ("The Treasury designated two entities and three individuals for their roles in supplying the Venezuelan "
            "military with aircraft, munitions and spare parts.\n\nThe Department of State noted that Venezuela has "
            "requested 12 Korsak-5 aircraft from Belarus.")
    rows = _rows(extractor, "Sanctions notice\n\n" + text)
    assert any(r[1] == "BLR" and r[3] == "requested" for r in rows), rows
    assert not any(r[3] == "delivered" for r in rows), rows
