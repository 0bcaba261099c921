"""A lender is never a party of a transfer row (`extraction/not_counted.py`, words.toml [not_counted] lender_heads):
an organisation whose name ends in a lender's head noun ("... Bank", "... Fund") finances; it neither sells nor
receives arms. A state it finances keeps its row, and a place whose name ends in "Bank" is still a place.

Sentences written for these tests (invented lenders, firms and models)."""
from __future__ import annotations

import pytest

from materiel.extraction import not_counted


def _names(extractor, body: str) -> list[tuple[str | None, str | None, str]]:  # noqa: ANN001
    text = f"Regional arms notes\n\n{body}\n"
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.stage)
            for t in extractor.extract_text(text).transfers]


def test_the_head_nouns_are_data() -> None:
    assert {"bank", "fund"} <= not_counted.LENDERS


LENDERS = [
    "The Meridian Reconstruction Bank delivered 30 armoured vans to Togo in March.",
    "The Caspian Stabilisation Fund handed over 12 Karvell patrol boats to Benin.",
    "Twenty Tarnby-3 trucks were supplied to Gabon by the Northern Investment Bank.",
]


@pytest.mark.parametrize("body", LENDERS)
def test_a_lender_is_no_party(extractor, body: str) -> None:  # noqa: ANN001
    for sup, rec, _stage in _names(extractor, body):
        for name in (sup or "", rec or ""):
            assert not name.lower().endswith(("bank", "fund")), (sup, rec)


KEPT = [  # a financed state and a place named "... Bank" keep their rows
    ("Norway, with a loan from the Meridian Reconstruction Bank, delivered four Karvell patrol boats to Ghana.",
     "Norway", "Ghana"),
    ("Iran shipped 200 rifles to the West Bank, the report said.", "Iran", "Palestine"),
]


@pytest.mark.parametrize(("body", "sup", "rec"), KEPT)
def test_a_financed_state_and_a_place_keep_their_row(extractor, body: str, sup: str, rec: str) -> None:  # noqa: ANN001
    assert any(s == sup and r == rec for s, r, _st in _names(extractor, body)), _names(extractor, body)
