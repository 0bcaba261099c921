"""Verbless tracker lines, status codes, corrections and analysts' hedges (twenty-sixth session, helper hE):

- a tracker's legend of status codes ("Status codes: P = pledged, C = contracted") gives the stage of a line's
  bracketed code, a status noun opening a line ("request for 6 X", "offer of 1 X") its stage, an unconfirmed
  code or status text an uncertain row, and a heading naming one state the destination of the lines under it
  (`extraction/tracker_codes.py`, words.toml [tracker_codes]); an arrow stands for "to" and a year cell is passed
  over in piped lines (`extraction/tracker_lines.py`);
- an analyst's hedge makes the row uncertain: a confidence below high, a passive verb of judgement, a framing
  opinion, a hedged source, a claim said to be unconfirmed (`extraction/analyst_hedges.py`, cues.toml
  [analyst_hedges]); an agency's plain finding ("the institute assesses that") stays asserted;
- a claim the text withdraws ("An earlier version of this blog post said ...", "incorrectly reported that ...") is no
  row, and the corrected statement after it stands (`extraction/retracted_claims.py`, cues.toml [retracted]).

Texts written for these tests (invented models and firms, and combinations of states not taken from any
article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row

LEGEND = "Status codes: O = ordered, D = delivered, R = requested, U = unconfirmed.\n\n"

TRACKER = LEGEND + """MALAWI
- Brazil: 4 Tucano-X trainers (ordered May 2020) [O]
- Spain: 12 Corvo-3 armoured vehicles (2019) [D]
- Egypt: request for 3 Falco-7 helicopters (Lilongwe, June 2020) [R]

ZAMBIA
- Italy: 2 Ostrava-9 radars (2018) [D]
- Hungary: 1 Varden-4 patrol craft (delivery reported 2020; not confirmed by Budapest) [U]
- Egypt: 20 Kolt-5 armoured cars (ordered 2019; 8 delivered May 2020) [O/D]
"""


def _facts(extractor, text: str) -> list[tuple[str | None, str | None, str, str, object, str]]:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.item.text, t.quantity, t.factuality) for t in extractor.extract_text(text).transfers]


def test_heading_state_is_destination_and_codes_give_stages(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Regional arms monitor, third quarter\n\n" + TRACKER)
    assert has_country_row(rows, "BRA", "MWI", "ordered", "Tucano-X", 4), rows
    assert has_country_row(rows, "ESP", "MWI", "delivered", "Corvo-3", 12), rows
    assert has_country_row(rows, "ITA", "ZMB", "delivered", "Ostrava-9", 2), rows
    assert not any(r[1] == "MWI" and "Ostrava" in r[3] for r in rows), rows


def test_request_line_opening_with_status_noun_keeps_its_count(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Regional arms monitor, third quarter\n\n" + TRACKER)
    assert has_country_row(rows, "EGY", "MWI", "requested", "Falco-7", 3), rows


def test_ordered_line_with_delivered_part(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Regional arms monitor, third quarter\n\n" + TRACKER)
    assert has_country_row(rows, "EGY", "ZMB", "ordered", "Kolt-5", 20), rows
    assert has_country_row(rows, "EGY", "ZMB", "delivered", "Kolt-5", 8), rows


def test_unconfirmed_code_makes_uncertain_row(extractor) -> None:  # noqa: ANN001
    facts = _facts(extractor, "Regional arms monitor, third quarter\n\n" + TRACKER)
    assert ("HUN", "ZMB", "delivered", "Varden-4 patrol craft", 1, "uncertain") in facts, facts
    assert ("ITA", "ZMB", "delivered", "Ostrava-9 radars", 2, "asserted") in facts, facts


def test_title_case_heading_with_colon_and_offer_noun(extractor) -> None:  # noqa: ANN001
    text = ("Naval transfers tracker, 2022\n\nMozambique:\n* Chile: offer of two Orca-9 patrol vessels (March 2022)\n"
            "* Norway: 6 Skarv-2 interceptor boats (contract signed 2021)\n")
    rows = _rows(extractor, text)
    assert has_country_row(rows, "CHL", "MOZ", "offered", "Orca-9", 2), rows
    assert has_country_row(rows, "NOR", "MOZ", "ordered", "Skarv-2", 6), rows


def test_code_without_legend_gives_no_stage(extractor) -> None:  # noqa: ANN001
    text = "Arms monitor, 2021\n\nMALAWI\n- Brazil: 4 Tucano-X trainers (2020) [Q]\n- Spain: 12 Corvo-3 vehicles (2019) [Q]\n"
    rows = _rows(extractor, text)
    assert not any(r[0] in ("BRA", "ESP") for r in rows), rows


def test_heading_that_is_no_state_gives_no_destination(extractor) -> None:  # noqa: ANN001
    text = LEGEND + "OTHER ITEMS\n- Brazil: 4 Tucano-X trainers (2020) [O]\n- Spain: 12 Corvo-3 vehicles (2019) [D]\n"
    rows = _rows(extractor, "Arms monitor, 2021\n\n" + text)
    assert not any(r[0] in ("BRA", "ESP") for r in rows), rows


def test_legend_with_other_words_and_mixed_lines(extractor) -> None:  # noqa: ANN001
    text = ("Key: C = contracted, P = pledged, X = unverified\n\nPERU\n"
            "1. South Korea: 3 Haneul-5 corvettes (2021) [C]\n"
            "2. Spain: 40 Corvo-3 armoured vehicles to Peruvian Army (2022) [P]\n"
            "3. Israel: 2 Tavor-K radars (2023) [X]\n")
    facts = _facts(extractor, "Andean arms register\n\n" + text)
    assert any(f[:3] == ("KOR", "PER", "ordered") and f[4] == 3 for f in facts), facts
    assert any(f[:3] == ("ESP", "PER", "offered") and f[4] == 40 for f in facts), facts
    assert not any(f[0] == "ISR" and f[5] == "asserted" for f in facts), facts


def test_piped_lines_with_year_cell_arrow_and_bracketed_count(extractor) -> None:  # noqa: ANN001
    text = ("Transfers database extract\n\n2019 | France -> Zambia | Karvell-20 patrol boats (4) | status: ordered\n"
            "2020 | Spain -> Malawi | Corvo-3 armoured vehicles (12) | status: delivered\n")
    rows = _rows(extractor, text)
    assert has_country_row(rows, "FRA", "ZMB", "ordered", "Karvell-20", 4), rows
    assert has_country_row(rows, "ESP", "MWI", "delivered", "Corvo-3", 12), rows


def test_arrow_in_label_names_destination(extractor) -> None:  # noqa: ANN001
    text = ("Transfers logged in 2021:\n- Brazil → Malawi: four Tucano-X trainers (ordered)\n"
            "- Spain -> Zambia: 12 Corvo-3 armoured vehicles (delivered)\n- Chile -> Chile: 3 Orca-9 boats (delivered)\n")
    rows = _rows(extractor, text)
    assert has_country_row(rows, "BRA", "MWI", "ordered", "Tucano-X", 4), rows
    assert has_country_row(rows, "ESP", "ZMB", "delivered", "Corvo-3", 12), rows
    assert not any(r[0] == "CHL" and r[1] == "CHL" for r in rows), rows


def test_piped_lines_without_status_give_no_row(extractor) -> None:  # noqa: ANN001
    text = ("Transfers database extract\n\n2019 | France -> Zambia | Karvell-20 patrol boats (4) | see note 2\n"
            "2020 | Spain -> Malawi | Corvo-3 armoured vehicles (12) | see note 3\n")
    rows = _rows(extractor, text)
    assert not any(r[0] in ("FRA", "ESP") for r in rows), rows


HEDGED = [
    ("We judge with moderate confidence that Brazil supplied Falco-7 drones to Malawi in 2020.",
     "BRA", "MWI", "Falco-7"),
    ("With low confidence, we judge that Lisbon sent eight Varden-4 helicopters to Malawi.", "PRT", "MWI", "Varden-4"),
    ("Brazil is assessed to have delivered six Falco-7 drones to Malawi.", "BRA", "MWI", "Falco-7"),
    ("In our view, Hungary shipped 30 Kolt-5 trucks to Zambia in 2019.", "HUN", "ZMB", "Kolt-5"),
    ("According to single-source reporting, Hungary sold 30 Kolt-5 trucks to Zambia.", "HUN", "ZMB", "Kolt-5"),
    ("Reports that Spain delivered six Varden-4 helicopters to Zambia are credible but unconfirmed.",
     "ESP", "ZMB", "Varden-4"),
    ("The delivery of 12 Corvo-3 vehicles from Spain to Malawi remains unverified.", "ESP", "MWI", "Corvo-3"),
    ("Satellite imagery appears to show four Falco-7 drones delivered by Egypt to Zambia.", "EGY", "ZMB", "Falco-7"),
    ("Single-source reporting suggests that Hungary shipped 20 Corvo-3 armoured vehicles to Malawi.",
     "HUN", "MWI", "Corvo-3"),
]

FIRM = [
    ("We assess with high confidence that Egypt shipped 20 Kolt-5 armoured cars to Zambia.", "EGY", "ZMB", "Kolt-5"),
    ("The institute assesses that Egypt shipped 20 Kolt-5 armoured cars to Zambia.", "EGY", "ZMB", "Kolt-5"),
    ("In May, Spain delivered six Varden-4 helicopters to Zambia, according to the ministry.",
     "ESP", "ZMB", "Varden-4"),
    ("In its annual report, the ministry said Spain delivered six Varden-4 helicopters to Zambia.",
     "ESP", "ZMB", "Varden-4"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), HEDGED)
def test_analyst_hedge_gives_uncertain(extractor, text: str, sup: str, rec: str, word: str) -> None:  # noqa: ANN001
    facts = [f for f in _facts(extractor, text) if f[0] == sup and f[1] == rec and word in f[3]]
    assert facts and all(f[5] == "uncertain" for f in facts), _facts(extractor, text)


@pytest.mark.parametrize(("text", "sup", "rec", "word"), FIRM)
def test_finding_or_attribution_stays_asserted(extractor, text: str, sup: str, rec: str, word: str) -> None:  # noqa: ANN001
    facts = [f for f in _facts(extractor, text) if f[0] == sup and f[1] == rec and word in f[3]]
    assert facts and all(f[5] == "asserted" for f in facts), _facts(extractor, text)


WITHDRAWN = [
    "An earlier version of this blog post said Egypt had delivered Falco-7 drones to Zambia; they were others.",
    "A previous version of this article stated that Brazil sold 12 Tucano-X trainers to Malawi.",
    "This story incorrectly reported that Spain had delivered Corvo-3 vehicles to Zambia.",
    "The original draft of the report wrongly said Hungary supplied Kolt-5 trucks to Malawi.",
    "Correction: the first edition of this tracker listed that Chile shipped three Orca-9 boats to Peru.",
    "Officials mistakenly stated that Lisbon had sent eight Varden-4 helicopters to Malawi.",
]

STANDING = [
    ("An earlier report by the panel said Egypt had delivered Falco-7 drones to Zambia.", "EGY", "ZMB", "Falco-7"),
    ("Egypt previously delivered Falco-7 drones to Zambia.", "EGY", "ZMB", "Falco-7"),
    ("The ministry had earlier said that Egypt delivered Falco-7 drones to Zambia.", "EGY", "ZMB", "Falco-7"),
    ("The updated version of this post says Spain delivered 12 Corvo-3 vehicles to Malawi.", "ESP", "MWI", "Corvo-3"),
]


@pytest.mark.parametrize("text", WITHDRAWN)
def test_withdrawn_claim_gives_no_row(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


@pytest.mark.parametrize(("text", "sup", "rec", "word"), STANDING)
def test_earlier_statement_that_is_not_withdrawn_stands(extractor, text: str, sup: str, rec: str, word: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert has_country_row(rows, sup, rec, "delivered", word), rows


def test_correction_after_withdrawn_claim_stands(extractor) -> None:  # noqa: ANN001
    text = ("Drone supply update\n\nCorrection: An earlier version of this blog post said Egypt had delivered Falco-7 drones"
            " to Zambia. Satellite imagery shows that Brazil delivered the Falco-7 drones to Zambia in March.")
    rows = _rows(extractor, text)
    assert has_country_row(rows, "BRA", "ZMB", "delivered", "Falco-7"), rows
    assert not any(r[0] == "EGY" for r in rows), rows


def test_sections_of_one_line_each_make_one_list(extractor) -> None:  # noqa: ANN001
    text = ("Quarterly monitor\n\nStatus codes: O = ordered, D = delivered.\n\nMALAWI\n- Brazil: 4 Tucano-X trainers (2020)"
            " [O]\n\nZAMBIA\n- Italy: two Ostrava-9 radars (2018) [D]\n\n## Peru\n- Spain: 12 Corvo-3 vehicles (delivered 2019)\n")
    rows = _rows(extractor, text)
    assert has_country_row(rows, "BRA", "MWI", "ordered", "Tucano-X", 4), rows
    assert has_country_row(rows, "ITA", "ZMB", "delivered", "Ostrava-9", 2), rows
    assert has_country_row(rows, "ESP", "PER", "delivered", "Corvo-3", 12), rows
    assert not any(r[1] == "MWI" and r[0] != "BRA" for r in rows), rows


def test_prose_between_heading_and_lines_breaks_the_section(extractor) -> None:  # noqa: ANN001
    text = ("Quarterly monitor\n\nStatus codes: O = ordered, D = delivered.\n\nMALAWI\n\nThe minister toured the coast in May.\n"
            "- Brazil: 4 Tucano-X trainers (2020) [O]\n- Spain: 12 Corvo-3 vehicles (2019) [D]\n")
    rows = _rows(extractor, text)
    assert not any(r[0] in ("BRA", "ESP") and r[1] == "MWI" for r in rows), rows


def test_line_labelled_by_recipient_names_supplier_after_from(extractor) -> None:  # noqa: ANN001
    text = ("Imports logged in 2021:\n- Malawi: six Falco-7 light attack aircraft from Brazil (ordered 2020)\n"
            "- Zambia: 2 Varden-4 transport helicopters from Egypt (delivered 2021)\n")
    rows = _rows(extractor, "Regional monitor\n\n" + text)
    assert has_country_row(rows, "BRA", "MWI", "ordered", "Falco-7", 6), rows
    assert has_country_row(rows, "EGY", "ZMB", "delivered", "Varden-4", 2), rows
    assert not any(r[0] == "MWI" or r[0] == "ZMB" for r in rows), rows
    assert not any(r[0] == "EGY" and r[1] == "MWI" for r in rows), rows
