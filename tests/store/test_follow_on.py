"""Follow-on orders as deals of their own (issue 15): "12 more", "an additional 8", "a further 6", "a second
batch of 10" after a first order of the same system is its own SIPRI row, with its own number and year of order.
The articles are invented for these tests."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from test_deals import sipri_rows
from test_register import cli

from materiel.sources import publishers
from materiel.store.clusters import apart, cluster, is_follow_on
from materiel.store.consolidate import Mention


def m(i: int, day: str | None, stage: str = "ordered", quantity: float | None = None,
      qtext: str | None = None) -> Mention:
    d = date.fromisoformat(day) if day else None
    return Mention(id=i, document_id=f"d{i}", supplier_id="FRA", recipient_id="MAR", designation="Caesar",
                   category="howitzer", item_text="Caesar howitzers", quantity=quantity, stage=stage,
                   factuality="asserted", denied_by_id=None, start=None, end=None, published=d, publisher="A",
                   publisher_key=publishers.publisher_key("A"), evidence="...", confidence=0.9,
                   collection="default", quantity_text=qtext)


@pytest.mark.parametrize("text", ["12 more", "four more", "additional 8", "further 6", "second batch of 10",
                                  "6 extra", "new tranche of 40"])
def test_follow_on_counts(text: str) -> None:
    assert is_follow_on(text)


@pytest.mark.parametrize("text", [None, "12", "more than 30", "twelve", "a dozen", "up to 40"])
def test_other_counts_are_not_follow_on(text: str | None) -> None:
    assert not is_follow_on(text)


def test_a_follow_on_order_starts_a_record_of_its_own() -> None:
    first, more = m(1, "2021-02-01", quantity=24, qtext="24"), m(2, "2021-11-02", quantity=12, qtext="12 more")
    again = m(3, "2021-11-20", quantity=12, qtext="12 more")  # the same follow-on order, told again
    delivered = m(4, "2022-03-01", "delivered", quantity=12, qtext="12")
    groups = cluster([first, more, again, delivered])
    assert [[x.id for x in g] for g in groups] == [[1], [2, 3, 4]]
    assert not apart(m(5, "2021-03-01", quantity=24, qtext="24"), [first])  # not a follow-on: joins
    assert apart(more, [m(6, "2021-05-01", "delivered", quantity=3)])  # delivered before: an earlier deal
    assert not apart(more, [m(7, "2021-05-01", "offered", quantity=12)])  # the offer, now ordered


def test_undated_follow_on_orders_apart_too() -> None:
    groups = cluster([m(1, None, quantity=24, qtext="24"), m(2, None, quantity=30, qtext="30 more")])
    assert [[x.id for x in g] for g in groups] == [[1], [2]]


ARTICLES = [
    {"title": "Howitzers for Morocco", "source": "Gazette", "published": "2021-02-03",
     "text": "Morocco ordered 24 Caesar howitzers from France, the Moroccan army said on Wednesday."},
    {"title": "More howitzers", "source": "Courier", "published": "2021-11-10",
     "text": "Morocco has ordered 12 more Caesar howitzers from France, officials said on Tuesday."},
    {"title": "Drones", "source": "Courier", "published": "2023-01-10",
     "text": "Kenya received 6 Bayraktar TB2 drones from Turkey, the Kenyan air force said on Monday."},
    {"title": "Second batch", "source": "Gazette", "published": "2023-09-12",
     "text": "Kenya ordered a second batch of 10 Bayraktar TB2 drones from Turkey, officials said on Tuesday."},
]


def test_follow_on_orders_are_their_own_sipri_rows(db: str, tmp_path: Path) -> None:
    corpus = tmp_path / "orders.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    cli("add", "--db", db, "--quiet", str(corpus))
    rows = sipri_rows(db)
    caesar = sorted((r["Number ordered"], r["Year of order"]) for r in rows if r["Weapon designation"] == "CAESAR")
    assert caesar == [("12", "2021"), ("24", "2021")]  # nine months apart: one record before issue 15
    drones = [r for r in rows if r["Weapon designation"] == "Bayraktar TB2"]
    assert sorted((r["Number ordered"], r["Year of order"], r["Number delivered"]) for r in drones) == \
        [("", "", "6"), ("10", "2023", "")]


@pytest.mark.parametrize(("text", "quantity_text"), [
    ("Chile ordered an additional 12 Leopard 2 tanks from Germany.", "additional 12"),
    ("Peru bought a further 8 Gripen jets from Sweden.", "further 8"),
    ("Kenya ordered a second batch of 10 Bayraktar TB2 drones from Turkey.", "second batch of 10"),
    ("Ghana ordered 4 more Mi-17 helicopters from Russia.", "4 more"),
    ("Ghana ordered more than 30 Mi-17 helicopters from Russia.", "more than 30"),
])
def test_the_count_keeps_its_follow_on_words(text: str, quantity_text: str) -> None:
    from materiel import extract  # deferred: the parser loads only for this test

    (row,) = extract(text, published="2023-01-01").transfers
    assert row.quantity_text == quantity_text and is_follow_on(quantity_text) == ("than" not in quantity_text)
