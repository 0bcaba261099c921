"""A passive pronoun delivery that completes an order keeps the order's seller (extraction/pronoun_items.py): a
third state told in a "because" clause of the same sentence is not the giver; a giver the passive names itself
("delivered by Y", "from Y") stays. Invented sentences."""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> set[tuple[str, str, str, str]]:
    out = set()
    for r in get_extractor().extract_text(text).transfers:
        out.add((r.supplier.name if r.supplier else "", r.recipient.name if r.recipient else "", r.stage,
                 r.factuality))
    return out


@pytest.mark.parametrize("text,seller,other", [
    ("Ecuador ordered 6 Karvell jets from Norway in 2015, but as of 2018 they had still not been delivered because "
     "Denmark had declined to license the export of spare engines.", "Norway", "Denmark"),
    ("Peru ordered four Zorvan patrol boats from Spain in 2015; by 2018 they had still not been delivered, as "
     "Portugal would not export the engines.", "Spain", "Portugal"),
])
def test_order_seller_kept(text: str, seller: str, other: str) -> None:
    rows = _rows(text)
    assert any(s == seller and st == "delivered" for s, _, st, _ in rows), rows
    assert not any(s == other and st == "delivered" for s, _, st, _ in rows), rows


@pytest.mark.parametrize("text,giver", [
    ("Peru ordered two Zorvan boats from Chile in 2012. They were delivered by Spain in 2015.", "Spain"),
    ("Bolivia ordered six Karvell radars from Norway in 2016. They were eventually supplied from Denmark.", "Denmark"),
])
def test_own_giver_kept(text: str, giver: str) -> None:
    rows = _rows(text)
    assert any(s == giver and st == "delivered" for s, _, st, _ in rows), rows
