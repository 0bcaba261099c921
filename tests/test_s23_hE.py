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

from _helpers import country_rows as _rows
from _helpers import has_country_row as _has

Rows = list[tuple[str | None, str | None, str, str, object]]


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


HEADLINES = [
    ("Norway ships Varden-7 radars to Lithuania\n\nOSLO — The ministry confirmed it.\n",
     "NOR", "LTU", "delivered", "Varden-7"),
    ("Canadian Embassy transfers patrol boats, cargo planes and vehicles to Latvia's armed forces\n\n"
     "RIGA — More follows.\n", "CAN", "LVA", "delivered", "patrol boats"),
    ("Canadian Embassy transfers patrol boats, cargo planes and vehicles to Latvia's armed forces\n\n"
     "RIGA — More follows.\n", "CAN", "LVA", "delivered", "vehicles"),
    ("Karvell Marine delivers first Talvik-3 patrol boat to Kenya\n\nNAIROBI — More follows.\n",
     None, "KEN", "delivered", "Talvik-3"),
    ("Italy supplies Korvald armoured vehicles to Tunisia's army\n\nROME — More follows.\n",
     "ITA", "TUN", "delivered", "Korvald"),
    ("Chile orders 12 Merrow-4 helicopters from France\n\nSANTIAGO — More follows.\n",
     "FRA", "CHL", "ordered", "Merrow-4"),
    ("Brazil buys Ostrava-9 missiles from Sweden\n\nBRASILIA — More follows.\n", "SWE", "BRA", "ordered", "Ostrava-9"),
    ("Canada donates Korvald trucks to Latvia\n\nOTTAWA — More follows.\n", "CAN", "LVA", "delivered", "Korvald"),
    ("Egypt sends Harlow-4 howitzers to Sudan, officials say\n\nCAIRO — More follows.\n",
     "EGY", "SDN", "delivered", "Harlow-4"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word"), HEADLINES)
def test_headline_verb_read_as_noun(extractor, text: str, sup: str | None, rec: str, stage: str,  # noqa: ANN001
                                    word: str) -> None:
    rows = _rows(extractor, text)
    assert any((sup is None or s == sup) and r == rec and st == stage and word in item
               for s, r, st, item, _ in rows), rows


@pytest.mark.parametrize("text", [
    "Arms transfers to Ukraine in 2022\n\nKYIV — A review of the year.\n",
    "Norway ships and tankers: a maritime review\n\nOSLO — The fleet grew by four vessels.\n",
    "Kenya offers support to Somalia\n\nNAIROBI — More follows.\n",
])
def test_headlines_that_tell_no_transfer(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


def test_headline_mend_gives_the_verb_its_parts(extractor) -> None:  # noqa: ANN001
    doc = extractor.nlp("Norway ships Varden-7 radars to Lithuania\n\nOSLO — More follows.")
    verb = doc[1]
    assert verb.pos_ == "VERB" and verb.dep_ == "ROOT"
    assert {c.dep_ for c in verb.children} >= {"nsubj", "dobj", "prep"}
    assert next(iter(doc.sents)).text.strip() == "Norway ships Varden-7 radars to Lithuania"


BULLETED = [
    ("Report\n\nUnder the agreement signed on Monday, Spain will deliver to Peru:\n- 12 Merrow-4 helicopters;\n"
     "- three Talvik-3 patrol boats.\n", "ESP", "PER", ("ordered", "offered"), "Talvik-3", 3),
    ("Report\n\nUnder the agreement signed on Monday, Spain will deliver to Peru:\n- 12 Merrow-4 helicopters;\n"
     "- three Talvik-3 patrol boats.\n", "ESP", "PER", ("ordered", "offered"), "Merrow-4", 12),
    ("Report\n\nLast week Austria shipped to Slovenia:\n\n- 40 Korvald trucks;\n"
     "- 2 Varden-7 radars.\n", "AUT", "SVN", ("delivered",), "Varden-7", 2),
    ("Report\n\nThe navy of Ghana has received from Brazil:\n• four Talvik-3 patrol boats\n• two Merrow-4 helicopters\n",
     "BRA", "GHA", ("delivered",), "Merrow-4", 2),
    ("Report\n\nCanada transferred equipment to Latvia. The equipment handed over on Monday includes:\n\n"
     "- two Ostrava-9 transport aircraft;\n- twenty Korvald utility vehicles.\n",
     "CAN", "LVA", ("delivered",), "Korvald", 20),
    ("Report\n\nNorway has announced a new aid package for Ukraine. The package includes:\n\n"
     "- 20 Korvald-2 armoured vehicles;\n- 4 Varden-7 radars.\n", "NOR", "UKR", ("offered",), "Varden-7", 4),
    ("Report\n\nItaly today handed over to Tunisia the following equipment:\n• six Merrow-2 patrol boats\n"
     "• 14 Harlow-4 armoured vehicles\n", "ITA", "TUN", ("delivered",), "Harlow-4", 14),
    ("Report\n\nSweden has agreed to sell Chile the following:\n- 8 Oskar-6 howitzers;\n- 300 Ostrava-9 missiles.\n",
     "SWE", "CHL", ("ordered", "offered"), "Ostrava-9", 300),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stages", "word", "quantity"), BULLETED)
def test_bulleted_items_of_the_verb_before(extractor, text: str, sup: str, rec: str, stages: tuple[str, ...],  # noqa: ANN001
                                           word: str, quantity: int) -> None:
    rows = _rows(extractor, text)
    assert any(s == sup and r == rec and st in stages and word in item and q == quantity
               for s, r, st, item, q in rows), rows


def test_negated_verb_before_a_list(extractor) -> None:  # noqa: ANN001
    text = "Report\n\nJapan did not deliver to the Philippines the following items:\n- 2 Varden-7 radars;\n- 3 Talvik-3 boats.\n"
    report = extractor.extract_text(text)
    assert not any(t.stage == "delivered" and t.factuality == "asserted" for t in report.transfers), report.transfers


def test_list_after_a_sentence_of_no_transfer(extractor) -> None:  # noqa: ANN001
    text = "Report\n\nThe museum in Oslo will show:\n- 2 Varden-7 radars;\n- 3 Talvik-3 patrol boats.\n"
    assert _rows(extractor, text) == []


PIPED = """Main battle tanks for Ukraine: who sends what

Pledged and delivered tanks, by donor:

Norway | Korvald-2 tanks | 8 | delivered 2023
Denmark | Korvald-2 tanks | 6 | pledged
Spain to Moldova | Harlow-4 tanks | 10 | delivered in May
"""

INTRO_TRACKER = """Tracker

Air-defence systems pledged to Ukraine so far:

- Germany: 3 Ostrava-9 launchers (delivered)
- Netherlands: 2 Varden-7 launchers (pledged)
"""


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "quantity"), [
    (PIPED, "NOR", "UKR", "delivered", "Korvald-2", 8),
    (PIPED, "DNK", "UKR", "offered", "Korvald-2", 6),
    (PIPED, "ESP", "MDA", "delivered", "Harlow-4", 10),
    (INTRO_TRACKER, "DEU", "UKR", "delivered", "Ostrava-9", 3),
    (INTRO_TRACKER, "NLD", "UKR", "offered", "Varden-7", 2),
])
def test_headerless_and_introduced_tracker_lines(extractor, text: str, sup: str, rec: str, stage: str,  # noqa: ANN001
                                                word: str, quantity: int) -> None:
    rows = _rows(extractor, text)
    assert _has(rows, sup, rec, stage, word, quantity), rows


def test_introducing_line_of_a_tracker_gives_no_row_of_its_own(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, INTRO_TRACKER)
    assert not any("Air-defence" in item for _, _, _, item, _ in rows), rows


def test_lines_labelled_by_destination_in_an_exports_report(extractor) -> None:  # noqa: ANN001
    text = ("Norwegian arms exports in 2019\n\nDeliveries made:\n\n- Chile: 40 Ostrava-9 rifles (delivered)\n"
            "- Peru: 6 Talvik-3 patrol boats (delivered)\n")
    rows = _rows(extractor, text)
    assert not any(s in ("CHL", "PER") for s, _, _, _, _ in rows), rows


def test_pipe_lines_of_no_state(extractor) -> None:  # noqa: ANN001
    text = "Budget\n\nArmy | Korvald-2 tanks | 8 | delivered 2023\nNavy | Talvik-3 boats | 2 | ordered\n"
    rows = _rows(extractor, text)
    assert not any("Korvald-2" in item or "Talvik-3" in item for _, _, _, item, _ in rows), rows


ANSWERS = [
    ("Q: Has Chile delivered the radars to Peru?\nA: Two Varden-7 radars were delivered last month.\n",
     "CHL", "PER", "delivered", "Varden-7", 2),
    ("Q. Has Norway shipped any howitzers to Kenya?\nA. Yes. Six Harlow-4 howitzers were shipped in May.\n",
     "NOR", "KEN", "delivered", "Harlow-4", 6),
    ("SENATOR VANCE: Did Spain sell patrol boats to Ghana?\nGENERAL ORTIZ: Three Talvik-3 patrol boats were sold "
     "in 2019.\n", "ESP", "GHA", "delivered", "Talvik-3", 3),
    ("QUESTION: Has Canada supplied missiles to Latvia?\nANSWER: Forty Ostrava-9 missiles were supplied last "
     "year.\n", "CAN", "LVA", "delivered", "Ostrava-9", 40),
    ("Q: Has the Polish ministry delivered the trucks to Estonia?\nA: 120 Korvald trucks were delivered in June.\n",
     "POL", "EST", "delivered", "Korvald", 120),
    ("Q: Has Brazil bought helicopters from France?\nA: Yes, twelve Merrow-4 helicopters were bought in March.\n",
     "FRA", "BRA", "delivered", "Merrow-4", 12),
    ("Q: Has Chile delivered the radars to Peru?\nA: Two Varden-7 radars were delivered to Ecuador instead.\n",
     "CHL", "ECU", "delivered", "Varden-7", 2),
    ("Interviewer: Has Italy sent the armoured vehicles to Tunisia?\nMinister: Fourteen Korvald armoured vehicles "
     "were sent in April.\n", "ITA", "TUN", "delivered", "Korvald", 14),
]


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "word", "quantity"), ANSWERS)
def test_answer_takes_the_parties_of_its_question(extractor, text: str, sup: str, rec: str, stage: str,  # noqa: ANN001
                                                  word: str, quantity: int) -> None:
    rows = _rows(extractor, "Transcript\n\n" + text)
    assert _has(rows, sup, rec, stage, word, quantity), rows


def test_a_question_alone_gives_no_row(extractor) -> None:  # noqa: ANN001
    assert _rows(extractor, "Transcript\n\nQ: Has Chile delivered the Varden-7 radars to Peru?\n") == []


def test_answer_of_another_item_keeps_no_party_of_the_question(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Transcript\n\nQ: Has Chile delivered the radars to Peru?\n"
                            "A: Two Talvik-3 patrol boats were delivered to Ecuador.\n")
    assert not any(s == "CHL" for s, _, _, _, _ in rows), rows


@pytest.mark.parametrize("text", [
    "Q: Has Spain sold six Talvik-3 boats to Ghana?\n",
    "SENATOR VANCE: Will Norway deliver the Varden-7 radars to Kenya?\n",
    "Question: Did Italy send 14 Korvald armoured vehicles to Tunisia?\n",
])
def test_labelled_questions_assert_nothing(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, "Transcript\n\n" + text) == []


def test_a_question_that_checks_a_report_tells_it(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Transcript\n\nQ: Is it true that Norway offered six Talvik-3 frigates to Ghana?\n")
    assert _has(rows, "NOR", "GHA", "offered", "Talvik-3", 6), rows


CAPS = [
    ("1. (C) EMBASSY CONTACTS REPORT THAT EGYPT DELIVERED 20 HARLOW-4 HOWITZERS TO SUDAN IN MARCH.",
     "EGY", "SDN", "delivered", "HARLOW-4", 20),
    ("2. (S) POST LEARNED THAT BELARUS SHIPPED 300 KESTREL-2 RIFLES TO MYANMAR LAST YEAR.",
     "BLR", "MMR", "delivered", "KESTREL-2", 300),
    ("SUBJECT: KENYA SEEKS PATROL BOATS FROM TURKEY", "TUR", "KEN", "requested", "patrol boats", None),
    ("3. (C) THE MINISTER SAID NORWAY HAS AGREED TO SELL FOUR TALVIK-3 PATROL BOATS TO GHANA.",
     "NOR", "GHA", "ordered", "TALVIK-3", 4),
    ("4. (C) ACCORDING TO THE MINISTRY, SIX MERROW-4 HELICOPTERS WERE DELIVERED TO PERU BY SPAIN IN MAY.",
     "ESP", "PER", "delivered", "MERROW-4", 6),
    ("5. (S/NF) CHILE ORDERED TWELVE OSKAR-6 HOWITZERS FROM SOUTH KOREA, A WELL-PLACED CONTACT SAID.",
     "KOR", "CHL", "ordered", "OSKAR-6", 12),
    ("6. (C) POST BELIEVES THAT MOSCOW OFFERED THE ANGOLAN ARMY 40 KORVALD-2 TANKS.",
     "RUS", "AGO", "offered", "KORVALD-2", 40),
    ("COMMENT: VIETNAM HAS ASKED INDIA FOR EIGHT SARNATH-5 MISSILES. END COMMENT.",
     "IND", "VNM", "requested", "SARNATH-5", 8),
]


@pytest.mark.parametrize(("line", "sup", "rec", "stage", "word", "quantity"), CAPS)
def test_cable_lines_in_capitals(extractor, line: str, sup: str, rec: str, stage: str, word: str,  # noqa: ANN001
                                 quantity: int | None) -> None:
    rows = [(s, r, st, item.lower(), q) for s, r, st, item, q in _rows(extractor, "Cable\n\n" + line + "\n")]
    assert _has(rows, sup, rec, stage, word.lower(), quantity), rows


def test_capitals_view_keeps_offsets() -> None:
    from materiel.extraction.recase import view
    text = "Cable\n\n1. (C) POST LEARNED THAT BELARUS SHIPPED 300 KESTREL-2 RIFLES TO MYANMAR.\nA normal line stays.\n"
    v = view(text)
    assert len(v) == len(text) and v.lower() == text.lower() and v != text
    assert v.endswith("A normal line stays.\n") and "Belarus" in v and "Kestrel-2" in v


@pytest.mark.parametrize("line", [
    "5. (U) THE AMBASSADOR MET THE DEFENCE MINISTER OF GHANA ON TUESDAY TO DISCUSS TRAINING.",
    "6. (C) POST DOES NOT BELIEVE THAT NORWAY WILL SELL ANY PATROL BOATS TO GHANA.",
])
def test_cable_lines_in_capitals_of_no_transfer(extractor, line: str) -> None:  # noqa: ANN001
    report = extractor.extract_text("Cable\n\n" + line + "\n")
    assert not any(t.factuality == "asserted" and t.stage in ("delivered", "ordered", "offered")
                   for t in report.transfers), report.transfers
