"""Patterns of the thirty-first session's helper `items` (an item dropped or given to the wrong party).

- A permit's coordinated "for" phrases ("refused permits for A, and for B", "withheld licences for A and for B"):
  the second phrase's items are the permit's too (frames/permits.py `_pobjs` reads a preposition's conjuncts;
  joined_preps.py makes the second "for" a conjunct of the first when the parser hangs it on a later verb and the
  first sits on the verb's object).
- Each coordinated "for" phrase with its own party ("for A ordered by X, and for B destined for Y"): the items of a
  phrase go to the party told inside it (joined_permits.py; words.toml [joined_permits]).
- Not so: one party after all the phrases ("licences for A and for B to Y") serves both; a single "for" phrase
  gains no items; a "for" phrase naming a party, not materiel, gives no item.
- Gunpowder and propellant powder are ammunition (materiel.csv): "withheld permits for gunpowder ... to Y".

Sentences written for these tests (not taken from any article); the positives failed before the change."""
from __future__ import annotations

import pytest

from _helpers import country_rows, has_country_row

JOINED = [
    ("The Slovak licensing board refused permits for 105 mm shells, and for 81 mm mortar bombs and hand "
     "grenades destined for Oman.", "SVK", "OMN", "refused", ["mortar bombs", "hand grenades"]),
    ("Denmark refused export licences to Egypt for sniper rifles and for night-vision goggles.",
     "DNK", "EGY", "refused", ["sniper rifles", "night-vision goggles"]),
    ("Norway granted licences for radars and for patrol boats to Ghana last year.",
     "NOR", "GHA", "offered", ["radars", "patrol boats"]),
    ("Belgium withheld permits for gunpowder and for artillery fuzes to Chad in March.",
     "BEL", "TCD", "refused", ["gunpowder", "fuzes"]),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "words"), JOINED)
def test_second_for_phrase_keeps_its_items(extractor, text, sup, rec, stage, words):
    rows = country_rows(extractor, text)
    for w in words:
        assert has_country_row(rows, sup, rec, stage, w), (w, rows)


PAIRED = [
    ("The Austrian board withheld licences for rifles ordered by Kenya and for mortar bombs destined for Uganda.",
     "AUT", [("rifles", "KEN"), ("mortar bombs", "UGA")]),
    ("According to papers tabled in parliament, the Slovak board withheld permits for 105 mm shells and fuzes "
     "ordered by Qatar, and for 60 mm mortar bombs and 30 mm rounds destined for Oman.",
     "SVK", [("105 mm shells", "QAT"), ("fuzes", "QAT"), ("60 mm mortar bombs", "OMN"), ("30 mm rounds", "OMN")]),
    ("The Slovak licensing board refused permits for 105 mm shells ordered by Qatar, and for 81 mm mortar bombs "
     "destined for Oman.", "SVK", [("105 mm shells", "QAT"), ("mortar bombs", "OMN")]),
]


@pytest.mark.parametrize(("text", "sup", "pairs"), PAIRED)
def test_each_for_phrase_goes_to_its_own_party(extractor, text, sup, pairs):
    rows = [r for r in country_rows(extractor, text) if r[2] == "refused"]
    for word, rec in pairs:
        assert has_country_row(rows, sup, rec, "refused", word), (word, rows)
        others = {r[1] for r in rows if word in r[3]}
        assert others == {rec}, (word, rows)


def test_single_for_phrase_gains_nothing(extractor):
    rows = country_rows(extractor, "Finland refused licences for 40 sniper rifles to Kenya and approved two "
                                   "for helmets.")
    assert not any(r[2] == "refused" and "helmet" in r[3] for r in rows), rows


def test_for_phrase_naming_a_party_is_no_item(extractor):
    rows = country_rows(extractor, "Sweden refused licences for rifles for Kenya and for Uganda last year.")
    assert not any("Kenya" in r[3] or "Uganda" in r[3] for r in rows), rows


def test_trailing_party_serves_every_phrase(extractor):
    rows = country_rows(extractor, "Norway granted licences for radars and for patrol boats to Ghana last year.")
    assert {r[1] for r in rows if r[2] == "offered"} == {"GHA"}, rows

