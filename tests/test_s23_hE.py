"""The layout of rare genres (twenty-third session, helper hE):

- a table told by supplier ("| supplier | item | number | status |") in a review of one state's imports: each row
  a transfer from the supplier cell's state to the state the text is about, or to the state a supplier cell names
  after "to"; its stage from its status cells, its quantity from its number column (`supplier_tables.py`,
  words.toml [supplier_tables]);
- tracker lines labelled by supplier ("Ruritania: 8 Ostrava-9 tanks to Borduria (delivered)");
- live-blog timestamps, cable paragraph marks and transcript labels opening a line do not hide its clause.

Sentences and tables written for these tests (invented firms and models; not taken from any article)."""
from __future__ import annotations

import pytest

Rows = list[tuple[str | None, str | None, str, str, object]]


def _rows(extractor, text: str) -> Rows:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text(text).transfers]


def _has(rows: Rows, sup: str | None, rec: str, stage: str, word: str, quantity: int | None = None) -> bool:
    return any(s == sup and r == rec and st == stage and word in item and (quantity is None or q == quantity)
               for s, r, st, item, q in rows)


CHILE_TABLE = """Chile's arms imports in 2020: patrol boats and radars

SANTIAGO, 3 January 2021 — Chile's armed forces received less new equipment than in earlier years.

Main deals in 2020

| supplier | item | number | status |
| Spain (Karvell Naval) | Talvik-3 patrol boat | 3 | ordered 2019; fitting out |
| Israel | Varden-7 radar | 2 | delivered |
| Sweden (Ostmark) to Peru | Oskar-6 howitzer | 12 | delivered in March |
| France | Merrow-5 helicopter | 10 | first 4 delivered June |
"""

KENYA_TABLE = """Kenya's arms receipts in 2019

NAIROBI, 5 January 2020 — A review of the year.

| Exporter | System | Quantity | Status |
|---|---|---|---|
| Turkey | Sarnath-5 armoured vehicle | 30 | delivered |
| China | Kestrel patrol boat | two | contract signed |
| Pakistan | Harlow-4 trainer aircraft | 6 | pledged |
"""

TABLE_CASES = [
    (CHILE_TABLE, "ESP", "CHL", "ordered", "Talvik-3", 3),
    (CHILE_TABLE, "ISR", "CHL", "delivered", "Varden-7", 2),
    (CHILE_TABLE, "SWE", "PER", "delivered", "Oskar-6", 12),
    (CHILE_TABLE, "FRA", "CHL", "delivered", "Merrow-5", 4),
    (CHILE_TABLE, "FRA", "CHL", "ordered", "Merrow-5", 10),
    (KENYA_TABLE, "TUR", "KEN", "delivered", "Sarnath-5", 30),
    (KENYA_TABLE, "CHN", "KEN", "ordered", "Kestrel", None),
    (KENYA_TABLE, "PAK", "KEN", "offered", "Harlow-4", 6),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "quantity"), TABLE_CASES)
def test_supplier_table_rows(extractor, text: str, sup: str, rec: str, stage: str, word: str,  # noqa: ANN001
                             quantity: int | None) -> None:
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, stage, word, quantity), rows


def test_table_row_of_another_destination_is_not_the_topic_states(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, CHILE_TABLE)
    assert not any(s == "SWE" and r == "CHL" and "Oskar-6" in item for s, r, _, item, _ in rows), rows


EXPORTS_TABLE = """Lithuania's defence industry in 2022

VILNIUS, 2 January 2023 — The year's figures.

| supplier | item | number | status |
| Lithuania | Korvald-2 drone | 40 | delivered |
"""

BUDGET_TABLE = """Estonia's defence budget in 2022

TALLINN, 2 January 2023 — How the money was spent.

| branch | item | amount | status |
| Army | Korvald-2 vehicles | 40 | delivered |
| Navy | Talvik-3 boats | 2 | ordered |
"""

NO_STATUS_TABLE = """Chile's arms in service

SANTIAGO, 3 January 2021 — What the forces hold.

| supplier | item | number | in service since |
| Spain | Talvik-3 patrol boat | 3 | 1998 |
"""


@pytest.mark.parametrize("text", [EXPORTS_TABLE, BUDGET_TABLE, NO_STATUS_TABLE])
def test_tables_that_tell_no_import(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(rule_item in item for _, _, _, item, _ in rows for rule_item in ("Korvald-2", "Talvik-3")), rows


TRACKER = """Pledges and deliveries, as of today

Norway: 8 Korvald-2 tanks to Ukraine (delivered)
Denmark: 6 Harlow-4 howitzers to Ukraine (pledged)
Belgium – 300 Ostrava-9 anti-tank missiles for Ukraine, delivered in May
"""


@pytest.mark.parametrize(("sup", "stage", "word", "quantity"), [
    ("NOR", "delivered", "Korvald-2", 8), ("DNK", "offered", "Harlow-4", 6), ("BEL", "delivered", "Ostrava-9", 300)])
def test_tracker_lines_by_supplier(extractor, sup: str, stage: str, word: str, quantity: int) -> None:  # noqa: ANN001
    rows = _rows(extractor, TRACKER)
    assert _has(rows, sup, "UKR", stage, word, quantity), rows


def test_tracker_item_stops_before_destination(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, TRACKER)
    assert not any("to Ukraine" in item for _, _, _, item, _ in rows), rows


def test_single_labelled_line_is_no_tracker(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Notes\n\nNorway: Korvald-2 tanks to Ukraine are discussed (delivered?) in the annex.\n")
    assert not any("Korvald-2" in item for _, _, _, item, _ in rows), rows


GENRE_LINES = [
    ("Live\n\n11:05 — The Polish defence ministry says Norway has delivered four Varden-7 radars to Lithuania.\n",
     "NOR", "LTU", "delivered", "Varden-7", 4),
    ("Live\n\n14:20 — Spain has sent 12 Korvald armoured vehicles to Estonia, the ministry in Madrid says.\n",
     "ESP", "EST", "delivered", "Korvald", 12),
    ("Live\n\n09:45 GMT: Brazil has ordered six Talvik-3 patrol boats from Italy, the Italian navy said.\n",
     "ITA", "BRA", "ordered", "Talvik-3", 6),
    ("Live\n\n16:02 - Canada will supply Latvia with 40 Ostrava-9 anti-tank missiles, its minister announced.\n",
     "CAN", "LVA", "offered", "Ostrava-9", 40),
    ("Cable\n\n¶3. (C) Embassy contacts report that Egypt delivered 20 Harlow-4 howitzers to Sudan in March.\n",
     "EGY", "SDN", "delivered", "Harlow-4", 20),
    ("Cable\n\nSUBJECT: Kenya seeks patrol boats from Turkey\n", "TUR", "KEN", "requested", "patrol boats", None),
    ("Cable\n\nCOMMENT: Vietnam has asked India for eight Sarnath-5 missiles.\n",
     "IND", "VNM", "requested", "Sarnath-5", 8),
    ("Hearing\n\nMR. HALDEN: Romania bought 18 Oskar-6 artillery systems from South Korea in 2021.\n",
     "KOR", "ROU", "delivered", "Oskar-6", 18),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "quantity"), GENRE_LINES)
def test_genre_marks_opening_a_line(extractor, text: str, sup: str, rec: str, stage: str, word: str,  # noqa: ANN001
                                    quantity: int | None) -> None:
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, stage, word, quantity), rows


def test_negated_live_blog_line(extractor) -> None:  # noqa: ANN001
    report = extractor.extract_text("Live\n\n10:12 — Greece has not received the two Merrow frigates, an official says.\n")
    assert not any(t.stage == "delivered" and t.factuality == "asserted" for t in report.transfers), report.transfers
