"""Session 35 (round 2), discourse: parties carried from one sentence to a row of a later one.

Pattern 1 (other_makes.py, hooked in discourse.fill_from_context): a row with a designated item and no supplier
of its own borrows the supplier of an earlier row to the same recipient, unless that supplier is a firm of no known
state told for a system made in another state than the row's ("ordered 16 J-7 fighters from Shenyang Aero Works.
In 2015 Nepal ordered two AW139 helicopters": the AW139's maker, Italy, not the Chinese firm). The same item
again, or a supplier whose state is known (discourse._made_elsewhere), keeps the existing readings."""
from __future__ import annotations

import pytest

from materiel.extraction.other_makes import other_make
from materiel.extraction.pipeline import get_extractor


def _parties(text: str, item_word: str) -> set[tuple[str, str]]:
    out = set()
    for t in get_extractor().extract_text(text).transfers:
        d = t.model_dump()
        if item_word.lower() in str(d.get("item") or "").lower():
            out.add(((d.get("supplier") or {}).get("name", ""), (d.get("recipient") or {}).get("name", "")))
    return out


@pytest.mark.parametrize("text,item_word,supplier,recipient", [
    ("Nepal ordered 16 J-7 fighters from Shenyang Aero Works in 2010. In 2015 Nepal ordered two AW139 helicopters.",
     "AW139", "Italy", "Nepal"),
    ("Kenya received six Z-9 helicopters from Harbin Aircraft Group in 2014. Kenya also ordered three UH-60 Black "
     "Hawk helicopters in 2016.", "UH-60", "United States", "Kenya"),
    ("Bolivia took delivery of four K-8 trainers from Nanchang Works last spring. Bolivia has since bought two "
     "AW139 helicopters for rescue work.", "AW139", "Italy", "Bolivia"),
])
def test_firm_of_another_make_lends_no_supplier(text: str, item_word: str, supplier: str, recipient: str) -> None:
    assert (supplier, recipient) in _parties(text, item_word)


@pytest.mark.parametrize("text,item_word,supplier,recipient", [
    # the same system again keeps the firm told for it
    ("Nepal ordered 16 J-7 fighters from Velmora Aero Works in 2010. In 2015 Nepal ordered four more J-7 fighters.",
     "J-7", "Velmora Aero Works", "Nepal"),
    # a state that sells another state's system keeps its sale of it
    ("Nepal bought 16 J-7 fighters from Pakistan in 2010. Nepal later bought four more J-7 fighters.",
     "J-7", "Pakistan", "Nepal"),
])
def test_same_make_still_lends(text: str, item_word: str, supplier: str, recipient: str) -> None:
    assert (supplier, recipient) in _parties(text, item_word)


def test_other_make_rule() -> None:
    assert other_make("AW139", "K-8", None)
    assert not other_make("AW139", "AW139", None)  # the same system
    assert not other_make("AW139", "K-8", "ITA")  # the supplier's state makes the row's item
    assert not other_make(None, "K-8", None)  # no designation: nothing to compare
    assert not other_make("AW139", None, None)


def test_unknown_donor_make() -> None:
    assert other_make("AW139", "Unlisted-7", None)  # the firm was told for an item of unknown make
    assert not other_make("Unlisted-7", "AW139", None)  # the row's own maker is unknown: nothing to prefer
    assert not other_make("AW139", "Unlisted-7", "CHN")  # a known state: discourse._made_elsewhere decides
