"""Deal nouns with a count of their own that continue the transfer told just before (thirtieth session, helper
dealcount; `extraction/continued_deals.py`):

- a singular deal noun (a contract, an order, an agreement, at stage ordered) with no party in its phrase, whose
  own item carries a count (its "for" object, also when the parse hangs "for" on the verb that takes the noun, or
  the object of the verb the noun is the subject of: "a contract ... covers 100 tanks"), takes the parties of the
  nearest row of the same item told at most two sentences before it ("delivered 30 A tanks to Y. A contract
  signed in 2010 covers 100 tanks in total": X to Y, 100, ordered), or of the row told just after it when both
  rows name one designated system ("signed a contract for 14 A helicopters. The first three A helicopters that X
  delivered to Y arrived ...");
- the item agrees when both rows name one designation, or the noun's item names none and is of the same kind
  (category or head noun). A deal noun for another named system ("a contract for 12 B jets" after a row of A
  howitzers), for a different kind of item, or told too far away stands alone: no row;
- a superlative deal noun set equal to one counted item ("The biggest contract is for 180 A tanks") names that
  deal and keeps the parties told before; "One of the largest contracts was for 400 trucks" stays a ranking.

Sentences written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, int | float | None, str]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.id if t.supplier else None, t.recipient.id if t.recipient else None, t.quantity, t.stage)
            for t in extractor.extract_text(text).transfers]


@pytest.mark.parametrize("text, row", [
    ("Ukraine delivered 30 T-72 tanks to Kenya in March. A contract signed in 2010 covers 100 tanks in total.",
     ("UKR", "KEN", 100, "ordered")),
    ("Brazil sold four Super Tucano aircraft to Ghana in 2015. A 2013 order covers six aircraft in all.",
     ("BRA", "GHA", 6, "ordered")),
    ("Turkey handed over 12 Kirpi vehicles to Tunisia. An earlier contract covered 40 vehicles, the ministry said.",
     ("TUR", "TUN", 40, "ordered")),
    ("In 2001 the previous cabinet signed a contract for 14 NH90 helicopters. The first three NH90 helicopters that "
     "France delivered to Norway arrived in 2011.", ("FRA", "NOR", 14, "ordered")),
    ("Egypt bought 48 Zorak-9 howitzers from South Korea in August. The biggest contract is for 150 Zorak-2 tanks.",
     ("KOR", "EGY", 150, "ordered")),
])
def test_continued_deal_takes_parties(extractor, text: str, row: Row) -> None:  # noqa: ANN001
    assert row in _rows(extractor, text)


@pytest.mark.parametrize("text, qty", [
    ("France delivered 20 Caesar howitzers to Ukraine. A contract for 12 Rafale jets was signed in 2021.", 12),
    ("Russia delivered 10 Su-30 jets to Algeria. Separately, a contract for 14 helicopters is under discussion.", 14),
    ("Russia delivered 10 Su-30 jets to Algeria in May. The weather was poor. Nobody spoke. Later, a contract for "
     "14 jets was reported.", 14),
    ("Rheinmetall sold trucks to Austria. One of the largest contracts was for 400 trucks.", 400),
])
def test_deal_of_its_own_stands_alone(extractor, text: str, qty: int) -> None:  # noqa: ANN001
    assert all(q != qty for _s, _r, q, _st in _rows(extractor, text))
