"""Session 35, helper `makers`: the maker named inside an item's own phrase (item_makers.py).

Pattern: a row that names no supplier of its own borrows one told before in the sentence or the text (another
firm or state); when its item's phrase names a maker just before the designated model ("six Velmar K-12
trainers", "three Korvel KX-9 helicopters") and that maker is not the borrowed supplier (a firm whose
name does not hold the maker's name, or a state other than the maker's), the row takes the maker's state when it
is known (gazetteer firm, else the designation's origin), else the maker firm itself.

Negatives: a supplier the row's own frame names stays; an item told again ("the K-12s") or told as used keeps it; a borrowed state that is the maker's state stays; a borrowed
firm whose name holds the maker's name stays; a name of the system itself ("Sea" of "Sea Kestra") is no maker.
"""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.item.text)
            for t in get_extractor().extract_text(text).transfers]


def _supplier_of(text: str, word: str) -> list[str | None]:
    return [s for s, _, item in _rows(text) if word in item]


@pytest.mark.parametrize("text, word, supplier", [
    ("Angola ordered twenty trucks from Kamaz Works in 2012 and signed in 2015 for six Guizhou FTC-2000 trainers.",
     "FTC-2000", "China"),
    ("Twelve trucks were ordered by Gabon from Kamaz Works in 2010. Gabon then ordered three Harbin Z-9 "
     "helicopters for its police air wing.", "Z-9", "China"),
    ("Malawi bought thirty armoured trucks from Tatrex Motors in 2013, and in 2015 it signed for four Velmar "
     "VK-12W jet trainers.", "VK-12W", "Velmar"),  # no state known for the model: the maker firm
])
def test_named_maker_replaces_borrowed_supplier(text: str, word: str, supplier: str) -> None:
    assert _supplier_of(text, word) and all(s == supplier for s in _supplier_of(text, word))


@pytest.mark.parametrize("text, word, supplier", [
    ("Pakistan sold Ghana three Guizhou FTC-2000 trainers last year.", "FTC-2000", "Pakistan"),  # the frame's own seller
    ("Russia delivered twelve tanks to Laos in 2018, and Laos ordered four Kamov Ka-52 helicopters in 2019.",
     "Ka-52", "Russia"),  # a borrowed state that is the maker's
    ("Angola ordered trucks from Kamaz Works, and in 2016 signed for two Kamaz FTC-2000 trainers.",
     "FTC-2000", "Kamaz Works"),  # the borrowed firm is the maker
    ("Gabon bought trucks from Kamaz Works in 2010, and in 2012 it bought two second-hand Harbin Z-9 "
     "helicopters.", "Z-9", "Kamaz Works"),  # a used system: a holder sells what another made
])
def test_own_or_matching_supplier_stays(text: str, word: str, supplier: str) -> None:
    assert _supplier_of(text, word) and all(s == supplier for s in _supplier_of(text, word))


def test_item_told_again_keeps_its_supplier() -> None:
    text = ("Angola ordered six Guizhou FTC-2000 trainers from Kamaz Works in 2015. The Guizhou FTC-2000 trainers "
            "arrived in 2017.")
    assert _supplier_of(text, "FTC-2000") and all(s == "Kamaz Works" for s in _supplier_of(text, "FTC-2000"))
