"""Session 35, helper `counts`: quantities.

1. Units a system is fielded in (words.toml [count_words] system_units: "battery", "batteries") count that system
   one each when their "of" object is one system named in the singular: "eight batteries of the X missile system",
   "three batteries of the Zorro" (`mentions/count_words.group_count`). Negatives: the plural of what a battery holds
   ("two batteries of anti-aircraft missiles") and a bare mass noun ("a battery of artillery") keep no count, and a
   battery of a formation ("batteries of the regiment") gives no row.
2. A verb coordinated with a relative's verb, with no subject of its own, shares the relative's part "N of which":
   "the X trainer, eight of which were overhauled and shipped to Y" ships eight (`frames/relative_parts.
   shared_part_count`). Negatives: a relative with no part ("which were refurbished and delivered"), a vague part
   ("some of which") and a coordinated clause with a subject of its own keep no count.
"""
from __future__ import annotations

import pytest

from _helpers import named_rows

_rows = named_rows


@pytest.mark.parametrize("text, word, qty", [
    ("Chile ordered four batteries of the Aspide air defence system from Italy.", "aspide", 4),
    ("Peru's army signed a contract with Spain's Indra for six batteries of the Halcon II air defence system.",
     "halcon", 6),
    ("Italy will deliver three batteries of the Aspide to Chile next year.", "aspide", 3),
    ("Vietnam took delivery of two batteries of the Russian S-300 missile system from Russia in 2005.", "s-300", 2),
    ("Norway has sold Estonia five batteries of the NASAMS air defence system, the ministry said.", "nasams", 5),
])
def test_batteries_count_one_system(text: str, word: str, qty: int) -> None:
    rows = [r for r in _rows(text) if word in r[2].lower()]
    assert rows and all(r[4] == qty for r in rows), _rows(text)


@pytest.mark.parametrize("text, word", [
    ("Poland agreed to sell Peru two batteries of anti-aircraft missiles, the ministry said.", "missiles"),
    ("Kenya has received a battery of artillery from Egypt.", "artillery"),
    ("Ghana took delivery of three batteries of Ostrava-9 missiles from Norway in May.", "ostrava"),
])
def test_batteries_of_plural_keep_no_count(text: str, word: str) -> None:
    rows = [r for r in _rows(text) if word in r[2].lower()]
    assert rows and all(r[4] is None for r in rows), _rows(text)


@pytest.mark.parametrize("text", [
    "Two batteries of the regiment fired on positions near the border on Sunday.",
    "Three batteries of the artillery brigade took part in the parade in Lima.",
])
def test_batteries_of_formation_give_no_row(text: str) -> None:
    assert not _rows(text)


@pytest.mark.parametrize("text, word, qty", [
    ("Embraer builds the Tucano trainer, eight of which were overhauled and shipped to Peru in 2019.", "tucano", 8),
    ("Poland makes the Rosomak armoured vehicle, 30 of which were upgraded and sent to Slovakia last year.",
     "rosomak", 30),
    ("Italy is the maker of the Aspide missile, 40 of which were tested and supplied to Chile in 2018.", "aspide", 40),
    ("Embraer builds the Tucano trainer, eight of which were refurbished and delivered to Peru in 2019.", "tucano", 8),
])
def test_coordinated_verb_shares_part(text: str, word: str, qty: int) -> None:
    rows = [r for r in _rows(text) if word in r[2].lower() and r[3] == "delivered"]
    assert rows and all(r[4] == qty for r in rows), _rows(text)


@pytest.mark.parametrize("text", [
    "Embraer builds the Tucano trainers, which were refurbished and delivered to Peru in 2019.",
    "Embraer builds the Tucano trainer, some of which were refurbished and delivered to Peru in 2019.",
    "Embraer builds the Tucano trainer, eight of which were refurbished, and Brazil delivered the aircraft to Peru "
    "in 2019.",
])
def test_no_shared_part(text: str) -> None:
    rows = [r for r in _rows(text) if r[3] == "delivered"]
    assert rows and all(r[4] is None for r in rows), _rows(text)
