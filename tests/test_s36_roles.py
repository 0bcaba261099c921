"""Session 36, helper `roles`: who supplies and who receives.

Patterns:
- Materiel placed by a relative clause is no body of the place's state (mentions/named_bodies.py): in "delivered
  9 of the 12 jets to be built in Tarnby for the Kestrel Air Force under the 2020 contract" the clause tells where
  the jets are made; the "for" party receives and the making town's state is no recipient. Negatives: a state's
  body so placed keeps the place's state ("the junta that Y installed in Z").
- The "with" party of a verb of agreeing with an infinitive (frames/agreed_with.py): "Ruritania agreed with
  Borduvia's Kestrel Yards to buy four corvettes" (Borduvia sells), "Kestrel Systems agreed with Peru to sell
  boats" (Peru buys). Negatives: a partner on the same side ("agreed with Chile to jointly buy"), a lender ("agreed
  with the IMF to buy"), a seller the frame names itself ("... to buy boats from Spain") and a "with" party of a
  verb that is not one of agreeing ("met with Italy to buy").
"""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.item.text)
            for t in get_extractor().extract_text(text).transfers]


@pytest.mark.parametrize("text, recipient, place", [
    ("Halvard Aerospace has delivered 7 of the 10 A400M aircraft to be built in Madrid for the Peruvian "
     "Air Force under the 2020 contract for 30 aircraft.", "Peru", "Spain"),
    ("Norvik Yards has handed over two of the four patrol boats that are being built in Lisbon for the Ghanaian "
     "Navy under the 2019 contract for six boats.", "Ghana", "Portugal"),
    ("Kestrel Aero has delivered three of the eight jet trainers which are being assembled in Lisbon for the "
     "Kenyan Air Force under the 2022 contract for twelve trainers.", "Kenya", "Portugal"),
])
def test_making_place_is_no_recipient(text: str, recipient: str, place: str) -> None:
    rows = _rows(text)
    assert rows
    assert all(r != place for _, r, _ in rows)
    assert any(r is not None and r.startswith(recipient) for _, r, _ in rows)


@pytest.mark.parametrize("text, supplier, recipient", [
    ("In 2012 Peru agreed with Italy's Corvara to buy four patrol boats.", "Italy", "Peru"),
    ("Romania agreed with Germany's Kestrel Werft to buy three corvettes.", "Germany", "Romania"),
    ("Chile agreed with Spain to buy two frigates for its navy.", "Spain", "Chile"),
    ("Last year Ghana agreed with Corvara Shipyards to purchase six patrol craft.", "Corvara Shipyards", "Ghana"),
    ("Kestrel Systems agreed with Peru to sell four patrol boats.", "Kestrel Systems", "Peru"),
])
def test_agreed_with_party_is_other_side(text: str, supplier: str, recipient: str) -> None:
    rows = _rows(text)
    assert rows
    assert all(s == supplier and r == recipient for s, r, _ in rows)


@pytest.mark.parametrize("text, absent", [
    ("Peru agreed with Chile to jointly buy four patrol boats.", "Chile"),
    ("Peru agreed with the IMF to buy four patrol boats.", "IMF"),
    ("Peru agreed with Italy to buy four patrol boats from Spain.", "Italy"),
    ("Peru met with Italy to buy four patrol boats.", "Italy"),
])
def test_agreed_with_party_not_taken(text: str, absent: str) -> None:
    assert all(s != absent for s, _, _ in _rows(text))
