"""Session 29b, helper "headlines": a headline's bare infinitive ("Varnia to supply Kelland with X") that the
parser hangs (relcl, acl, xcomp) on the line's first name, even when it tags that name a common noun. The name is
the infinitive's subject and the step is announced, not done (offered for a supplier's verb). Invented models."""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor

BATTERY = [  # (headline, supplier, recipient, quantity)
    ("Bangladesh to supply Kenya with two Talvik-3 jets", "BGD", "KEN", 2),
    ("Senegal to supply Chile with two Ostrava-9 air-defence systems", "SEN", "CHL", 2),
    ("Senegal to supply Ghana with four Brenmoor-2 helicopters", "SEN", "GHA", 4),
    ("Zambia to supply Malawi with eight armoured vehicles", "ZMB", "MWI", 8),
    ("Bangladesh to provide Nepal with 20 howitzers", "BGD", "NPL", 20),
    ("Bangladesh to send six Talvik-3 jets to Oman", "BGD", "OMN", 6),
    ("Ghana to supply Zambia with six Ostrava-9 radars", "GHA", "ZMB", 6),
    ("Nairobi to supply Kampala with four patrol boats, ministry says", "KEN", "UGA", 4),
    ("Bulgaria to gift 24 armoured vehicles to Moldova", "BGR", "MDA", 24),
]


def rows(text: str) -> list:  # type: ignore[type-arg]
    return list(get_extractor().extract_text(text).transfers)


@pytest.mark.parametrize(("text", "sup", "rec", "n"), BATTERY)
def test_headline_infinitive_is_an_announced_step_of_its_first_name(text: str, sup: str, rec: str, n: int) -> None:
    got = rows(text)
    assert any(x.supplier is not None and x.supplier.country == sup and x.recipient is not None
               and x.recipient.country == rec and x.stage == "offered" and x.quantity == n for x in got), got
    assert not any(x.stage == "delivered" for x in got)


def test_headline_and_body_telling_the_same_supply_give_one_row() -> None:
    got = rows("Senegal to supply Mali with two Ostrava-9 air-defence systems\n"
               "Dakar will deliver the two systems by 2027, the ministry said.")
    assert len(got) == 1
    x = got[0]
    assert (x.supplier.country if x.supplier else None, x.recipient.country if x.recipient else None) == ("SEN", "MLI")
    assert x.stage == "offered" and x.quantity == 2


@pytest.mark.parametrize("text", [
    "Senegal to host joint drills with Ghana",
    "Bangladesh to build two Talvik-3 jets at home",
    "Kenya to host joint drills with Uganda",
    "Peru to build 12 Talvik-3 howitzers at home",
])
def test_headline_infinitive_without_a_transfer_gives_no_row(text: str) -> None:
    assert rows(text) == []
