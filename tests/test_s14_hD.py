"""Rows that are no arms transfer (session 14, helper hD): ships built for shipping lines, water bombers and pickup
trucks (civil goods by name), a firm's helicopters for its trade, a civil type whose only military word is in a coordinated clause, and aircraft or ships
lent for a civil task (carrying voting materials, evacuating citizens). Their military counterparts stay. Every text is
written for these tests."""
from __future__ import annotations

import pytest

from materiel.extraction import civil

Row = tuple[str | None, str | None, str, int | None, str]

LEAD = ("Business and politics in brief\n\nThe ministry said on Monday that its annual report would be published "
        "next month.\n\n")


def _rows(extractor, text: str) -> set[Row]:  # noqa: ANN001
    """(supplier, recipient, designation or item text, quantity, stage) of each row, parties as states or ids."""
    rows = extractor.extract_text(LEAD + text, published="2024-03-01").transfers
    return {(t.supplier.country or t.supplier.id if t.supplier else None,
             t.recipient.country or t.recipient.id if t.recipient else None,
             t.item.designation or t.item.text, t.quantity, t.stage) for t in rows}


CIVIL = [
    # generic ships from a yard to a shipping line: no state, no military party or word
    "Meyer Werft delivered two ships to Viking Line in March.",
    # a state's vessels for a shipping firm: a civil operator as the recipient
    "China delivered two vessels to the Greek shipping firm Aegean Lines.",
    # civil goods by name, whatever military word the sentence holds
    "Portugal ordered six CL-415 water bombers from Canada; air force pilots will fly the aircraft.",
    "Zambia received 60 pick-up trucks from Japan, officials said after a meeting with army chiefs.",
    # support lent for a civil task
    "Chile provided two helicopters and a naval transport ship to Guyana to carry voting materials to remote "
    "villages.",
    "Malawi sent two C-295 aircraft to Zambia to evacuate its citizens.",
    # a firm's helicopters for its trade: a designated type, a civil purpose, no state buyer
    "Offshore operator Bristow ordered ten AW189 helicopters from Italy for its oil and gas flights.",
]


@pytest.mark.parametrize("text", CIVIL)
def test_no_arms_transfer_gives_no_row(extractor, text):
    assert not _rows(extractor, text)


def test_a_military_word_in_a_coordinated_clause_leaves_a_civil_type_civil(extractor):
    got = _rows(extractor, "Mongolia bought two ATR 72 aircraft from France, and the interior ministry received "
                           "trucks for the border troops.")
    assert not any("aircraft" in i.lower() or "ATR" in i for _, _, i, _, _ in got), got
    assert any(i == "trucks" for _, _, i, _, _ in got)  # the trucks for the troops stay


KEPT = [
    # a military buyer of ships, a state buyer of vessels, a military buyer of pickups
    ("Meyer Werft delivered two ships to the Indonesian navy in March.", "IDN", "ships"),
    ("Meyer Werft delivered two vessels to Peru.", "PER", "vessels"),
    ("The United States gave 50 pickup trucks to the Nepalese army.", "NPL", "pickup"),
    ("Sikorsky sold ten Black Hawk helicopters to the Chilean army for medical evacuation.", "CHL", "black hawk"),
    # a military purpose, a donation for good, military evacuees
    ("Chile provided two helicopters to Ecuador to fight the rebels.", "ECU", "helicopters"),
    ("Chile donated two helicopters to Ecuador for disaster relief.", "ECU", "helicopters"),
    ("Russia sent two Il-76 aircraft to Syria to evacuate wounded soldiers.", "SYR", "il-76"),
    # a military word in the civil type's own clause
    ("Mongolia bought two ATR 72 aircraft from France for its army, and the ministry received trucks.", "MNG",
     "aircraft"),
]


@pytest.mark.parametrize(("text", "recipient", "item"), KEPT)
def test_military_counterparts_stay(extractor, text, recipient, item):
    got = _rows(extractor, text)
    assert any(r == recipient and item in i.lower() for _, r, i, _, _ in got), got


def test_ferries_and_locomotives_are_civil_items():
    assert civil.civil_item("two cruise ferries") is not None
    assert civil.civil_item("40 locomotives") is not None
    assert civil.civil_item("two patrol vessels") is None
