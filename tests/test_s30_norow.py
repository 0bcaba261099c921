"""Deals made out "to" a buyer (thirtieth session, helper norow): the signer of a deal whose "to" phrase names the
buyer sells (`frames/signed_exports.py`), also when the item follows "including" (`included_deals.py`). (The
helper's reader of seizures with a fronted place phrase was withdrawn: it broke older tests' seized inventories.)

Sentences written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, int | None]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.item.text,
             t.stage, t.quantity) for t in extractor.extract_text(text).transfers]


# A deal made out "to" a buyer: the signer sells (frames/signed_exports.py), also when the deal's item follows
# "including" (extraction/included_deals.py).
SIGNED_TO = [
    ("Poland signed a contract for 40 armoured vehicles to Chile.", "Poland", "Chile", "armoured vehicles"),
    ("Poland has signed an export deal for patrol boats to Peru.", "Poland", "Peru", "patrol boats"),
    ("Poland won a contract for 40 armoured vehicles to Chile last year.", "Poland", "Chile", "armoured vehicles"),
    ("Chile's state shipyard has signed several export deals this year, including for patrol boats to Peru and "
     "Ecuador.", "Chile", "Ecuador", "patrol boats"),
    ("Poland signed three contracts in 2023, including one for 40 armoured vehicles to Chile.", "Poland", "Chile",
     "armoured vehicles"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), SIGNED_TO)
def test_signer_of_a_deal_to_a_buyer_sells(extractor, text: str, supplier: str, recipient: str, item: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s and supplier in s and r and recipient in r and item in it and st == "ordered"
               for s, r, it, st, _q in rows), rows


SIGNED_NOT_SOLD = [
    # the buyer's own force after "to": the signer buys
    ("Egypt signed a deal for 30 armoured vehicles to its army.", "Egypt"),
    # a seller named with "with": the signer buys
    ("Chile signed a contract with Poland for 40 armoured vehicles.", "Chile"),
    # "including" with no deal item
    ("Chile has signed several contracts this year, including for the maintenance of its ships.", "Chile"),
]


@pytest.mark.parametrize(("text", "signer"), SIGNED_NOT_SOLD)
def test_signer_not_made_a_seller(extractor, text: str, signer: str) -> None:  # noqa: ANN001
    assert not [r for r in _rows(extractor, text) if r[0] is not None and signer in r[0]]
