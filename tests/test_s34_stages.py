"""Wrong stage (thirty-fourth session, helper stages).

Pattern 1, a settled sale that is delayed (`frames/held_sales.py`, `settled`): a sale or export that a verb of
delaying holds ("will postpone a planned sale of X to Y", "the export of the rifles was deferred") is put on hold,
refused. But a sale told as settled by a realised participle of approving, agreeing or signing ("a sale of X to
Y, approved in March, has been delayed", "the sale ... that was signed last year has been deferred") stands: it is
late, not refused. The participle must be realised: "to be approved next month", "not approved" leave the hold.

Sentences written for these tests (invented combinations of states, items and dates)."""
from __future__ import annotations

import pytest


def _rows(extractor, text):  # noqa: ANN001, ANN202
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.quantity) for t in extractor.extract_text(text).transfers]


SETTLED = [
    ("A French sale of Mistral missiles to Ghana, approved in March, has been delayed, officials said.",
     "FRA", "GHA"),
    ("A Swedish sale of Gripen jets to Bolivia, agreed in 2021, was postponed after the election.", "SWE", "BOL"),
    ("The sale of 40 Italian armoured vehicles to Oman that was signed last year has been deferred.",
     "ITA", "OMN"),
    ("The sale of Spanish patrol boats to Benin, cleared by the cabinet in May, has been delayed again.",
     "ESP", "BEN"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient"), SETTLED)
def test_a_settled_sale_that_is_delayed_is_not_refused(extractor, text, supplier,  # noqa: ANN001
                                                       recipient) -> None:  # noqa: ANN001
    rows = [r for r in _rows(extractor, text) if r[:2] == (supplier, recipient)]
    assert rows, rows
    assert all(r[2] != "refused" for r in rows), rows
    assert any(r[2] in ("offered", "ordered") for r in rows), rows


HELD = [
    ("The sale of Norwegian rifles to Zambia was delayed by the government.", "NOR", "ZMB"),
    ("A German sale of frigates to Peru, not yet approved by parliament, has been delayed.", "DEU", "PER"),
    ("The export of 30 Czech howitzers to Togo was deferred last week.", "CZE", "TGO"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient"), HELD)
def test_a_sale_delayed_without_a_settling_participle_stays_on_hold(extractor, text, supplier,  # noqa: ANN001
                                                                    recipient) -> None:  # noqa: ANN001
    rows = [r for r in _rows(extractor, text) if r[:2] == (supplier, recipient)]
    assert any(r[2] == "refused" for r in rows), rows
