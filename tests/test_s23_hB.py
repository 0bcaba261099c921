"""Session 23 (hB): orders and their partial deliveries told in a relative "of which", and contracts told in the
passive.

- a part told "of which" on a whole ("X flies Y-built jets, the first four of which arrived in 2020") is a delivery
  of its own: the holder of the whole (a verb of holding, `[owners] holding_verbs`) receives it, the whole's
  "Y-built" maker supplies it, and the clause keeps its own stage even where the parser reads it as a complement of
  the order before it (`frames/relative_parts.py`, `[items] batch_pronouns`);
- the part is no row of its own when the whole is told delivered already ("donated two X, the first of which was
  formally handed over"), and the last part completes the whole ("ordered 18 X, the last of which reached the air force": 18;
  `extraction/relative_rows.py`, `[completed] whole_parts`, `[items] completing_ordinals`);
- "a contract for 18 X was signed" is an argument of the signing, not a noun standing alone
  (`discourse.argument_of`).

Every sentence is written for these tests (not taken from any article); the systems are invented."""
from __future__ import annotations

import pytest


def _rows(extractor, text: str) -> list[tuple[str, str, str, str, object]]:  # noqa: ANN001
    out = []
    for t in extractor.extract_text(f"Arms transfers\n\n{text}").transfers:  # a heading, then the body
        sup = (t.supplier.country or t.supplier.name) if t.supplier else ""
        rec = (t.recipient.country or t.recipient.name) if t.recipient else ""
        out.append((sup, rec, t.item.text, t.stage, t.quantity))
    return out


def _has(got, sup: str, rec: str, item: str, stage: str, qty: object = "any") -> bool:  # noqa: ANN001
    return any(s == sup and r == rec and item in i and st == stage and (qty == "any" or q == qty)
               for s, r, i, st, q in got)


@pytest.mark.parametrize(("text", "sup", "rec", "item", "qty"), [
    ("Ghana flies Brazilian-built Tarvo light attack aircraft, the first four of which arrived in 2019.",
     "BRA", "GHA", "aircraft", 4),
    ("The Ghanaian air force operates Brazilian-made Tarvo trainer aircraft, the first two of which were delivered "
     "in March.", "BRA", "GHA", "aircraft", 2),
    ("Ghana's navy operates four patrol boats built in Norway, the last of which arrived at Takoradi in 2016.",
     "NOR", "GHA", "patrol boats", 4),
    ("In 2015 Uruguay bought eight Kessel howitzers from Finland, the first two of which have arrived in Montevideo "
     "last week.", "FIN", "URY", "howitzers", 2),
    ("According to the ministry's written answer, Chile ordered ten Ostrava radars from Poland, the first three of "
     "which were shipped in May.", "POL", "CHL", "radars", 3),
    ("Accra has ordered 12 Tarvo trainers from Brazil, the last of which was handed over on 3 January.",
     "BRA", "GHA", "Tarvo", 12),
    ("Peru ordered six Halden patrol boats from Norway in 2018, three of which have been delivered.",
     "NOR", "PER", "", 3),
])
def test_a_part_told_of_which_is_a_delivery(extractor, text, sup, rec, item, qty):
    got = _rows(extractor, text)
    assert _has(got, sup, rec, item, "delivered", qty), got


@pytest.mark.parametrize(("text", "sup", "rec", "qty"), [
    ("Accra has ordered 12 Tarvo trainers from Brazil, the last of which was handed over on 3 January.", "BRA", "GHA", 12),
    ("Chile ordered ten Ostrava radars from Poland, the first three of which were shipped in May.", "POL", "CHL", 10),
    ("In 2015 Uruguay bought eight Kessel howitzers from Finland, the first two of which have arrived this week.",
     "FIN", "URY", 8),
])
def test_the_whole_stays_the_order(extractor, text, sup, rec, qty):
    got = _rows(extractor, text)
    assert _has(got, sup, rec, "", "ordered", qty), got
    assert not _has(got, sup, rec, "", "ordered", 1), got


@pytest.mark.parametrize(("text", "sup", "rec", "qty"), [
    ("Norway has donated two Halden patrol boats to Ghana, the first of which was formally handed over on 2 June.", "NOR", "GHA", 2),
    ("Kenya operates six Talon helicopters supplied by Italy, the last of which arrived at Mombasa in 2012.", "ITA", "KEN", 6),
    ("Kenya has bought 40 Corvo armoured vehicles from Spain, the last of which arrived there in 2021.", "ESP", "KEN", 40),
    ("Spain has supplied 15 Corvo jets to Kenya, the last three of which arrived by air in 2009.", "ESP", "KEN", 15),
])
def test_a_whole_told_delivered_holds_its_parts(extractor, text, sup, rec, qty):
    got = _rows(extractor, text)
    assert _has(got, sup, rec, "", "delivered", qty), got
    assert [q for s, r, _, st, q in got if (s, r, st) == (sup, rec, "delivered")] == [qty], got


@pytest.mark.parametrize("text", [
    "Morocco uses Korean-built Vessa armoured vehicles, two of which were seen in Rabat.",
    "The army fields Finnish-built Kessel howitzers, none of which has been delivered.",
    "Ghana flies Brazilian-built Tarvo light attack aircraft, two of which crashed in 2019.",
])
def test_a_part_not_transferred_gives_no_row(extractor, text):
    assert not [r for r in _rows(extractor, text) if r[3] == "delivered"], _rows(extractor, text)


@pytest.mark.parametrize(("text", "rec", "item", "qty"), [
    ("Vietnam received all 24 Kestrel jets ordered from Italy in 2014; a contract for 18 Kestrel N naval jets was "
     "signed last month.", "VNM", "Kestrel N", 18),
    ("Peru received ten Corvo helicopters from Spain in 2019, and a contract for six more was signed on Monday.",
     "PER", "", 6),
    ("The defence ministry said a contract for 30 Talon armoured vehicles from Spain was signed by Peru in May.",
     "PER", "Talon", 30),
])
def test_a_contract_signed_in_the_passive_is_an_order(extractor, text, rec, item, qty):
    got = _rows(extractor, text)
    assert any(r == rec and item in i and st == "ordered" and q == qty for _, r, i, st, q in got), got


def test_a_contract_never_signed_is_no_order(extractor):
    got = _rows(extractor, "A planned contract for six Corvo transport aircraft was never signed.")
    assert not [r for r in got if r[3] in ("ordered", "delivered")], got


@pytest.mark.parametrize(("text", "sup", "rec", "qty"), [
    ("Italy proposed to speed up the delivery of six Trident-2 launchers ordered by Chile in 2021.", "ITA", "CHL", 6),
    ("Seoul agreed to accelerate delivery of 20 Vessa howitzers to Poland, the ministry said in a written answer.",
     "KOR", "POL", 20),
    ("Norway sped up the delivery of four Halden patrol boats to Ghana.", "NOR", "GHA", 4),
    ("Spain has decided to expedite its delivery of 12 Corvo helicopters to Peru, the ministry said.",
     "ESP", "PER", 12),
])
def test_a_delivery_hurried_is_still_on_order(extractor, text, sup, rec, qty):
    got = _rows(extractor, text)
    assert _has(got, sup, rec, "", "ordered", qty), got
    assert not _has(got, sup, rec, "", "delivered"), got


def test_a_delivery_completed_stays_a_delivery(extractor):
    got = _rows(extractor, "Spain completed delivery of 12 Corvo helicopters to Peru in May.")
    assert _has(got, "ESP", "PER", "Corvo", "delivered", 12), got


@pytest.mark.parametrize(("text", "rec", "qty"), [
    ("Zambia bought Talon helicopters from Italy in 2019. A contract for eight Orca drones from Israel's Karvell "
     "Systems will now go ahead, but with only four aircraft, the ministry said.", "ZMB", 4),
    ("Kenya bought Talon helicopters from Italy in 2019. A contract for 12 Orca drones from Israel's Karvell "
     "Systems will now go ahead, but with just 6 drones, the ministry said.", "KEN", 6),
    ("Kenya bought Talon helicopters from Italy in 2019. A contract for 12 Orca drones from Israel's Karvell "
     "Systems will go ahead with only seven aircraft.", "KEN", 7),
])
def test_an_order_cut_down_counts_what_is_left(extractor, text, rec, qty):
    got = _rows(extractor, text)
    assert _has(got, "ISR", rec, "Orca", "ordered", qty), got
    assert not [q for s, r, _, st, q in got if s == "ISR" and st == "ordered" and q != qty], got


@pytest.mark.parametrize("text", [
    "Zambia signed a contract with Israel for eight Orca drones, with only one ground station.",
    "Zambia signed a contract with Israel for eight Orca drones, with two ground stations.",
])
def test_a_with_phrase_of_other_equipment_keeps_the_count(extractor, text):
    got = _rows(extractor, text)
    assert _has(got, "ISR", "ZMB", "Orca", "ordered", 8), got


@pytest.mark.parametrize(("text", "item", "qty"), [
    ("Spain has provided Peru with two Corvo aircraft, six refurbished Corvex helicopters and 40 pick-up trucks.",
     "Corvex", 6),
    ("Since 2019, Spain has provided Peru with two Corvo aircraft, 14 overhauled Corvex helicopters and radios, "
     "the embassy said.", "Corvex", 14),
    ("Spain has provided Peru with two Corvo aircraft and six refurbished Corvex helicopters.", "Corvo", 2),
])
def test_a_count_before_a_participle_in_a_list_counts_the_item(extractor, text, item, qty):
    got = _rows(extractor, text)
    assert _has(got, "ESP", "PER", item, "delivered", qty), got


def test_a_participle_with_its_own_subject_gives_no_count(extractor):
    got = _rows(extractor, "Spain has provided Peru with Corvex helicopters refurbished by a private firm.")
    assert _has(got, "ESP", "PER", "Corvex", "delivered", None), got
