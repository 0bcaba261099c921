"""Gold rows with no row near them (thirty-sixth session, helper none):

- a firm announcing its customer's order ("X announced that Y had signed a contract for A", "X said on Tuesday
  that Y had ordered A"): the buyer's order names no seller, and the firm that tells it, the subject of the
  reporting verb whose complement is the order, sells (`announced_sellers.py`), also when another firm is named in
  the sentence (a rival bidder, the maker of the types replaced) so that no single firm leads the text;
- no seller from a teller that is no firm of a state (a news agency), from a firm of the buyer's own state, for a
  negated order, or for a wish to buy rather than an order.

Sentences written for these tests (invented deals between real states and firms; not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, object]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text("Report\n\n" + text).transfers]


ANNOUNCED = [
    ("Leonardo announced that Ecuador had signed a deal for six trainer aircraft to replace the navy's ageing "
     "Cessna planes.", "Italy", "Ecuador", "trainer aircraft", 6),
    ("Rheinmetall said on Tuesday that Hungary had ordered 40 armoured vehicles to replace its Embraer trucks.",
     "Germany", "Hungary", "armoured vehicles", 40),
    ("Embraer announced that Portugal had signed a contract for five transport aircraft, ahead of a rival bid from "
     "Airbus.", "Brazil", "Portugal", "transport aircraft", 5),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item", "quantity"), ANNOUNCED)
def test_firm_announcing_an_order_sells(extractor, text: str, supplier: str, recipient: str, item: str,
                                        quantity: int) -> None:
    rows = _rows(extractor, text)
    assert any(s == supplier and r is not None and recipient in r and item in it and q == quantity and
               st == "ordered" for s, r, st, it, q in rows), rows


NOT_ANNOUNCED = [
    "Reuters reported that Peru had signed a contract for 12 helicopters to replace its Embraer jets.",
    "Embraer said Brazil had ordered ten trainers to replace its old Lockheed jets.",
    "Saab said Thailand had not ordered any jets to replace its Embraer trainers.",
    "Lockheed Martin said Poland wants to buy 32 fighters to replace its Embraer jets.",
]


@pytest.mark.parametrize("text", NOT_ANNOUNCED)
def test_no_seller_from_a_teller_that_sells_nothing_here(extractor, text: str) -> None:
    rows = _rows(extractor, text)
    assert not any(st == "ordered" and s is not None for s, _, st, _, _ in rows), rows
