"""Background lists of a donor's earlier transfers to several recipients (twenty-eighth session, helper hB):
items each followed by their own destination in one clause ("gave A to X, B to Y and C to Z"), and list lines
after a colon that each name their own recipient ("has previously transferred assets to partners, including:"
and "1. two A to X;", "2. the ship B, refitted by a yard, to Y in 2016").

Texts written for these tests (invented firms, models, ships and people; combinations of states taken from no
article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row

PAIRED = [  # (sentence, rows as (supplier, recipient, stage, item word, quantity), pairs that must not be rows)
    ("Norway has earlier gifted a Kestrel-2 patrol aircraft and two Harrow helicopters to Ghana, a patrol vessel "
     "to Senegal and a submarine to Peru.",
     [("NOR", "GHA", "delivered", "Kestrel-2", 1), ("NOR", "GHA", "delivered", "helicopters", 2),
      ("NOR", "SEN", "delivered", "patrol vessel", 1), ("NOR", "PER", "delivered", "submarine", 1)],
     [("GHA", "submarine"), ("PER", "helicopters"), ("SEN", "Kestrel-2")]),
    ("Seoul previously handed over three Sora-class corvettes to the Philippines and a landing ship to Colombia.",
     [("KOR", "PHL", "delivered", "corvettes", 3), ("KOR", "COL", "delivered", "landing ship", 1)],
     [("COL", "corvettes"), ("PHL", "landing ship")]),
    ("Japan has donated four Kumo radars to Vietnam, two patrol boats to Malaysia and a training ship to Indonesia.",
     [("JPN", "VNM", "delivered", "radars", 4), ("JPN", "MYS", "delivered", "patrol boats", 2),
      ("JPN", "IDN", "delivered", "training ship", 1)],
     [("MYS", "radars"), ("VNM", "patrol boats")]),
    ("In 2019 Spain gave a frigate to Morocco and twelve Corvo boats to Tunisia.",
     [("ESP", "MAR", "delivered", "frigate", 1), ("ESP", "TUN", "delivered", "boats", 12)],
     [("TUN", "frigate"), ("MAR", "boats")]),
    ("The Swedish government had previously transferred an Ostrava-9 radar to Estonia, a corvette to Latvia and "
     "six Torv boats to Lithuania, the ministry said.",
     [("SWE", "EST", "delivered", "radar", 1), ("SWE", "LVA", "delivered", "corvette", 1),
      ("SWE", "LTU", "delivered", "boats", 6)],
     [("LVA", "radar"), ("EST", "boats")]),
    ("In 2017, the Dutch defence ministry transferred 12 Pelle-4 mortars to Latvia and 3 Dorn drones to Lithuania.",
     [("NLD", "LVA", "delivered", "mortars", 12), ("NLD", "LTU", "delivered", "drones", 3)],
     [("LTU", "mortars"), ("LVA", "drones")]),
    ("Sweden is a seasoned naval donor. It has previously given a Karvell-class frigate to Chile, two Vento "
     "corvettes to Ecuador and a survey ship to Peru.",
     [("SWE", "CHL", "delivered", "frigate", 1), ("SWE", "ECU", "delivered", "corvettes", 2),
      ("SWE", "PER", "delivered", "survey ship", 1)],
     [("ECU", "frigate"), ("CHL", "survey ship")]),
    ("Tokyo, which earlier handed over ten Sora patrol boats to Vietnam and four Kumo radars to the Philippines, "
     "is now weighing a new package.",
     [("JPN", "VNM", "delivered", "patrol boats", 10), ("JPN", "PHL", "delivered", "radars", 4)],
     [("PHL", "patrol boats"), ("VNM", "radars")]),
    ("Germany reportedly sent twenty Brask tanks to Poland and forty Varta trucks to Romania last year.",
     [("DEU", "POL", "delivered", "tanks", 20), ("DEU", "ROU", "delivered", "trucks", 40)],
     [("ROU", "tanks"), ("POL", "trucks")]),
    ("Italy gave two Lessa helicopters and a Corvo patrol boat to Tunisia and six Tarso rifles to Niger.",
     [("ITA", "TUN", "delivered", "helicopters", 2), ("ITA", "TUN", "delivered", "patrol boat", 1),
      ("ITA", "NER", "delivered", "rifles", 6)],
     [("NER", "helicopters"), ("TUN", "rifles")]),
    ("Paris delivered 24 Falk howitzers to Senegal and 1,000 shells to Mali.",
     [("FRA", "SEN", "delivered", "howitzers", 24), ("FRA", "MLI", "delivered", "shells", 1000)],
     [("MLI", "howitzers"), ("SEN", "shells")]),
]


@pytest.mark.parametrize(("text", "rows", "absent"), PAIRED, ids=[f"paired-{i}" for i in range(len(PAIRED))])
def test_items_go_to_their_own_destination(extractor, text, rows, absent) -> None:  # noqa: ANN001
    got = _rows(extractor, "Report\n\n" + text)
    for sup, rec, stage, word, qty in rows:
        assert has_country_row(got, sup, rec, stage, word, qty), (sup, rec, word, got)
    for rec, word in absent:
        assert not any(r == rec and word in item for _, r, _, item, _ in got), (rec, word, got)


def test_negated_pairs_stay_negated(extractor) -> None:  # noqa: ANN001
    got = extractor.extract_text("Report\n\nFrance has not given a frigate to Morocco or a corvette to Tunisia.")
    rows = {(t.recipient.country if t.recipient else None, t.item.text, t.factuality) for t in got.transfers}
    assert ("MAR", "frigate", "negated") in rows and ("TUN", "corvette", "negated") in rows, rows
    assert not any(r == "MAR" and "corvette" in i or r == "TUN" and "frigate" in i for r, i, _ in rows), rows


@pytest.mark.parametrize("text", [
    "Spain supplied Varta tanks to Morocco and to Tunisia.",  # one item, two destinations: both get it
    "Norway gave ten Dorn drones to Ghana and Senegal.",
])
def test_one_run_of_items_goes_to_every_destination(extractor, text) -> None:  # noqa: ANN001
    got = _rows(extractor, "Report\n\n" + text)
    recipients = {r for _, r, _, _, _ in got}
    assert len(recipients) == 2, got


@pytest.mark.parametrize("text", [
    "Norway has earlier trained pilots from Ghana, sailors from Senegal and engineers from Peru.",
    "The minister flew to Ghana, then to Senegal and later to Peru to discuss fisheries.",
])
def test_no_transfer_no_row(extractor, text) -> None:  # noqa: ANN001
    assert _rows(extractor, "Report\n\n" + text) == []


LINES = [  # (text, rows as (supplier, recipient, stage, item word, quantity), pairs that must not be rows)
    ("In the past Norway has transferred naval assets to West African partners, including:\n\n"
     "1. a Kestrel-2 patrol aircraft and two Harrow helicopters to Ghana;\n"
     "2. the patrol vessel Skarv, built by Karvell Marine, to Senegal in 2016;\n"
     "3. the submarine KNM Utsira, refitted by Ostrava Yards and handed over to the Liberian Navy in May 2021.\n",
     [("NOR", "GHA", "delivered", "Kestrel-2", 1), ("NOR", "GHA", "delivered", "helicopters", 2),
      ("NOR", "SEN", "delivered", "Skarv", None), ("NOR", "LBR", "delivered", "Utsira", None)],
     [("GHA", "Skarv"), ("SEN", "helicopters"), ("LBR", "Skarv")]),
    ("Over the past decade the Japanese defence ministry has donated equipment to its neighbours, including:\n\n"
     "- 14 Kumo radar sets to the Philippines;\n"
     "- 6 Sora-class patrol boats to Vietnam;\n"
     "- a Tenka training aircraft to Indonesia.\n",
     [("JPN", "PHL", "delivered", "radar", 14), ("JPN", "VNM", "delivered", "patrol boats", 6),
      ("JPN", "IDN", "delivered", "training aircraft", 1)],
     [("PHL", "patrol boats"), ("VNM", "radar")]),
    ("Canada has earlier handed over surplus vessels to several navies:\n\n"
     "a) the former HMCS Tarn, a Lessa-class frigate, to Chile in 2014;\n"
     "b) two Corvo patrol boats to Ecuador in 2018.\n",
     [("CAN", "CHL", "delivered", "frigate", None), ("CAN", "ECU", "delivered", "patrol boats", 2)],
     [("ECU", "frigate"), ("CHL", "patrol boats")]),
]


@pytest.mark.parametrize(("text", "rows", "absent"), LINES, ids=[f"lines-{i}" for i in range(len(LINES))])
def test_list_lines_with_their_own_recipient(extractor, text, rows, absent) -> None:  # noqa: ANN001
    got = _rows(extractor, "Report\n\n" + text)
    for sup, rec, stage, word, qty in rows:
        assert has_country_row(got, sup, rec, stage, word, qty), (sup, rec, word, got)
    for rec, word in absent:
        assert not any(r == rec and word in item for _, r, _, item, _ in got), (rec, word, got)


def test_list_lines_without_recipients_keep_the_head_recipient(extractor) -> None:  # noqa: ANN001
    got = _rows(extractor, "Report\n\nNorway has previously transferred military equipment to Ghana, including:\n\n"
                           "- a Kestrel-2 patrol aircraft;\n- two Harrow helicopters.\n")
    assert has_country_row(got, "NOR", "GHA", "delivered", "Kestrel-2", 1), got
    assert has_country_row(got, "NOR", "GHA", "delivered", "helicopters", 2), got
    assert {r for _, r, _, _, _ in got} == {"GHA"}, got


def test_a_list_line_told_again_by_its_own_verb_is_one_row(extractor) -> None:  # noqa: ANN001
    got = _rows(extractor, "Report\n\n" + LINES[0][0])
    assert len([1 for _, r, _, _, _ in got if r == "LBR"]) == 1, got


@pytest.mark.parametrize(("text", "qty"), [
    ("Ghana received 12 High-Speed Guard Boats from Norway.", 12),
    ("Last year Oslo handed over eight guard boats to the Ghanaian navy.", 8),
    ("Two border guard boats were donated by Norway to Ghana in 2020.", 2),
])
def test_guard_boats_are_ships(extractor, text, qty) -> None:  # noqa: ANN001
    got = _rows(extractor, "Report\n\n" + text)
    assert has_country_row(got, "NOR", "GHA", "delivered", "oats", qty), got


def test_guard_as_a_party_is_no_boat(extractor) -> None:  # noqa: ANN001
    got = _rows(extractor, "Report\n\nNorway sent the border guard of Ghana two Kestrel-2 drones.")
    assert not any("guard" in item.lower() for _, _, _, item, _ in got), got


def test_background_rows_lend_no_counterparty(extractor) -> None:  # noqa: ANN001
    text = ("Report\n\nThe Norwegian Navy's corvette KNM Tarn was handed over to the Ghana Navy today. The Lessa-class "
            "corvette, commissioned in 1994, is the first warship gifted by Norway to a partner. Ghana also wants "
            "Varta radars from Norway.\n\nNorway has earlier transferred naval assets to several partners, including:\n\n"
            "1. two Harrow helicopters to Senegal;\n2. the patrol boat Skarv, refitted by Karvell Marine, to Peru in "
            "2016.\n")
    got = _rows(extractor, text)
    assert has_country_row(got, "NOR", "SEN", "delivered", "helicopters", 2), got
    assert has_country_row(got, "NOR", "PER", "delivered", "Skarv"), got
    assert has_country_row(got, "NOR", "GHA", "delivered", "corvette"), got  # the story's recipient, not the record's
    assert not any(r in ("SEN", "PER") and "corvette" in item for _, r, _, item, _ in got), got


@pytest.mark.parametrize(("text", "word", "qty"), [
    ("The ship follows the donation of a Lessa patrol vessel to Senegal by Portugal.", "patrol vessel", 1),
    ("The handover follows Portugal's donation of a Lessa patrol vessel to Senegal.", "patrol vessel", 1),
    ("This gift complements the delivery of six Corvo patrol boats to Senegal by Portugal in 2019.", "boats", 6),
    ("The new boats succeed the donation of two Tarso interceptor craft to Senegal by Lisbon in 2015.", "craft", 2),
])
def test_a_transfer_that_another_follows(extractor, text, word, qty) -> None:  # noqa: ANN001
    got = _rows(extractor, "Report\n\n" + text)
    assert has_country_row(got, "PRT", "SEN", "delivered", word, qty), got


def test_following_a_visit_is_no_transfer(extractor) -> None:  # noqa: ANN001
    got = _rows(extractor, "Report\n\nThe talks follow the visit of a Portuguese minister to Senegal by sea.")
    assert got == [], got
