"""Patterns of the thirty-first session's helper `suppliers` (the supplier of a row).

- A yard told by the state it is of ("delivered by the German yard", "from a Dutch dockyard") is a firm of that
  state, as "the German shipyard" already was: "yard", "yards", "dockyard", "dockyards" join the nouns that stand
  for their state's group (cues.toml [actors] `agent_nouns`), so the row's supplier is that state, not a firm
  named sentences before.
- Not so: a yard that is a place ("rusting in the yard").

Sentences written for these tests (not taken from any article); the positives failed before the change."""
from __future__ import annotations

import pytest

YARDS = [
    ("BAE Systems refitted the old frigates. Four patrol boats were delivered to Ghana by the German yard in 2012.",
     "DEU", "GHA", "patrol boats"),
    ("Ghana received two corvettes from a Dutch yard in 2010, officials said.", "NLD", "GHA", "corvettes"),
    ("Peru bought three landing ships from a Spanish dockyard last year.", "ESP", "PER", "landing ships"),
    ("Navantia had built the hulls. Two offshore patrol vessels were handed over to Kenya by the Italian yards "
     "in March.", "ITA", "KEN", "patrol vessels"),
]


def _rows(extractor, text: str) -> list[tuple[str | None, str | None, str]]:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.item.text)
            for t in extractor.extract_text(text, published="2024-06-01").transfers]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), YARDS)
def test_yard_of_a_state_is_its_supplier(extractor, text, supplier, recipient, item):
    rows = [r for r in _rows(extractor, text) if item in r[2]]
    assert rows and all(r[0] == supplier for r in rows), rows


@pytest.mark.parametrize("text", [
    "The navy's old frigates are rusting in the yard near the port, officials said.",
    "Workers at the yard in Gdansk went on strike on Monday over pay.",
])
def test_yard_as_place_gives_no_row(extractor, text):
    assert _rows(extractor, text) == []
