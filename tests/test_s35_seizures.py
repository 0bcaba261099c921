"""Patterns of the thirty-fifth session's helper `seizures` (seized loads whose supplier the text does not name).

- A seizure restated by a free relative in an "in" phrase of the seizing clause: "a cutter stopped a dhow carrying
  rifles, in what officials said was a consignment meant for Y", "seized 30 pistols, in what police called a shipment
  destined for Y", "in what the ministry described as a load bound for Y". The load noun the free relative is said
  to be, with its destination, is the seized load itself: the seized rows take Y as recipient and stand with no
  supplier (restated_loads.py); the seizer is no supplier.
- The counted items then found hidden in that load ("Sailors found nine carbines ... hidden under sacks of flour")
  take the load's destination, with no supplier (seized_inventory._found_hidden, found_cargo.discovered: the
  destination is the rows' own, so the row is kept though no supplier and no seizer is named).
- Negatives: a free relative naming no load with a destination ("in what officials said was a routine patrol"),
  a finding with no destination told at all, and a delivery (no seizure) stay without such rows.

Sentences written for these tests (not taken from any article); the positives failed before the change."""
from __future__ import annotations

import pytest


def _rows(extractor, text: str) -> list[tuple[str | None, str | None, str, str, object]]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.stage,
             t.item.text.lower(), t.quantity) for t in extractor.extract_text(text).transfers]


RESTATED = [
    ("Border guards stopped a lorry carrying machine guns near the river crossing, in what the ministry described "
     "as a consignment bound for the Black Wolf militia.", "black wolf", "machine guns"),
    ("Police stopped a van carrying rifles near the border on Friday, in what officials believe was a delivery "
     "meant for the Blue Scorpions gang.", "blue scorpions", "rifles"),
    ("Customs officers seized 30 pistols at the port of Vell, in what police called a shipment destined for the Sun "
     "Cartel.", "sun cartel", "pistols"),
]


@pytest.mark.parametrize(("text", "group", "word"), RESTATED)
def test_free_relative_load_gives_the_seized_rows_its_destination(extractor, text, group, word) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s is None and r and group in r.lower() and st == "intercepted" and word in item
               for s, r, st, item, _ in rows), rows


FOUND = [
    ("A Ruritanian coast guard cutter intercepted a fishing boat carrying assault rifles and ammunition near Port "
     "Vell on Sunday, in what officers said was a consignment bound for the Red Hand Brigade. Sailors found nine "
     "carbines, three grenade launchers and 2,000 rounds hidden beneath sacks of flour.",
     "red hand", [("carbines", 9), ("grenade launchers", 3), ("rounds", 2000)]),
    ("A Ruritanian frigate boarded a dhow carrying mortar rounds off the coast, in what the admiral said was a cargo "
     "intended for the Green Lions front. Marines discovered 40 mortar bombs, six machine guns and 900 rounds of "
     "ammunition hidden beneath bags of cement.", "green lions", [("mortar bombs", 40), ("machine guns", 6)]),
]


@pytest.mark.parametrize(("text", "group", "found"), FOUND)
def test_items_found_hidden_take_the_loads_destination(extractor, text, group, found) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    for word, count in found:
        assert any(s is None and r and group in r.lower() and st == "intercepted" and word in item and q == count
                   for s, r, st, item, q in rows), (word, rows)


NEGATIVE = [
    "The navy intercepted a boat carrying rifles near Port Vell, in what officials said was a routine patrol.",
    "Sailors found nine carbines hidden under sacks of flour.",
    "Coast guards stopped a trawler off Vell and found 14 pistols hidden in a fish hold, in what was their third "
    "search this month.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_destination_no_seized_row(extractor, text) -> None:  # noqa: ANN001
    assert not [r for r in _rows(extractor, text) if r[2] == "intercepted"], _rows(extractor, text)


def test_delivery_keeps_its_parties(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Solvania received 40 rifles from Ruritania on Monday, in what officials said was a "
                            "shipment meant for its army.")
    assert not any(st == "intercepted" for _, _, st, _, _ in rows), rows
