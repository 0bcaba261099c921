"""Session 36, helper `counts`: quantities of partial deliveries.

1. A sale or purchase told done, counted, whose items have a smaller part told arrived after it, in a clause or a
   sentence of its own ("sold Y eight X; six of them have been handed over", "bought twelve X. Four have arrived so
   far"), is the order of the whole; the part is the delivery (`partial_arrivals.py`). Negatives: the whole told
   delivered in full ("all of them were delivered"), the last part ("the last three of them arrived"), a part of
   another item, and a part told as more on order keep the sale delivered.
2. A whole told delivered with no count and a counted part told "of which" ("operates X bought from Y, the first
   two of which arrived in 2019") is delivered by the part's count (`relative_rows._count_whole`). Negatives: an
   ordinal part ("the first of which"), a counted whole ("bought nine X, the final five of which landed") and a
   vague part ("some of which") give the whole no new count.
3. A definite item with no count keeps the count told just before it though a part of its own mention is told after
   it ("sold the corvettes to Y; the first was handed over": `definite_counts._part_of_row`). Negative: a rival
   count of the same stage near it still leaves it uncounted.
4. A counted plural noun the tagger reads as a verb while the tree makes it a noun ("two of the three Casa C-212
   transports it bought": "transports" a verb with "two" its number) is a noun (`noun_slot_verbs.py`, the parse
   repair). Negatives: a verb with an object that is counted ("transports two shipments of grain") stays a verb
   and gives no row.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

import pytest

from _helpers import named_rows
from materiel.extraction.pipeline import get_extractor


@lru_cache(maxsize=1)
def _ex() -> Any:
    return get_extractor()


_rows = named_rows


def _of(text: str, word: str) -> list[tuple[str, int | float | None]]:
    return sorted((r[3], r[4]) for r in _rows(text) if word in r[2].lower() )


@pytest.mark.parametrize("text, word, whole, part", [
    ("Germany sold Chile eight Leopard 2 tanks in 2018; six of them have been handed over and the rest are due "
     "next year.", "leopard", 8, 6),
    ("Chile bought twelve Black Hawk helicopters from Poland last year. Four have arrived so far.",
     "black hawk", 12, 4),
    ("Moscow sold Lima four Su-35 fighters in 2015; three of them have arrived and the fourth is due in May.",
     "su-35", 4, 3),
    ("Paraguay bought ten Super Tucano jets from Brazil in 2021, and seven of them were delivered last year.", "super tucano", 10, 7),
])
def test_sale_with_part_arrived_is_the_order(text: str, word: str, whole: int, part: int) -> None:
    got = _of(text, word)
    assert ("ordered", whole) in got and ("delivered", part) in got and ("delivered", whole) not in got, _rows(text)


@pytest.mark.parametrize("text, word, whole", [
    ("Spain sold Peru four patrol boats in 2017, and all of them were delivered in 2019.", "boat", 4),
    ("France sold Uruguay nine Mistral launchers in 2016; the last three of them arrived in 2019.", "mistral", 9),
    ("Chile bought six Heron drones from Israel; two Pegasus radars also arrived from Spain.", "heron", 6),
])
def test_sale_told_in_full_stays_delivered(text: str, word: str, whole: int) -> None:
    got = _of(text, word)
    assert ("delivered", whole) in got and ("ordered", whole) not in got, _rows(text)


@pytest.mark.parametrize("text, word, qty", [
    ("Peru's navy operates Type 209 submarines bought from Germany, the first two of which reached Peru in 1980.", "type 209", 2),
    ("Chile's air force flies Gripen fighters bought from Sweden, the last six of which arrived in 2012.", "gripen", 6),
    ("Ghana's army uses Piranha vehicles bought from Switzerland, the first 20 of which arrived in 2004.", "piranha", 20),
])
def test_uncounted_whole_takes_the_part_count(text: str, word: str, qty: int) -> None:
    got = _of(text, word)
    assert got and all(s == "delivered" for s, _ in got) and ("delivered", qty) in got, _rows(text)


@pytest.mark.parametrize("text, word, qty", [
    ("Peru's navy operates Type 209 submarines bought from Germany, the first of which was delivered in 1980.", "type 209", None),
    ("Ghana's army uses Piranha vehicles bought from Switzerland, some of which arrived in 2004.", "piranha", None),
])
def test_vague_or_ordinal_part_gives_no_count(text: str, word: str, qty: int | None) -> None:
    got = _of(text, word)
    assert got and all(q == qty for _, q in got), _rows(text)


def test_counted_whole_keeps_its_count() -> None:
    text = "Chile's army flies nine Gripen fighters bought from Sweden, the last five of which were delivered in 2012."
    got = _of(text, "gripen")
    assert ("delivered", 4) not in got or ("delivered", 9) in got, _rows(text)


@pytest.mark.parametrize("text, word, whole", [
    ("Norway's Umoe is refitting three Skjold corvettes for the Chilean navy. Norway sold the corvettes to Chile in "
     "2022; the first was handed over at Mandal in May.", "corvette", 3),
    ("The Dutch yard Damen is modernising two Kortenaer frigates for the Greek navy. The Netherlands sold the "
     "frigates to Greece in 2021, and the first was delivered in Vlissingen in January.", "frigate", 2),
])
def test_definite_whole_keeps_the_count_told_before_its_part(text: str, word: str, whole: int) -> None:
    """A definite item with no count ("sold the corvettes to Y") takes the count of the item told just before
    ("three X corvettes") though a part of it is told delivered after it ("the first was handed over"): the part
    counts from the row's own mention and is no rival count (`definite_counts._part_of_row`); the sale is then
    the order (1.)."""
    got = _of(text, word)
    assert ("ordered", whole) in got and ("delivered", 1) in got, _rows(text)


def test_definite_whole_with_a_rival_count_takes_none() -> None:
    text = ("The Dutch yard Damen is modernising two Kortenaer frigates for the Greek navy. The Netherlands sold the "
            "frigates to Greece in 2021, and four frigates were delivered to Greece in 2022.")
    got = _of(text, "frigate")
    assert ("delivered", 2) not in got and ("ordered", 2) not in got, _rows(text)


@pytest.mark.parametrize("text, delivered, ordered", [
    ("Uruguay has received two of the three Casa C-212 transports it ordered.", 2, 3),
    ("Peru has received one of the two Casa C-212 transports it ordered.", 1, 2),
    ("Ghana has received two of the three Casa C-212 transports it ordered from Spain.", 2, 3),
])
def test_counted_noun_read_as_verb(text: str, delivered: int, ordered: int) -> None:
    got = _of(text, "c-212")
    assert ("delivered", delivered) in got and ("ordered", ordered) in got, _rows(text)


@pytest.mark.parametrize("text", [
    "The company transports two shipments of grain to Peru every week.",
    "A ferry transports 300 passengers between Chile and Peru each day.",
])
def test_verb_with_counted_object_stays_a_verb(text: str) -> None:
    doc = _ex().nlp(text)
    assert all(t.pos_ == "VERB" for t in doc if t.lower_ == "transports") and not _rows(text), _rows(text)
