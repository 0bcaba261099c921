"""Session 35 (round 2), contenders: rival offers in a procurement contest.

Pattern 1 (frames/bidder_items.py): an offer that names no offerer but whose goods carry a firm's name, as a
compound or a possessor before the item's head ("a competing offer of the <Firm> <Model>", "a competition in which
<Firm>'s <Model> was also offered", "an offer of the <Firm> <Model> Block 70"): the firm bids, so it (and its state)
supplies the offered row. Only offers are read so, and only companies; a negated offer gives no row."""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> set[tuple[str, str, str]]:
    out = set()
    for t in get_extractor().extract_text(text).transfers:
        d = t.model_dump()
        out.add(((d.get("supplier") or {}).get("name", ""), (d.get("recipient") or {}).get("name", ""), d["stage"]))
    return out


@pytest.mark.parametrize("text,supplier,recipient", [
    ("Chile needs a new fighter. KAI has offered the FA-50, while a rival offer of the Saab Gripen C is still "
     "open.", "Sweden", "Chile"),
    ("Chile picked the Naval Strike Missile. The decision closes a contest in which Boeing's Harpoon missile was "
     "also offered.", "United States", "Chile"),
    ("Chile needs a new fighter. An offer of the Lockheed Martin F-16 Block 70 came last month.",
     "United States", "Chile"),
])
def test_firm_named_on_offered_goods_bids(text: str, supplier: str, recipient: str) -> None:
    assert (supplier, recipient, "offered") in _rows(text)


@pytest.mark.parametrize("text", [
    "Chile needs a new fighter. No offer of the Saab Gripen C has been made.",
    "Chile needs a new fighter. Chile has not been offered the Saab Gripen C.",
])
def test_no_offer_no_row(text: str) -> None:
    assert not any(stage == "offered" for _, _, stage in _rows(text))


def test_state_offering_firm_goods_keeps_its_own_supplier() -> None:
    rows = _rows("Chile needs a new fighter. Peru has offered its Saab Gripen C jets to Chile.")
    assert ("Peru", "Chile", "offered") in rows
    assert ("Sweden", "Chile", "offered") not in rows
