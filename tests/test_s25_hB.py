"""Items and counts told by anaphora and partition (twenty-fifth session, helper hB):

- a definite whole counted after a named system ("Ruritania wanted KT-4 jets. It ordered 36 of the jets") takes the
  system's designation, and a craft noun that is also a word for combatants ("six of the fighters") names the
  system only so (`extraction/partitive_wholes.py`, words.toml `[partitive_wholes]`);
- a relative ", of which N had been delivered" that the parser hangs on the verb before it is a relative clause on
  the item before the comma, so the part is a delivery of its own (`extraction/which_wholes.py`);
- a follow-on count in words tagged as a noun ("and an additional twelve in 2021") is a count conjoined to the verb,
  an order of its own between the same parties (`extraction/follow_on_counts.py`);
- the last part of an order told in a sentence of its own ("... ordered 88 A. The last of them landed in May")
  completes the order: the delivery is of the whole count (`extraction/last_parts.py`).

Sentences written for these tests (invented models and combinations of states; not taken from any article)."""
from __future__ import annotations

import pytest

from _helpers import find


def _rows(extractor, text):  # noqa: ANN001, ANN202
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             f"{t.item.text} {t.item.designation or ''}", t.quantity) for t in extractor.extract_text(text).transfers]


def _has(rows, sup, rec, stage, word, quantity):  # noqa: ANN001, ANN202
    return any(s == sup and r == rec and st == stage and word.lower() in item.lower() and q == quantity
               for s, r, st, item, q in rows)


WHOLES = [
    ("Chad grew tired of waiting for Italian M-346 jets. N'Djamena ordered 18 of the fighters from Leonardo in "
     "2011.", "ITA", "TCD", "ordered", "M-346", 18),
    ("Chile had long wanted Swedish Gripen jets. In 2015 Santiago ordered 24 of the fighters from Saab.",
     "SWE", "CHL", "ordered", "Gripen", 24),
    ("Peru chose the Russian Vask-2 helicopter in 2012. Lima later ordered twelve of the helicopters from Russia.",
     "RUS", "PER", "ordered", "Vask-2", 12),
    ("Kenya has flown Brazilian Super Tucano aircraft since 2014. Nairobi bought six of the trainers from Embraer.",
     "BRA", "KEN", "delivered", "Super Tucano", 6),
    ("The KT-4 jet has been a success in Asia. Nepal ordered 66 of the jets from South Korea in 2019.",
     "KOR", "NPL", "ordered", "KT-4", 66),
    ("The KT-4 jet has been a success in Asia. Last year 66 of the jets were ordered by Nepal from South Korea.",
     "KOR", "NPL", "ordered", "KT-4", 66),
    ("Poland wants the Rafale. Warsaw is expected to buy 32 of the fighters from France.",
     "FRA", "POL", "ordered", "Rafale", 32),
    ("Oman became the Gripen's first export customer in 2015, signing for 18 of the Saab fighters.",
     "SWE", "OMN", "ordered", "Gripen", 18),
    ("Norway operates Vask-2 helicopters. Oslo sold four of the helicopters to Estonia.",
     "NOR", "EST", "delivered", "Vask-2", 4),
    ("The Gripen has found few buyers in Africa. Zambia bought 12 of the aircraft in 2019.",
     "SWE", "ZMB", "delivered", "Gripen", 12),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage", "word", "quantity"), WHOLES)
def test_a_definite_counted_whole_stands_for_the_system_named_before(extractor, text, supplier, recipient,  # noqa: ANN001
                                                                     stage, word, quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, supplier, recipient, stage, word, quantity), rows


NOT_CRAFT = [
    "Thirty of the fighters were killed in the Syrian F-16 strike.",
    "Jordan bought F-16s from the Netherlands. Thirty of the fighters who joined the rebels were trained in Jordan.",
    "The Rafale was praised by the 50 states of the coalition. France sold 36 of the 50 states arms.",
    "Jordan bought F-16s from the Netherlands in 2019. Ten of the fighters in the rebel group crossed into Iraq.",
]


@pytest.mark.parametrize("text", NOT_CRAFT)
def test_fighters_counted_without_an_aircraft_before_are_people(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(q in (30, 36, 10) for *_, q in rows), rows


def test_a_counted_whole_of_small_arms_keeps_its_own_words(extractor) -> None:  # noqa: ANN001
    report = extractor.extract_text("Bolivia makes the Zorvan-5 rifle. It bought 60,000 of the rifles from "
                                    "Serbia in 2006.")
    rows = find(report, "Serbia", "Bolivia", "rifles")
    assert rows and all(t.item.designation is None for t in rows), report.transfers


PARTS = [
    ("Tunisia received three KT-4 jets in 2021 and ordered M-346 trainers from Italy, of which eight had been "
     "delivered by 2023.", "ITA", "TUN", "M-346", 8),
    ("In 2019 Kenya signed for 40 Vask-2 helicopters from Brazil, of which 25 had been delivered by late "
     "2022.", "BRA", "KEN", "Vask-2", 25),
    ("Ghana ordered 12 Vask-2 helicopters from Brazil in 2019, of which eight have arrived.",
     "BRA", "GHA", "Vask-2", 8),
    ("Tanzania bought 14 KT-4 jets from South Korea, of which four were delivered last year.",
     "KOR", "TZA", "KT-4", 4),
    ("Zambia, which ordered 40 Vask-2 helicopters from Brazil in 2019, has received 25 of them.",
     "BRA", "ZMB", "Vask-2", 25),
    ("Of the 40 Vask-2 helicopters Zambia ordered from Brazil, 25 have been delivered.", "BRA", "ZMB", "Vask-2", 25),
    ("Brazil sold Ghana four Vask-2 helicopters in 2020, the first two of which were delivered in March.",
     "BRA", "GHA", "Vask-2", 2),
    ("Angola ordered Super Tucano aircraft from Brazil in 2018 and 2019, of which six have so far been "
     "delivered, the ministry said.", "BRA", "AGO", "Super Tucano", 6),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), PARTS)
def test_a_part_told_of_which_is_a_delivery_of_its_own(extractor, text, supplier, recipient, word,  # noqa: ANN001
                                                       quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, supplier, recipient, "delivered", word, quantity), rows


NOT_PARTS = [
    "Ghana received three KT-4 jets from South Korea in 2021 and ordered Zorbel trainers, of which twelve had been "
    "delivered by 2023.",
    "Kenya ordered 40 Vask-2 helicopters from Brazil for $90 million, of which $30 million has been paid.",
    "Kenya ordered 40 Vask-2 helicopters from Brazil, of which none has been delivered.",
    "Kenya ordered 40 Vask-2 helicopters from Brazil, of which ten percent have been delivered.",
]


@pytest.mark.parametrize("text", NOT_PARTS)
def test_a_relative_of_which_without_a_counted_part_gives_no_delivery(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(st == "delivered" and q not in (None, 0, 3) for _, _, st, _, q in rows), rows


FOLLOW_ONS = [
    ("Kenya ordered 40 Vask-2 helicopters from Brazil in 2018 and an additional twelve in 2021.",
     "BRA", "KEN", "ordered", 12),
    ("Kenya bought forty Vask-2 helicopters from Brazil in 2018, and a further twenty in 2021.",
     "BRA", "KEN", "delivered", 20),
    ("Brazil sold Kenya 40 Vask-2 helicopters in 2018 and another eight in 2021.", "BRA", "KEN", "delivered", 8),
    ("The Kenyan air force received six Vask-2 helicopters from Brazil in 2019 and two more in 2021.",
     "BRA", "KEN", "delivered", 2),
    ("In 2019 Zambia ordered 200 Tarrow-4 armoured vehicles from Estonia, and a further 300 in 2023.",
     "EST", "ZMB", "ordered", 300),
    ("Kenya ordered 40 Vask-2 helicopters from Brazil in 2018. A further 20 were ordered in 2021.",
     "BRA", "KEN", "ordered", 20),
    ("Kenya ordered 40 Vask-2 helicopters from Brazil in 2018. Nairobi signed for an additional 20 in 2021, the "
     "ministry said.", "BRA", "KEN", "ordered", 20),
    ("Kenya ordered 40 KT-4 jets from South Korea in 2018. The first eight of the jets arrived in 2020.",
     "KOR", "KEN", "delivered", 8),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage", "quantity"), FOLLOW_ONS)
def test_a_follow_on_count_is_a_transfer_of_the_same_item(extractor, text, supplier, recipient, stage,  # noqa: ANN001
                                                          quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    word = next(w for w in ("Vask-2", "Tarrow-4", "KT-4") if w in text)
    assert _has(rows, supplier, recipient, stage, word, quantity), rows


NOT_FOLLOW_ONS = [
    "Kenya ordered 40 Vask-2 helicopters from Brazil in 2018, and the plant hired an additional three hundred workers.",
    "Kenya ordered 40 Vask-2 helicopters from Brazil in 2018 and a further twelve percent of its budget went to pay.",
    "Kenya ordered 40 Vask-2 helicopters from Brazil in 2018. The factory will add a further 300 jobs.",
]


@pytest.mark.parametrize("text", NOT_FOLLOW_ONS)
def test_a_follow_on_count_of_something_else_is_no_row(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert [q for *_, q in rows] == [40], rows


LAST_PARTS = [
    ("In 2016 Zambia ordered 88 Vask-2 helicopters from Brazil. The last of them arrived during 2022.", 88),
    ("In 2016 Zambia ordered 88 Vask-2 helicopters from Brazil. The last of the helicopters arrived in 2022.", 88),
    ("Brazil agreed in 2016 to sell Zambia 30 Vask-2 helicopters. The last of these was handed over in 2021.",
     30),
    ("In 2016 Zambia ordered 88 Vask-2 helicopters from Brazil. The last two of them arrived in 2022.", 2),
    ("In 2016 Zambia ordered 88 Vask-2 helicopters from Brazil. The first of them arrived in 2020.", 1),
]


@pytest.mark.parametrize(("text", "quantity"), LAST_PARTS)
def test_the_last_part_of_an_order_completes_it(extractor, text, quantity) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, "BRA", "ZMB", "delivered", "Vask-2", quantity), rows
