"""Session 34, helper `counts`: a count standing for items of an earlier sentence ("The first 120 of them arrived",
"The first two arrived") takes the items named before it, never a materiel word inside a firm's name set after them
("... made by Sahel Rifle Industries", "... from Kessel Rifle of Hamburg": a capitalised word after a name's word,
tagged or not): `antecedents.firm_word`.
Negatives: a materiel word that is no part of a name ("aircraft", "rifles") and a designated model written with its
maker ("Zlin Z-242 trainers") and a capitalised noun with no name before it ("ordered two Aircraft") stay antecedents."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

import pytest

from materiel.extraction.antecedents import firm_word
from materiel.extraction.pipeline import get_extractor


@lru_cache(maxsize=1)
def _ex() -> Any:
    return get_extractor()


def _rows(text: str) -> list[tuple[str | None, str | None, str, str, int | None]]:
    return [(getattr(t.supplier, "name", None), getattr(t.recipient, "name", None), t.item.text, t.stage, t.quantity)
            for t in _ex().extract_text(text).transfers]


@pytest.mark.parametrize("text, item, qty", [
    ("Mali ordered 300 carbines made by Sahel Rifle Industries last year. The first 120 of them arrived in Bamako "
     "in June.", "carbines", 120),
    ("Togo bought 40 assault rifles from Kessel Weapon Industries in 2021. The first 15 of them arrived at Lome in "
     "March.", "assault rifles", 15),
    ("Laos ordered six transport helicopters from Brenner Helicopter Company in 2017. The first two arrived in "
     "Vientiane in May.", "transport helicopters", 2),
    ("Fiji bought 30 carbines from Kessel Rifle of Hamburg in 2019. The first 12 of them arrived in Suva in March.",
     "carbines", 12),
])
def test_count_skips_firm_word(text: str, item: str, qty: int) -> None:
    later = [r for r in _rows(text) if r[3] == "delivered" and r[4] == qty]
    assert later, _rows(text)
    assert all(item in r[2] for r in later), later
    assert not any(r[2].istitle() and len(r[2].split()) == 1 for r in _rows(text))


@pytest.mark.parametrize("text, expected", [
    ("Mali ordered 300 carbines made by Sahel Rifle Industries last year.", {"Rifle": True, "carbines": False}),
    ("Ghana bought eight Zlin Z-242 trainers and two aircraft from Moravan in 2020.",
     {"Zlin Z-242 trainers": False, "aircraft": False}),
    ("Peru received the rifles last year.", {"rifles": False}),
    ("Fiji bought 30 carbines from Kessel Rifle of Hamburg in 2019.", {"Rifle": True}),
    ("Tonga ordered two Aircraft from Italy last year.", {"Aircraft": False}),
])
def test_firm_word(text: str, expected: dict[str, bool]) -> None:
    doc = _ex().nlp(text)
    seen = {s.text: firm_word(s) for s in doc.spans.get("materiel", [])}
    for word, value in expected.items():
        assert seen.get(word) is value, seen


# A whole's noun with a bare number of its own ("a fleet of 24 that Y ordered", "a total of 20 that Y bought") stands
# for the system named before, like a batch noun (words.toml [items] sized_whole_nouns); with no number it is no item.
@pytest.mark.parametrize("text, qty", [
    ("Uruguay took delivery of its first three Bell 412 helicopters from the United States, the initial batch of a "
     "fleet of 10 that Montevideo ordered in 2022.", 10),
    ("Chile received three T-35 trainers from Spain in May, out of a total of 18 that Santiago bought in 2019.", 18),
    ("Oman received two Typhoon jets from Britain last week, part of a fleet of 12 ordered in 2012.", 12),
])
def test_sized_whole(text: str, qty: int) -> None:
    rows = _rows(text)
    assert any(r[4] == qty and r[3] in ("ordered", "delivered") for r in rows), rows
    assert not any(r[2] in ("fleet", "total", str(qty)) for r in rows), rows


@pytest.mark.parametrize("text", [
    "Chile plans to modernise its fleet. Peru sold its fleet to Chile in 2010.",
    "Chile received three T-35 trainers from Spain in May. The fleet was delivered by ship.",
])
def test_unsized_whole(text: str) -> None:
    rows = _rows(text)
    assert not any("fleet" in r[2].lower() for r in rows), rows
    assert len(rows) <= 1, rows


# A counted total broken down after a colon, whose first member carries a clause ("three A to be built in Z"): the
# members after it are the total's too (colon_members.py), not words of the clause or of the subject.
@pytest.mark.parametrize("text, items", [
    ("Ghana is buying 11 vessels from Spain: two Meteoro corvettes to be built in Vigo, seven patrol "
     "boats and two landing craft.", {"patrol boats": 7, "landing craft": 2}),
    ("Oman ordered 12 aircraft from Italy: four M-346 jets built in Venice, six C-27J Spartan transports and two "
     "AW139 helicopters.", {"M-346 jets": 4, "AW139 helicopters": 2}),
])
def test_colon_breakdown(text: str, items: dict[str, int]) -> None:
    rows = _rows(text)
    for item, qty in items.items():
        assert any(r[2] == item and r[4] == qty for r in rows), rows


@pytest.mark.parametrize("text", [
    "Ghana said one thing: its navy bought two corvettes built in Vigo, and the army needs seven trucks.",
    "Police seized two trucks on Monday: one held 40 rifles, the other 300 rounds.",
])
def test_colon_no_breakdown(text: str) -> None:
    doc = _ex().nlp(text)
    from materiel.extraction.colon_members import colon_total
    heads = {s.root.i for s in doc.spans.get("materiel", [])}
    colon = next(t.i for t in doc if t.text == ":")
    total = colon_total(doc, colon, heads)
    assert total is None or not any(c.dep_ == "appos" and c.i > colon for c in total.children)
