"""Stages of a step carried on by another verb (twenty-second session, helper pB):

- "would go ahead with delivering X", "will press ahead with the delivery of X", "would proceed with supplying X":
  the step takes the carrying verb's modal, so a future delivery by the supplier is an offer, and an order when
  it is told under a deal (scheduled.py); a past carrier leaves a delivery; a negated one is a refusal; "may"
  leaves it weighed (`frames/proceeding.py`, words.toml [frame_words] proceeding_verbs, proceeding_alone,
  proceeding_adverbs);
- "press ahead with" names no request ("pressed X for Y" still does);
- a counted delivery programme under way ("X is now delivering 16 Y to Z", "Z is leasing six Y from X") is the
  order it carries out; a perfect progressive, a past, a progressive with no count or told on a day stay
  deliveries (`frames/under_way.py`, [frame_words] under_way_verbs, present_be, day_preps);
- a purchase told done with a part of its items told "of which" ("bought 12 X, four of which have arrived") is
  the order of the whole; "all of which" leaves it delivered (`frames/part_told.py`, [completed] whole_parts).

Sentences written for these tests (invented firms and models; not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, object, str]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.item.text, t.quantity, t.factuality) for t in extractor.extract_text(text).transfers]


CARRIED = [
    ("Officials said Madrid would go ahead with delivering 20 Korsak-7 howitzers to Peru under a contract "
     "signed in 2019.", "ESP", "PER", "Korsak-7", 20, "ordered"),
    ("Norway would proceed with delivering the Ostrava-9 radars to Chile.", "NOR", "CHL", "Ostrava-9", None,
     "offered"),
    ("Norway said it would press ahead with the delivery of six Ostrava-9 radars to Chile.", "NOR", "CHL",
     "Ostrava-9", 6, "offered"),
    ("In March, the Polish defence ministry said it would push ahead with sending 14 Tarvo tanks to Latvia.",
     "POL", "LVA", "Tarvo", 14, "offered"),
    ("Sweden will proceed with supplying two Karvell corvettes and forty Ostrava-9 missiles to Colombia.",
     "SWE", "COL", "Karvell", 2, "offered"),
    ("Sweden will proceed with supplying two Karvell corvettes and forty Ostrava-9 missiles to Colombia.",
     "SWE", "COL", "Ostrava-9", 40, "offered"),
    ("Egypt, which will go ahead with shipping ten Korsak helicopters to Chad, announced the plan on Monday.",
     "EGY", "TCD", "Korsak", 10, "offered"),
    ("Ankara said it would press ahead with delivering the first 30 Dorvan armoured vehicles to Kenya in May "
     "under the 2023 contract.", "TUR", "KEN", "Dorvan", 30, "ordered"),
    ("Norway went ahead with delivering six Ostrava-9 radars to Chile in May.", "NOR", "CHL", "Ostrava-9", 6,
     "delivered"),
    ("Norway would not proceed with delivering the Ostrava-9 radars to Chile.", "NOR", "CHL", "Ostrava-9", None,
     "refused"),
    ("Norway will not go ahead with the delivery of the Ostrava-9 radars to Chile.", "NOR", "CHL", "Ostrava-9",
     None, "refused"),
    ("Brasilia may press on with delivering four Tarvo patrol boats to Ghana.", "BRA", "GHA", "Tarvo", 4,
     "considered"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity", "stage"), CARRIED)
def test_carried_step_takes_the_carriers_modality(extractor, text: str, supplier: str, recipient: str,  # noqa: ANN001
                                                  word: str, quantity: int | None, stage: str) -> None:
    rows = _rows(extractor, text)
    assert any(s == supplier and r == recipient and st == stage and word in item and (quantity is None or q == quantity)
               for s, r, st, item, q, _ in rows), rows
    assert not any(st == "requested" for _, _, st, _, _, _ in rows), rows


@pytest.mark.parametrize("text", [
    "Chile will press ahead with its own Ostrava-9 radar programme.",
    "Norway will go ahead with the delivery of wheat to Chile.",
    "Chile would proceed with the modernisation of its Korsak-7 fleet.",
])
def test_carried_without_transfer_gives_no_row(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


def test_pressing_a_supplier_is_still_a_request(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Chile pressed Norway for six Ostrava-9 radars.")
    assert any(s == "NOR" and r == "CHL" and st == "requested" and q == 6 for s, r, st, _, q, _ in rows), rows


UNDER_WAY = [
    ("Norway is now delivering 16 Korsak-7 helicopters to Chile.", "NOR", "CHL", "Korsak-7", 16, "ordered"),
    ("Chile is leasing six Korsak-7 helicopters from Norway.", "NOR", "CHL", "Korsak-7", 6, "ordered"),
    ("Ankara is currently delivering 30 Dorvan armoured vehicles and 12 Tarvo tanks to Kenya, the ministry said.",
     "TUR", "KEN", "Dorvan", 30, "ordered"),
    ("Ankara is currently delivering 30 Dorvan armoured vehicles and 12 Tarvo tanks to Kenya, the ministry said.",
     "TUR", "KEN", "Tarvo", 12, "ordered"),
    ("The Czech firm, which is delivering eight Korsak trainers to Ghana, opened an office in Accra.", "CZE", "GHA",
     "Korsak", 8, "ordered"),
    ("This year Oslo is delivering twelve Ostrava-9 radars to Peru under the 2022 deal.", "NOR", "PER", "Ostrava-9",
     12, "ordered"),
    ("Norway is delivering Korsak-7 helicopters to Chile.", "NOR", "CHL", "Korsak-7", None, "delivered"),
    ("Norway has been delivering 16 Korsak-7 helicopters to Chile since 2020.", "NOR", "CHL", "Korsak-7", 16,
     "delivered"),
    ("Chile leased six Korsak-7 helicopters from Norway in 2020.", "NOR", "CHL", "Korsak-7", 6, "delivered"),
    ("On 12 and 13 May, Norway is delivering eight Korsak-7 helicopters to Chile.", "NOR", "CHL", "Korsak-7", 8,
     "delivered"),
    ("Iran is supplying Peru with 2,000 Korsak drones.", "IRN", "PER", "Korsak", 2000, "delivered"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity", "stage"), UNDER_WAY)
def test_counted_programme_under_way_is_the_order(extractor, text: str, supplier: str, recipient: str,  # noqa: ANN001
                                                  word: str, quantity: int | None, stage: str) -> None:
    rows = _rows(extractor, text)
    assert any(s == supplier and r == recipient and st == stage and word in item and (quantity is None or q == quantity)
               for s, r, st, item, q, _ in rows), rows


def test_programme_under_way_of_civil_goods_gives_no_row(extractor) -> None:  # noqa: ANN001
    assert _rows(extractor, "Norway is now delivering 16 airliners to a Chilean airline.") == []


PART_TOLD = [
    ("Uruguay has acquired six Ostrava-9 radars from Denmark, the first two of which reached Montevideo last week.",
     "DNK", "URY", "Ostrava-9", 6, "ordered"),
    ("Peru bought 12 Korsak helicopters from Norway, four of which have been delivered.", "NOR", "PER", "Korsak",
     12, "ordered"),
    ("Ghana has purchased four Tarvo patrol boats from Brazil, of which two have been delivered so far.", "BRA",
     "GHA", "Tarvo", 4, "ordered"),
    ("Ecuador has also purchased two Korsak-5 helicopters from Italy, the first of which was flown to Quito in "
     "March.", "ITA", "ECU", "Korsak-5", 2, "ordered"),
    ("In 2019 Lima bought eight Dorvan armoured vehicles from Ankara, none of which has arrived.", "TUR", "PER",
     "Dorvan", 8, "ordered"),
    ("Peru bought 12 Korsak helicopters from Norway, all of which have been delivered.", "NOR", "PER", "Korsak", 12,
     "delivered"),
    ("Peru bought 12 Korsak helicopters from Norway, which fly from Lima.", "NOR", "PER", "Korsak", 12,
     "delivered"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity", "stage"), PART_TOLD)
def test_purchase_with_a_part_told_is_the_order(extractor, text: str, supplier: str, recipient: str,  # noqa: ANN001
                                                word: str, quantity: int | None, stage: str) -> None:
    rows = _rows(extractor, text)
    assert any(s == supplier and r == recipient and st == stage and word in item and q == quantity
               for s, r, st, item, q, _ in rows), rows


def test_part_told_of_civil_goods_gives_no_row(extractor) -> None:  # noqa: ANN001
    assert _rows(extractor, "Peru bought 12 airliners from a Norwegian airline, four of which have arrived.") == []
