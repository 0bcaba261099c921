"""Session 15 (lead): the agent of a transfer noun that another verb governs ("the legislature blocked the sale of
tanks by X to Y", "Z approved the delivery of jets by X to Y") is the noun's party, not the governing verb's subject,
which only authorises or blocks it.

Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest


def _rows(extractor, text: str) -> list[tuple[str | None, str | None, str]]:  # noqa: ANN001
    return [(t.supplier.id if t.supplier else None, t.recipient.id if t.recipient else None, t.stage)
            for t in extractor.extract_text(text).transfers]


@pytest.mark.parametrize(("text", "want"), [
    ("The Bundestag blocked the sale of 30 tanks by Rheinmetall to Oman.", ("DEU", "OMN", "refused")),
    ("Norway approved the delivery of 14 tanks by Poland to Moldova.", ("POL", "MDA", "offered")),
    ("The committee in Madrid rejected the sale of eight helicopters by Chile to Bolivia.", ("CHL", "BOL", "refused")),
    ("Italy suspended the delivery of 20 armoured vehicles by Turkey to Kenya.", ("TUR", "KEN", "refused")),
    ("The cabinet in Ottawa vetoed the export of 40 rifles by Colombia to Ecuador.", ("COL", "ECU", "refused")),
])
def test_the_governed_nouns_agent_is_its_party(extractor, text: str, want: tuple[str, str, str]) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert want in rows, rows
    assert all(s == want[0] for s, _, _ in rows), rows


@pytest.mark.parametrize(("text", "want"), [
    ("Norway blocked the sale of 30 tanks to Oman.", ("NOR", "OMN", "refused")),
    ("Norway approved the delivery of 14 tanks to Moldova by 2027.", ("NOR", "MDA", "offered")),
    ("The sale of 12 jets to Chile was blocked by Norway.", ("NOR", "CHL", "refused")),
])
def test_without_an_agent_the_verbs_subject_stays(extractor, text: str, want: tuple[str, str, str]) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert want in rows, rows


@pytest.mark.parametrize(("text", "want"), [
    ("Peru has welcomed the purchase of 20 jets by Chile from Brazil.", ("BRA", "CHL")),
    ("Oman criticised the sale of 40 howitzers by Norway to Chile.", ("NOR", "CHL")),
])
def test_an_ungoverned_nouns_agent_is_its_party(extractor, text: str, want: tuple[str, str]) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert want in [(s, r) for s, r, _ in rows], rows


def test_the_by_of_a_seizure_seized_it(extractor) -> None:  # noqa: ANN001
    rows = extractor.extract_text("Chile condemned the seizure of 300 rifles by Peru's navy bound for Bolivia.").transfers
    assert rows and all(t.supplier is None or t.supplier.id != "PER" for t in rows), \
        [(t.supplier, t.recipient, t.intercepted_by) for t in rows]


@pytest.mark.parametrize(("text", "want"), [
    ("Spain cleared the re-export of eight helicopters to Bolivia.", ("ESP", "BOL", "offered")),
    ("Spain authorised the re-export of eight helicopters to Bolivia.", ("ESP", "BOL", "offered")),
    ("Ottawa authorized the transfer of 12 helicopters from Norway to Estonia.", ("NOR", "EST", "offered")),
])
def test_an_authorisation_over_a_transfer_noun_offers_it(extractor, text: str, want: tuple[str, str, str]) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert want in rows, rows
    assert all(stage == "offered" for _, _, stage in rows), rows


def test_a_source_that_names_no_one_leaves_the_approver(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Norway approved the export of 30 tanks from its reserve stocks to Latvia.")
    assert ("NOR", "LVA", "offered") in rows, rows


@pytest.mark.parametrize(("text", "want"), [
    ("Peru has awarded a contract to Navantia for two offshore patrol vessels.", ("ESP", "PER", "ordered")),
    ("Chile's navy awarded a contract worth 90 million euros to Navantia for three landing craft.",
     ("ESP", "CHL", "ordered")),
])
def test_a_contract_awarded_to_a_firm_is_its_sale(extractor, text: str, want: tuple[str, str, str]) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert want in [(s, r if r is None else r[:3], st) for s, r, st in rows], rows


@pytest.mark.parametrize(("text", "want"), [
    ("Chile has become a major buyer, having ordered 24 tanks from Germany.", ("DEU", "CHL", "ordered")),
    ("Ghana has emerged as a key buyer, having received 12 patrol boats from Brazil.", ("BRA", "GHA", "delivered")),
])
def test_a_perfect_participle_clause_takes_the_main_subject(extractor, text: str, want: tuple[str, str, str]) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert want in rows, rows


def test_a_report_that_examined_deliveries_is_no_party(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "The report, having examined deliveries of tanks to Latvia, found no breach.")
    assert all(s is None or s == "LVA" for s, _, _ in rows), rows


@pytest.mark.parametrize("text", [
    "Port officials said the freighter was carrying 200 tonnes of munitions bound for Sudan.",
    "The barge, carrying rifles destined for Haiti, left the port on Friday.",
])
def test_a_load_carried_towards_a_party_is_a_row_without_a_supplier(extractor, text: str) -> None:  # noqa: ANN001
    rows = extractor.extract_text(text).transfers
    assert [(t.supplier, t.recipient.id if t.recipient else None) for t in rows][:1] in (
        [(None, "SDN")], [(None, "HTI")]), [(t.supplier, t.recipient, t.item.text) for t in rows]


@pytest.mark.parametrize("text", [
    "The freighter was carrying 200 tonnes of grain bound for Sudan.",
    "Norway's F-35 jets carry Joint Strike Missiles.",
])
def test_a_carried_load_without_weapons_or_destination_is_no_row(extractor, text: str) -> None:  # noqa: ANN001
    assert extractor.extract_text(text).transfers == []
