"""Session 36, helper `roles`: who supplies and who receives.

Patterns:
- Materiel placed by a relative clause is no body of the place's state (mentions/named_bodies.py): in "delivered
  9 of the 12 jets to be built in Tarnby for the Kestrel Air Force under the 2020 contract" the clause tells where
  the jets are made; the "for" party receives and the making town's state is no recipient. Negatives: a state's
  body so placed keeps the place's state ("the junta that Y installed in Z").
"""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.item.text)
            for t in get_extractor().extract_text(text).transfers]


@pytest.mark.parametrize("text, recipient, place", [
    ("Airbus Defence and Space has delivered 9 of the 12 A400M aircraft to be built in Seville for the Peruvian "
     "Air Force under the 2020 contract for 30 aircraft.", "Peru", "Spain"),
    ("Norvik Yards has handed over two of the four patrol boats that are being built in Lisbon for the Ghanaian "
     "Navy under the 2019 contract for six boats.", "Ghana", "Portugal"),
    ("Kestrel Aero has delivered three of the eight jet trainers which are being assembled in Lisbon for the "
     "Kenyan Air Force under the 2021 contract for twelve trainers.", "Kenya", "Portugal"),
])
def test_making_place_is_no_recipient(text: str, recipient: str, place: str) -> None:
    rows = _rows(text)
    assert rows
    assert all(r != place for _, r, _ in rows)
    assert any(r is not None and r.startswith(recipient) for _, r, _ in rows)
