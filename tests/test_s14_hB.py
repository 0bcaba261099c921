"""Export-licensing reports and written answers (fourteenth session, helper hB): lines and table rows that open
with the destination state as a label (extraction/destination_lines.py, destination_rows.py, words.toml
[destination_lines]).

- A list of at least two lines labelled with a state ("- Kenya: 30 sniper rifles (licence granted; 12 delivered)",
  "Malaysia — 40 armoured personnel carriers, delivered") in a text whose issuing state is marked (an institution
  line, a closing "Oslo, 3 March 2019." line, a demonym before an export noun: "Norwegian arms exports"): each item
  of a line is a row from the issuing state to the label's state, at the line's own stage (refused, granted ->
  offered, delivered) or else the stage of the line introducing the list; "12 delivered" adds a delivery of 12.
- The rows of a markdown table whose header names a destination and an item column ("| Destination | Description
  | Quantity |"): the quantity column's count, the stage of a status column or of the line before the table.
- A row in a labelled line whose recipient is a body ("for the police") goes to the label's state; a refusal word
  in the line refuses "an application for the export of X"; "the Government" supplying is the issuing state.
- A licence or application for a transfer that a refusing verb governs refuses it ("The licence Portugal granted
  for the export to Chad of 300 rifles was revoked").

Sentences written for these tests (not taken from any article); the positives failed before the change; the
counterparts say what must stay."""
from __future__ import annotations

from _helpers import find

DAY = "2024-06-01"

NORWAY = """Answer to parliamentary question on Norwegian arms exports in 2018

The Minister replied that the following licences were processed last year:

- Kenya: 30 sniper rifles (licence granted; 12 delivered)
- Malaysia — 40 armoured personnel carriers and 2,000 anti-tank rockets, delivered
- Peru: an application for the export of 15 patrol boats for the coast guard was denied under criterion 7

Oslo, 3 March 2019.
"""


def _stages(report, supplier, recipient, item):  # noqa: ANN001, ANN202
    return {(t.stage, t.quantity) for t in find(report, supplier, recipient, item)}


def test_labelled_lines_go_from_the_issuing_state_to_the_label(extractor):
    report = extractor.extract_text(NORWAY, published=DAY)
    assert _stages(report, "NOR", "KEN", "sniper rifle") == {("offered", 30), ("delivered", 12)}, report.transfers
    assert _stages(report, "NOR", "MYS", "armoured personnel carrier") == {("delivered", 40)}
    assert _stages(report, "NOR", "MYS", "anti-tank rocket") == {("delivered", 2000)}


def test_a_denied_application_in_a_labelled_line_is_refused_to_the_label_state(extractor):
    report = extractor.extract_text(NORWAY, published=DAY)
    rows = find(report, "NOR", "PER", "patrol boat")
    assert rows and {(t.stage, t.factuality, t.quantity) for t in rows} == {("refused", "asserted", 15)}, rows


TABLE = """Finnish arms export licences, 2021

| Country | Equipment | Quantity | Decision |
|---|---|---|---|
| Chile | sniper rifles | 40 | granted |
| Kenya | armoured personnel carriers | 1,200 | refused |
"""


def test_table_rows_take_their_quantity_and_status(extractor):
    report = extractor.extract_text(TABLE, published=DAY)
    assert _stages(report, "FIN", "CHL", "sniper rifle") == {("offered", 40)}, report.transfers
    assert _stages(report, "FIN", "KEN", "armoured personnel carrier") == {("refused", 1200)}


EXPORTS_TABLE = """Ministry of Defence of Portugal

Deliveries carried out in 2020:

| Destination | Category | Description | Number of units | Value |
|---|---|---|---|---|
| Angola | ML4 | hand grenades | 3,000 | 120,000 |
| Ecuador | ML6 | armoured ambulances | 6 | 900,000 |
"""


def test_table_rows_take_the_stage_of_the_line_before(extractor):
    report = extractor.extract_text(EXPORTS_TABLE, published=DAY)
    assert _stages(report, "PRT", "AGO", "grenade") == {("delivered", 3000)}, report.transfers
    assert _stages(report, "PRT", "ECU", "ambulance") == {("delivered", 6)}


def test_revoked_licence_for_an_export_is_refused(extractor):
    text = ("The licence that Portugal granted in 2019 for the export to Chad of 300 assault rifles "
            "was revoked in May.")
    rows = find(extractor.extract_text(text, published=DAY), "PRT", "TCD", "rifle")
    assert rows and {t.stage for t in rows} == {"refused"}, rows


def test_a_list_by_supplier_keeps_its_suppliers(extractor):
    text = """Pledges made at the donors' meeting

Moldova received several offers from its partners this week:

- Germany: Berlin delivered 20 Piranha armoured vehicles to Chisinau last month.
- Austria: 14 Pandur armoured vehicles
- Romania: four Piranha armoured vehicles, delivered
"""
    report = extractor.extract_text(text, published=DAY)
    assert not [t for t in report.transfers if t.recipient and t.recipient.country in ("DEU", "AUT", "ROU")]
    assert not [t for t in report.transfers if t.rule.startswith("list:destination")]


def test_no_rows_for_a_line_of_nothing_and_a_named_supplier_stays(extractor):
    text = """Reply to written question 88/2019 on Danish arms exports

- Chile: no licences were granted in 2019.
- Peru: none.

Kenya: the army received 12 armoured vehicles from China in 2019.

Copenhagen, 2 May 2020.
"""
    report = extractor.extract_text(text, published=DAY)
    assert not [t for t in report.transfers if t.recipient and t.recipient.country in ("CHL", "PER")]
    assert not find(report, "DNK", "KEN", "armoured vehicle")
    assert find(report, "CHN", "KEN", "armoured vehicle"), report.transfers  # "the army" of the label's state


def test_a_signed_answer_supplies_the_rows_it_leaves_without_supplier(extractor):
    text = """Answer to written question 45/2021

An application for the export of 300 hand grenades to Angola was refused.
In 2020, 12 rifles were delivered to Peru. No licence was issued for the export of armoured vehicles to Chile. The deputy asked about sales to NGOs.

Copenhagen, 2 May 2021.
"""
    report = extractor.extract_text(text, published=DAY)
    assert _stages(report, "DNK", "AGO", "grenade") == {("refused", 300)}, report.transfers
    assert _stages(report, "DNK", "PER", "rifle") == {("delivered", 12)}
    assert not find(report, "DNK", "CHL", "armoured vehicle")  # a negated issue lends no supplier


def test_a_state_named_before_exports_issues_lines_labelled_with_a_dash(extractor):
    text = """LISBON, March 3 (Reuters) - The government published Portugal's arms export decisions on Monday:

Bolivia - 30 sniper rifles, licence granted
Paraguay - 12 armoured personnel carriers, delivered
"""
    report = extractor.extract_text(text, published=DAY)
    assert _stages(report, "PRT", "BOL", "sniper rifle") == {("offered", 30)}, report.transfers
    assert _stages(report, "PRT", "PRY", "armoured personnel carrier") == {("delivered", 12)}


def test_a_dateline_alone_issues_no_list_by_state(extractor):
    text = """QUITO, March 3 (Reuters) - Ecuador has received the following pledges so far:

- Bolivia: 14 armoured personnel carriers, delivered
- Paraguay: 12 sniper rifles
"""
    report = extractor.extract_text(text, published=DAY)
    assert not [t for t in report.transfers if t.recipient and t.recipient.country in ("BOL", "PRY")], report.transfers
