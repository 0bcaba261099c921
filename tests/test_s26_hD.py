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


BODIES = ("treasury", "office of foreign assets control", "ofac", "european union", "united kingdom",
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
