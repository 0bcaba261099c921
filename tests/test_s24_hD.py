"""Counts told apart from the item (twenty-fourth session, helper hD):

- a count told again in words of its own after an item told with none: the next sentences of the paragraph count
  the item's head noun as what a load holds ("The licence covers six radars"), what there was ("There were six
  radars in all") or what was moved with no party of its own ("Some 130 trucks were shipped"), or the item's
  own sentence counts it in units ("a total of 14 units", "(eight units)") (`extraction/restated_counts.py`,
  words.toml [restated_counts]);
- "the first 12 X-4 howitzers" parsed with the number on the model's name: the ordinal alone is no count, the
  number is (`mentions/count_words.bare_number`).

Sentences written for these tests (invented firms, places and models; not taken from any article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows


def _has(rows, sup: str, rec: str, stage: str, word: str, quantity: int | None) -> bool:  # noqa: ANN001
    return any(s == sup and r == rec and st == stage and word in item and q == quantity
               for s, r, st, item, q in rows)


RESTATED = [
    ("Sweden sold Ostrava-9 radars to Poland. There were six radars in all.", "SWE", "POL", "delivered", "Ostrava", 6),
    ("Sweden's government said it had approved the export of Ostrava-9 radars to Poland. The licence covers six "
     "radars.", "SWE", "POL", "offered", "Ostrava", 6),
    ("Norway delivered Karv armoured vehicles to Peru last year. Some 130 vehicles were shipped in 2020 alone.",
     "NOR", "PER", "delivered", "Karv", 130),
    ("In March, Chile took delivery of Brenn-4 trucks from Spain. The consignment included 45 trucks, the ministry "
     "said.", "ESP", "CHL", "delivered", "Brenn", 45),
    ("Brenn-4 trucks were delivered to Chile by Spain in March. The shipment consisted of forty trucks.",
     "ESP", "CHL", "delivered", "Brenn", 40),
    ("Finland has supplied Tallo rifles to Estonia, the defence ministry in Helsinki said. The batch comprised "
     "2,000 rifles, it added.", "FIN", "EST", "delivered", "Tallo", 2000),
    ("Warsaw has ordered Ostrava-9 radars from Sweden. The contract covers six radars, according to officials.",
     "SWE", "POL", "ordered", "Ostrava", 6),
    ("Italy sent Kestrel patrol boats to Ghana in May. The delivery, officials said, included four boats.",
     "ITA", "GHA", "delivered", "Kestrel", 4),
    ("Madrid exported Brenn-4 trucks to Morocco in 2019. The cargo numbered 60 trucks. It also included spare parts.",
     "ESP", "MAR", "delivered", "Brenn", 60),
]

UNITS = [
    ("Peru received the Ostrava-9 radars from Norway, a total of 14 units.", "NOR", "PER", "delivered", "Ostrava", 14),
    ("Norway will supply Peru with Ostrava-9 radars (eight units) under the deal.", "NOR", "PER", "offered",
     "Ostrava", 8),
    ("Madrid has sent Brenn-4 trucks to Morocco, 30 units in total.", "ESP", "MAR", "delivered", "Brenn", 30),
    ("Japan received Valo drones from Israel, a total of nine systems, the defence ministry said.",
     "ISR", "JPN", "delivered", "Valo", 9),
    ("In 2019, Chile ordered Tarn-4 howitzers from Spain, a total of 12 units.", "ESP", "CHL", "ordered", "Tarn", 12),
    ("Ostrava-9 radars were delivered to Peru by Norway in May, a total of six units.", "NOR", "PER", "delivered",
     "Ostrava", 6),
    ("Ghana has bought Kestrel patrol boats from Italy (four units), the navy said.", "ITA", "GHA", "delivered",
     "Kestrel", 4),
    ("The Finnish defence ministry said it had delivered Tallo rifles to Estonia, a total of 500 units.",
     "FIN", "EST", "delivered", "Tallo", 500),
]

ORDINAL = [
    ("Peru has received the first 12 Tarn-4 howitzers from Spain.", "ESP", "PER", "delivered", "Tarn", 12),
    ("The first 12 Tarn-4 howitzers were delivered to Peru by Spain in May.", "ESP", "PER", "delivered", "Tarn", 12),
    ("Peru has received the first 11 Tarn-4 howitzers it bought from Spain.", "ESP", "PER", "delivered", "Tarn", 11),
    ("In May, Spain handed over the first 20 Brenn-4 trucks to the Chilean army.", "ESP", "CHL", "delivered",
     "Brenn", 20),
    ("Norway's defence ministry reported that it had shipped the last 8 Karv-5 patrol boats to Ghana.", "NOR", "GHA",
     "delivered", "Karv", 8),
    ("Poland has reportedly received the initial 4 Ostrava-9 radars from Sweden.", "SWE", "POL", "delivered",
     "Ostrava", 4),
    ("Estonia received the first 300 Tallo-2 rifles and the first 10 Brenn-4 trucks from Finland.", "FIN", "EST",
     "delivered", "Brenn", 10),
    ("Spain delivered the first 12 M-40 howitzers to Peru, the ministry in Madrid said.", "ESP", "PER", "delivered",
     "M-40", 12),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "quantity"), RESTATED + UNITS + ORDINAL)
def test_a_count_told_apart_from_the_item_counts_it(extractor, text, sup, rec, stage, word, quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, stage, word, quantity), rows


def test_the_restated_count_is_one_row_not_two(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "In March, Chile took delivery of Brenn-4 trucks from Spain. The consignment included "
                            "45 trucks, the ministry said.")
    assert len(rows) == 1, rows


NOT_THE_COUNT = [
    "Norway delivered Karv armoured vehicles to Peru last year. Another 20 vehicles were shipped to Chile.",
    "Norway delivered Karv armoured vehicles to Peru last year. The first 20 vehicles were shipped in May.",
    "Norway delivered Karv armoured vehicles to Peru last year. No vehicles were shipped in 2020.",
    "Norway delivered Karv armoured vehicles to Peru last year. There were 40 vehicles at the parade in Lima.",
    "Peru ordered Karv armoured vehicles from Norway. Some 30 vehicles were shipped in 2021.",
    "Sweden sold Ostrava-9 radars to Poland. The licence covers six radars and two more radars.",
    "Norway delivered Karv armoured vehicles to Peru last year. Some 130 vehicles were delivered by Germany.",
    "Peru received the Ostrava-9 radars from Norway in 2019, a year of 12 units.",
    "Sweden sold Ostrava-9 radars to Poland. Germany's licence covers six radars.",
    "Sweden sold Ostrava-9 radars to Poland. The licence does not cover six radars.",
    "Peru has received the first Tarn-4 howitzers from Spain.",
    "Peru received the first Tarn-4 howitzers from Spain in 2019.",
]


@pytest.mark.parametrize("text", NOT_THE_COUNT)
def test_a_count_of_another_batch_or_none_leaves_the_row_uncounted(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    first = [r for r in rows if r[2] in ("delivered", "ordered") and r[1] in ("PER", "POL")]
    assert first and all(q is None for s, r, st, item, q in first if s in ("NOR", "SWE", "ESP")), rows
