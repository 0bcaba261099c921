"""Session 13 (lead): a licensing state granting or denying a permit that names the items and the buyer
("granted export licences for 250 carbines to Ghana", "issued a licence for the export of four sonars to
Chile", "denied export licences for 30 howitzers to Oman"), and generic military nouns the lexicon lacked
(helicopter carriers, riot-control goods, sonars, rangefinders, torpedo boats, multirole fighters, ...).

Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest


def _rows(extractor, text):  # noqa: ANN001, ANN202
    return extractor.extract_text(text, published="2024-03-01").transfers


def _keys(rows) -> set[tuple]:  # noqa: ANN001
    return {(t.supplier and t.supplier.id, t.recipient and t.recipient.id, t.stage) for t in rows}


PERMITS = [
    ("Ireland granted export licences for 250 carbines to Ghana.", ("IRL", "GHA", "offered"), "carbine"),
    ("Denmark issued a licence for the export of four sonars to Chile in 2019.", ("DNK", "CHL", "offered"), "sonar"),
    ("Finland granted licences for the sale of 12 mortars to Peru.", ("FIN", "PER", "offered"), "mortar"),
    ("Austria denied export licences for 30 howitzers to Oman.", ("AUT", "OMN", "refused"), "howitzer"),
    ("Norway denied a licence for the export of 40 armoured vehicles to Qatar.", ("NOR", "QAT", "refused"),
     "armoured"),
]


@pytest.mark.parametrize(("text", "key", "item"), PERMITS)
def test_a_permit_names_the_items_and_the_buyer(extractor, text, key, item) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert key in _keys(rows), [(t.supplier, t.recipient, t.stage, t.item.text) for t in rows]
    assert any(item in t.item.text.lower() for t in rows if (t.supplier.id, t.recipient.id, t.stage) == key)


NO_PERMIT_ROWS = [
    "The city council issued building permits for a new tank museum.",
    "Portugal granted asylum to 250 refugees from Ghana.",
    "The licences, issued in 2019, were published by the ministry in March.",
    "The ministry issued a statement on the export of rifles to Ghana.",
]


@pytest.mark.parametrize("text", NO_PERMIT_ROWS)
def test_no_permit_row_without_items_and_buyer(extractor, text) -> None:  # noqa: ANN001
    rows = [t for t in _rows(extractor, text) if t.stage == "offered"]
    assert rows == [], [(t.supplier, t.recipient, t.stage, t.item.text) for t in rows]


NOUNS = [("helicopter carrier", "ship"), ("tear gas", "equipment"), ("riot control equipment", "equipment"),
         ("sonars", "equipment"), ("laser rangefinders", "equipment"), ("rifle scopes", "equipment"),
         ("torpedo boats", "ship"), ("landing platform docks", "ship"), ("multirole fighters", "aircraft"),
         ("hovercraft", "ship"), ("minelayers", "ship"), ("aerial refuelling tankers", "aircraft")]


@pytest.mark.parametrize(("noun", "category"), NOUNS)
def test_generic_military_nouns_are_items(extractor, noun, category) -> None:  # noqa: ANN001
    rows = _rows(extractor, f"Spain sold two {noun} to Peru in 2015.")
    assert [(t.supplier.id, t.recipient.id, t.item.category) for t in rows] == [("ESP", "PER", category)]


def test_tear_gas_fired_at_protesters_is_no_transfer(extractor) -> None:  # noqa: ANN001
    assert _rows(extractor, "Police fired tear gas at protesters in the capital of Peru.") == []
