"""Patterns of the thirty-second session's helper `itemqty` (items and their counts in lists).

- A counted list whose second member the parser tears out of it (extraction/stray_members.py): the member's head
  word read as a verb ("found 18 A rifles, four M4 carbines, six sights and 9,000 rounds", "carbines" a verb that
  takes "sights" as object) or the member made the subject of a bare verb told after the list ("two machine guns
  ... in the fish hold", "hold" read as a verb). The member joins the list again, and with it the rest of the list,
  so each member is a row of its own with its own count.
- A list's last member read as the subject of a reduced passive of report ("a van hauling 2,500 cartridges and 14
  pistols said to be headed for Y", extraction/hedged_members.py): the member joins the list, the verb its reduced
  relative, so the member is a row of the load too.
- A transfer's goods listed again in the next sentence with more in the list ("Y received 300 rifles from X. The
  equipment includes 300 A rifles, 40,000 rounds and four B vehicles", extraction/restated_lists.py): each counted
  listed item the transfer's rows did not name is a row with that transfer's stage and parties.

Sentences written for these tests (not taken from any article); the positives failed before the change."""
from __future__ import annotations

import pytest

from _helpers import country_rows, find, has_country_row

STRAY = [
    ("Police halted a van and found 16 Zorvan rifles, five Z-4 carbines, three thermal scopes and 7,000 rounds "
     "stashed beneath crates. The load was bound for the Kessel Brigade.",
     [("carbines", 5), ("thermal scopes", 3), ("rounds", 7000)]),
    ("Customs officers found 40 pistols, six M4 carbines, two mortars and 900 rounds hidden in a container bound "
     "for the Kessel Brigade.", [("carbines", 6), ("mortars", 2), ("rounds", 900)]),
    ("Aboard the dhow, coastguards found 30 AK-pattern rifles, three heavy machine guns, five RPG-7 "
     "launchers with 25 rockets and about 5,500 rounds of ammunition, stashed in the fish hold under sacks of salt, "
     "a coastguard officer told journalists. The arms were due to be delivered to the Kessel Brigade.",
     [("machine guns", 3), ("launchers", 5), ("rounds", 5500)]),
]


@pytest.mark.parametrize(("text", "members"), STRAY)
def test_every_member_of_a_torn_list_is_a_row(extractor, text, members):  # noqa: ANN001
    report = extractor.extract_text(text)
    for word, qty in members:
        found = [t for t in find(report, None, "kessel", word) if t.stage == "intercepted"]
        assert any(t.quantity == qty for t in found), (word, report.transfers)


def _parse(text: str):  # noqa: ANN202
    from materiel.extraction import nlp
    return nlp.load()(text)


def test_verb_read_member_becomes_a_conjunct() -> None:
    doc = _parse("Police halted a van and found 16 Zorvan rifles, five Z-4 carbines, three thermal scopes and "
                 "7,000 rounds stashed beneath crates.")
    carbines = next(t for t in doc if t.lower_ == "carbines")
    sights = next(t for t in doc if t.lower_ == "scopes")
    assert carbines.dep_ == "conj" and carbines.head.lower_ == "rifles" and carbines.pos_ == "NOUN"
    assert sights.dep_ == "conj"
    assert sum(1 for t in doc if t.head.i == t.i) == 1


def test_a_finite_clause_after_the_comma_is_left_alone() -> None:
    doc = _parse("Police seized 24 rifles, two machine guns were found later in a second truck.")
    guns = next(t for t in doc if t.lower_ == "guns")
    assert not (guns.dep_ == "conj" and guns.head.lower_ == "rifles")


def test_no_row_for_a_speaker_after_the_comma(extractor) -> None:  # noqa: ANN001
    report = extractor.extract_text("Police found 12 rifles, two officers said, concealed in a van bound for the "
                                    "Kessel Brigade.")
    assert not any("officer" in t.item.text for t in report.transfers), report.transfers


def test_no_list_without_a_count_after_the_comma() -> None:
    doc = _parse("Customs officers found 40 pistols, mostly old, in a container on Monday.")
    assert not any(t.dep_ == "conj" and t.head.lower_ == "pistols" for t in doc)


HEDGED = [
    ("In 2013 border guards stopped a van carrying 4,000 rounds of ammunition and 16 rifles said to be headed "
     "for the Kessel Brigade.", "rifles", 16),
    ("Police stopped a lorry carrying 800 grenades and 35 pistols said to be heading to the Kessel Brigade.",
     "pistols", 35),
    ("Customs officers stopped a truck carrying 2,000 cartridges and 15 carbines believed to be heading for the "
     "Kessel Brigade.", "carbines", 15),
    ("In 2014 the navy stopped a boat carrying 5,000 rounds of ammunition and 20 rifles said to be destined for the "
     "Kessel Brigade.", "rifles", 20),
    ("It was the biggest haul since 2016, when police stopped a lorry carrying 900 grenades and 40 pistols said to "
     "be bound for the Kessel Brigade.", "pistols", 40),
]


@pytest.mark.parametrize(("text", "word", "qty"), HEDGED)
def test_last_member_with_a_reduced_passive_of_report_is_listed(extractor, text, word, qty):  # noqa: ANN001
    report = extractor.extract_text(text)
    found = [t for t in find(report, None, "kessel", word) if t.stage == "intercepted"]
    assert any(t.quantity == qty for t in found), report.transfers


def test_a_reporting_clause_of_its_own_is_left_alone() -> None:
    doc = _parse("Kenya bought 40 pistols and 12 officials said to reporters that more would follow.")
    officials = next(t for t in doc if t.lower_ == "officials")
    assert officials.dep_ != "conj"


def test_a_reporting_root_is_left_alone() -> None:
    doc = _parse("Forty pistols and 12 rifles were said to be missing.")
    assert sum(1 for t in doc if t.head.i == t.i) == 1
    rifles = next(t for t in doc if t.lower_ == "rifles")
    assert rifles.head.lower_ != "pistols" or rifles.dep_ == "conj"


RESTATED = [
    ("The Kenyan army has received 250 rifles and six armoured vehicles from Serbia. The equipment includes 250 "
     "Zastava M21 assault rifles, 35,000 rounds of small-arms ammunition and six Lazar armoured vehicles.", "rounds",
     35000),
    ("Serbia delivered 250 rifles and six armoured vehicles to Kenya on Monday. The equipment, built by a Serbian "
     "factory, included 250 M21 assault rifles, 35,000 rounds of 9mm ammunition and six Lazar armoured "
     "vehicles.", "rounds", 35000),
    ("Serbia delivered 300 rifles to Kenya on Monday. The weapons included 300 M21 assault rifles and 20 mortars.",
     "mortars", 20),
]


@pytest.mark.parametrize(("text", "word", "qty"), RESTATED)
def test_goods_listed_again_add_the_new_members(extractor, text, word, qty):  # noqa: ANN001
    rows = country_rows(extractor, text)
    assert has_country_row(rows, "SRB", "KEN", "delivered", word, qty), rows
    assert sum(1 for r in rows if "rifles" in r[3]) == 1, rows  # the rifles told again keep the first row


@pytest.mark.parametrize("text", [
    "Serbia delivered 300 rifles to Kenya on Monday. The ceremony included 20 speeches and two parades.",
    "Serbia delivered 300 rifles to Kenya on Monday. The Kenyan army's inventory includes 40 tanks and 20 howitzers.",
    "Serbia delivered 300 rifles to Kenya on Monday. Its own equipment includes 40 tanks and 20 howitzers.",
])
def test_no_new_row_from_another_list(extractor, text):  # noqa: ANN001
    rows = country_rows(extractor, text)
    assert not any(w in r[3] for r in rows for w in ("tanks", "howitzers", "speeches", "parades")), rows
