"""Patterns of the thirty-first session's helper `gaps` (gapped and elliptical coordination giving only the first row).

- A count, then a past participle, after an indirect object ("sold X two refurbished A jets"): the small model reads
  the count as the participle's subject and the item as its object, and the row was lost; dative_counts.py
  `_participle_item` makes the item the verb's object again and the participle its modifier.
- A gapped second pair whose count carries a hedge ("and Y about 40 trucks", "and Y at least 300 grenades"): the
  hedge no longer hides the gap (frames/actor_gaps.py `_after_qualifier`, words.toml [quantities] qualifiers).
- An echo of the act before with another subject ("as did Y", "and so did Y", "Y did too", "Y did the same",
  "Y has done so as well", "as have Y and Z"): each row of the echoed verb once more, the echo's subject in the
  place of that verb's subject (echoed_acts.py, words.toml [echoes]).
- A gapped pair after a verb with no indirect object ("Kenya received six A from X and Uganda four", "and Uganda
  an undisclosed number"): the pair's party takes the subject's place, not a second giver's; a vague count gives
  no count (frames/gapped_pairs.py, words.toml [gapped_pair_words] vague_counts).
- Not so: "as it did in 2022" (the same party), "neither did Y" / "did not" (no echo of the act), "as did the
  reporters" (no party), "as Y did with submarines" (an act of its own).

Sentences written for these tests (not taken from any article); most positives failed before the change."""
from __future__ import annotations

import pytest

from _helpers import country_rows, has_country_row

PARTICIPLES = [
    ("Ghana sold Liberia two refurbished Mi-17 transport helicopters last year.", "GHA", "LBR", "helicopters", 2),
    ("Spain gave Morocco six upgraded M60 tanks in 2019.", "ESP", "MAR", "tanks", 6),
    ("Italy sold Tunisia four second-hand patrol boats and eight used armoured vehicles.", "ITA", "TUN", "patrol boats",
     4),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), PARTICIPLES)
def test_participle_after_dative_count_keeps_the_row(extractor, text, sup, rec, word, qty) -> None:  # noqa: ANN001
    assert has_country_row(country_rows(extractor, text), sup, rec, "delivered", word, qty)


HEDGED = [
    ("Canada sold Peru 20 armoured vehicles, and Chile about 40 trucks.", "CAN", "CHL", "trucks", 40),
    ("Brazil sold Bolivia two helicopters and Paraguay at least 300 hand grenades.", "BRA", "PRY", "grenades", 300),
    ("Turkey sold Indonesia ten trainer jets and Malaysia more than 30 howitzers.", "TUR", "MYS", "howitzers", 30),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), HEDGED)
def test_hedged_count_in_a_gapped_pair_is_the_second_partys(extractor, text, sup, rec, word, qty) -> None:  # noqa: ANN001
    rows = country_rows(extractor, text)
    assert has_country_row(rows, sup, rec, "delivered", word, qty)
    first = rows[0][1]
    assert not any(r == first and word in item for _, r, _, item, _ in rows)


def test_hedged_count_with_no_second_party_stays_the_first_partys(extractor) -> None:  # noqa: ANN001
    rows = country_rows(extractor, "Canada sold Peru 20 tanks and more than 40 trucks.")
    assert has_country_row(rows, "CAN", "PER", "delivered", "trucks", 40)


ECHOES = [
    ("Egypt bought 40 main battle tanks from Russia, as did Algeria.", "RUS", "DZA", "tanks"),
    ("Germany delivered 12 howitzers to Ukraine, and so did Poland.", "POL", "UKR", "howitzers"),
    ("Denmark supplied Estonia with anti-tank missiles. Finland did too.", "FIN", "EST", "missiles"),
    ("Norway sent patrol boats to Ghana last year and Sweden did the same in March.", "SWE", "GHA", "patrol boats"),
    ("Austria has sent armoured vehicles to Kenya, and the Netherlands has done so as well.", "NLD", "KEN",
     "armoured vehicles"),
    ("Portugal sent rifles to Angola, as have Spain and Italy.", "ITA", "AGO", "rifles"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), ECHOES)
def test_echo_repeats_the_act_with_its_subject(extractor, text, sup, rec, word) -> None:  # noqa: ANN001
    rows = country_rows(extractor, text)
    assert has_country_row(rows, sup, rec, "delivered", word)
    assert all(q is None for s, r, _, _, q in rows if s == sup and r == rec)  # the count is the first party's


NOT_ECHOES = [
    "Germany sent tanks to Ukraine, as it did in 2022.",
    "Germany did not send tanks to Ukraine, and neither did France.",
    "Germany sent tanks to Ukraine, as did the reporters who covered the war.",
    "France sold jets to India, as Germany did with submarines.",
]


@pytest.mark.parametrize("text", NOT_ECHOES)
def test_no_echo_row(extractor, text) -> None:  # noqa: ANN001
    rows = country_rows(extractor, text)
    assert not any(s in ("FRA", "DEU") and r not in ("UKR", "IND") for s, r, *_ in rows)
    assert len({s for s, *_ in rows}) <= 1


SUBJECT_PAIRS = [
    ("Kenya received six attack helicopters from France and Uganda four.", "FRA", "UGA", "helicopters", 4),
    ("Ghana has received at least eight drones from Turkey, and Togo an undisclosed number.", "TUR", "TGO", "drones",
     None),
    ("Peru bought 12 trainer jets from Italy and Ecuador a handful.", "ITA", "ECU", "jets", None),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), SUBJECT_PAIRS)
def test_gapped_pair_takes_the_subjects_place(extractor, text, sup, rec, word, qty) -> None:  # noqa: ANN001
    rows = country_rows(extractor, text)
    assert any(s == sup and r == rec and word in item and q == qty for s, r, _, item, q in rows)
    assert not any(r != rec and s == rec for s, r, *_ in rows)  # the second party is no giver


@pytest.mark.parametrize("text", [
    "Kenya received six helicopters from France in 2019 and 2020.",
    "Kenya bought six jets from France and some ammunition.",
])
def test_no_subject_pair(extractor, text) -> None:  # noqa: ANN001
    assert all(r == "KEN" for _, r, *_ in country_rows(extractor, text))
