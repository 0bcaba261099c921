"""Session 33, helper `counts`: a generic noun with the model set after it between commas
(`mentions/apposed_models.py`): "the army's main battle tank, the T-72, was bought from Russia" tells the T-72, not
"main battle tank"; the parser may hang the model as an apposition or as a conjunct with no coordinating word.
The other way round, a generic set after a named system with the clause of the transfer on it ("the Mi-17, a
transport helicopter that Russia sold to Ghana") stands for the named system (`named_antecedent`).
Negatives: a list after the generic ("the jets, the F-16s and the Gripens"), a generic with its own count ("12 jets,
the F-16s"), and a model that is no transfer's item give no such reading."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

import pytest

from materiel.extraction.mentions.apposed_models import apposed_model, named_antecedent
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.pipeline import get_extractor


@lru_cache(maxsize=1)
def _ex() -> Any:
    return get_extractor()


def _rows(text: str) -> list[tuple[str | None, str | None, str, int | None]]:
    return [(getattr(t.supplier, "name", None), getattr(t.recipient, "name", None), t.item.text, t.quantity)
            for t in _ex().extract_text(text).transfers]


@pytest.mark.parametrize("text, supplier, model, generic", [
    ("Peru fields a mixed fleet. The army's main battle tank, the T-72, was bought from Russia in 1995.",
     "Russia", "T-72", "main battle tank"),
    ("Colombia's air force said its helicopters, the Mi-17s, were delivered by Russia in 2012.",
     "Russia", "Mi-17s", "helicopters"),
    ("Bolivia's army said its rifles, the AK-103s, were supplied by Russia last year.",
     "Russia", "AK-103s", "rifles"),
    ("Chile's navy is small. The jets at that base, the F-5s, we bought from the United States during 1976.",
     "United States", "F-5s", "jets"),
    ("Q: What did Chile buy? A: The helicopters on those corvettes, the Mi-17s, we bought from Russia in 2011.",
     "Russia", "Mi-17s", "helicopters"),
])
def test_the_apposed_model_is_the_item(text: str, supplier: str, model: str, generic: str) -> None:
    rows = _rows(text)
    assert any(s == supplier and item == model for s, _, item, _ in rows), rows
    assert not any(item == generic for _, _, item, _ in rows), rows


def test_a_list_after_the_generic_is_left_alone() -> None:
    doc = _ex().nlp("Denmark delivered the jets, the F-16s and the Gripens, to Argentina.")
    finder = ItemFinder(doc)
    jets = next(t for t in doc if t.text == "jets")
    assert apposed_model(jets, finder.in_designation) is None


def test_a_counted_generic_keeps_its_count() -> None:
    rows = _rows("Denmark delivered 12 jets, the F-16s, to Argentina.")
    assert ("Denmark", "Argentina", "jets", 12) in rows


def test_an_undetermined_model_is_no_apposition() -> None:
    doc = _ex().nlp("Guyana said the aircraft, serial 8R-ABC, was delivered by India.")
    finder = ItemFinder(doc)
    plane = next(t for t in doc if t.text == "aircraft")
    assert apposed_model(plane, finder.in_designation) is None


def test_no_transfer_no_row() -> None:
    assert _rows("Kenya's main tank, the T-72, is a Soviet design that was assembled at home.") == []


@pytest.mark.parametrize("text, supplier, model, generic", [
    ("Ghana still flies the Mi-17, a transport helicopter that Russia sold to Ghana in 2012.",
     "Russia", "Mi-17", "transport helicopter"),
    ("The air force relies on the K-8, a jet trainer which China delivered to Ghana in 2010.",
     "China", "K-8", "jet trainer"),
    ("Togo's army still uses the AK-103, an assault rifle that Russia supplied to Togo in 2015.",
     "Russia", "AK-103", "assault rifle"),
])
def test_a_generic_with_the_clause_stands_for_the_name(text: str, supplier: str, model: str, generic: str) -> None:
    rows = _rows(text)
    assert any(s == supplier and item == model for s, _, item, _ in rows), rows
    assert not any(item == generic for _, _, item, _ in rows), rows


def test_a_generic_with_no_clause_is_no_antecedent() -> None:
    doc = _ex().nlp("Ghana bought the Mi-17, a transport helicopter, from Russia in 2012.")
    finder = ItemFinder(doc)
    heli = next(t for t in doc if t.text == "helicopter")
    assert named_antecedent(heli, finder.in_designation) is None


def test_a_maker_clause_gives_no_row() -> None:
    assert _rows("The camera sits on the Bayraktar TB2, an armed drone built by Baykar.") == []
