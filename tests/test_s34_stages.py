"""Wrong stage (thirty-fourth session, helper stages).

Pattern 1, a settled sale that is delayed (`frames/held_sales.py`, `settled`): a sale or export that a verb of
delaying holds ("will postpone a planned sale of X to Y", "the export of the rifles was deferred") is put on hold,
refused. But a sale told as settled by a realised participle of approving, agreeing or signing ("a sale of X to
Y, approved in March, has been delayed", "the sale ... that was signed last year has been deferred") stands: it is
late, not refused. The participle must be realised: "to be approved next month", "not approved" leave the hold.

Pattern 1b, a settled plan (`frames/held_sales.py`, `settled_plan`): "a plan to buy 18 A, agreed in 2016, was
abandoned" tells an order, not a plan weighed, even where the parser takes "agreed" for the plan's own verb. A
plan with no such participle stays considered (or refused when abandoned).

Pattern 2, a refused request to buy (`refused_bids.py`): in "Z rejected X's request to buy 40 A" or "Y's
bid to acquire B was turned down by Z" the verb of buying under the request noun is read as refused; the request
stands too, as it does for "turned down X's request for A": a requested row beside the refused one. A plan or
claim refused ("rejected claims that X had a plan to buy A"), or a request approved, adds no requested row.

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


REFUSED_BIDS = [
    ("Washington rejected Hanoi's request to buy 40 F-15 jets.", "USA", "VNM", 40),
    ("Since 2019 the Senate has vetoed Cairo's requests to buy Chinook helicopters from the United States.",
     None, "EGY", None),
    ("Peru's request to acquire 12 Brazilian Super Tucano aircraft was turned down by Brasilia.", "BRA", "PER", 12),
    ("Berlin refused Riyadh's bid to buy 200 Leopard tanks.", "DEU", "SAU", 200),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "qty"), REFUSED_BIDS)
def test_a_refused_request_to_buy_is_requested_and_refused(extractor, text, supplier, recipient,  # noqa: ANN001
                                                           qty) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    for stage in ("refused", "requested"):
        assert any(r[1] == recipient and r[2] == stage and r[3] == qty and (supplier is None or r[0] == supplier)
                   for r in rows), (stage, rows)


NOT_REFUSED_BIDS = [
    "Washington rejected claims that Hanoi had a plan to buy Russian jets.",
    "Seoul approved Manila's request to buy 12 FA-50 jets.",
    "Canberra blocked the sale of 20 Bushmaster vehicles to Fiji.",
]


@pytest.mark.parametrize("text", NOT_REFUSED_BIDS)
def test_no_requested_row_without_a_refused_request(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not (any(r[2] == "requested" for r in rows) and any(r[2] == "refused" for r in rows)), rows


SETTLED_PLANS = [
    ("Malaysia's plan to buy 18 Russian Su-30 fighters, agreed in 2016, was abandoned in 2020.", "RUS", "MYS", 18),
    ("Chad's plan to buy ten Ukrainian BTR-4 vehicles, agreed in 2017, collapsed a year later.", "UKR", "TCD", 10),
    ("Bolivia's plan to buy eight Brazilian Super Tucano aircraft, agreed in 2019, was shelved after the vote.",
     "BRA", "BOL", 8),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "qty"), SETTLED_PLANS)
def test_a_plan_told_agreed_is_an_order(extractor, text, supplier, recipient, qty) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert (supplier, recipient, "ordered", qty) in rows, rows


PLANS = [
    ("Peru plans to buy 12 Korean FA-50 jets, officials agreed.", "considered"),
    ("Malaysia's plan to buy 18 Russian Su-30 fighters was abandoned in 2020.", "refused"),
]


@pytest.mark.parametrize(("text", "stage"), PLANS)
def test_a_plan_not_told_agreed_keeps_its_stage(extractor, text, stage) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert rows and all(r[2] == stage for r in rows), rows
