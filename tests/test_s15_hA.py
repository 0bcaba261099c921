"""Carriers, consignment lists and explainers (session 15, helper hA): a craft that carries a load is no party
("a chartered Antonov ... took off carrying X": neither its maker nor a receipt by it), a relative pronoun the
parser hangs on the clause's first verb ("the equipment which X decided on 3 May to provide to Y"), a list
after such a sentence, and an explainer whose title names the supplier and recipient ("Which weapons has X
given to Y?") lending them to its bulleted lines ("- A: The army handed over 24 A", a system made abroad).
Every text is written for these tests."""
from __future__ import annotations

Row = tuple[str | None, str | None, str, int | None, str]


def _rows(extractor, text: str) -> set[Row]:  # noqa: ANN001
    """(supplier, recipient, designation or item text, quantity, stage) of each row, parties as states."""
    rows = extractor.extract_text(text, published="2024-03-01").transfers
    return {(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None,
             (t.item.designation or t.item.text).lower(), t.quantity, t.stage) for t in rows}


def _has(got: set[Row], supplier: str | None, recipient: str | None, word: str, stage: str | None = None,
         quantity: int | None = None) -> bool:
    return any(s == supplier and r == recipient and word in i and (stage is None or st == stage) and
               (quantity is None or q == quantity) for s, r, i, q, st in got)


def test_a_craft_that_takes_off_with_a_load_receives_nothing(extractor):
    got = _rows(extractor, "Arms aid\n\nThree Swedish C-130s took off from Satenas with 20 Carl Gustaf launchers "
                           "for Latvia.")
    assert not any(r == "SWE" for _, r, _, _, _ in got)


def test_the_maker_of_a_chartered_carrier_is_no_supplier(extractor):
    got = _rows(extractor, "Aid to Moldova\n\nYesterday two C-17 transport aircraft of the Royal Air Force and a "
                           "chartered Antonov An-225 took off from Brize Norton carrying the first consignment of "
                           "defence equipment which the British Government decided on 3 May to provide to the "
                           "armed forces of Moldova.")
    assert not any(s == "UKR" for s, _, _, _, _ in got)
    assert _has(got, "GBR", "MDA", "equipment")


def test_a_relative_pronoun_on_the_deciding_verb_is_the_object_of_the_verb_of_supplying(extractor):
    got = _rows(extractor, "Aid to Georgia\n\nOn Tuesday a cargo aircraft left Ostrava with the howitzers which the "
                           "Czech government agreed on 4 June to give to the Georgian army.")
    assert _has(got, "CZE", "GEO", "howitzer")


def test_a_consignment_list_after_a_departing_carrier_keeps_the_sentence_s_parties(extractor):
    text = ("Second shipment of equipment to Albania\n\nThis morning two C-130J transports and a chartered Ilyushin "
            "Il-76 took off from Pisa carrying the second shipment of equipment which the Italian government "
            "decided in March to give to the armed forces of Albania.\n\nThe shipment comprises:\n\n"
            "- 2,000 Beretta ARX160 rifles\n- 40 Lince light multirole vehicles\n- 12 Spike launchers\n")
    got = _rows(extractor, text)
    assert _has(got, "ITA", "ALB", "arx160", quantity=2000)
    assert _has(got, "ITA", "ALB", "lince", quantity=40)
    assert not any(s == "RUS" or r == "RUS" for s, r, _, _, _ in got)


EXPLAINER = """Which weapons has Norway given to Latvia so far?

Norway has been one of Latvia's steadiest partners since 2014. Oslo seldom says what it sends. This overview draws on \
statements by the defence ministry and on press reports.

Air defence

- NASAMS: In 2023 Norway gave Latvia two NASAMS batteries from its own reserves.
- Patriot: Oslo has refused to part with any of its Patriot systems. Riga has asked for them several times.

Artillery

- M109: The army handed over 24 M109 self-propelled howitzers from its stocks in 2022.

Aircraft

- Bell 412: Six Bell 412 helicopters were flown to Latvia in the autumn.
"""


def test_the_army_of_an_explainer_line_is_the_title_s_supplier(extractor):
    got = _rows(extractor, EXPLAINER)
    assert _has(got, "NOR", "LVA", "m109", "delivered", 24)
    assert not _has(got, "LVA", "NOR", "m109")


def test_a_system_made_abroad_on_an_explainer_line_comes_from_the_title_s_supplier(extractor):
    got = _rows(extractor, EXPLAINER)
    assert _has(got, "NOR", "LVA", "", "delivered", 6)  # the helicopters (designated by the lexicon's family)
    assert not _has(got, "USA", "LVA", "", quantity=6)


def test_a_line_that_names_its_supplier_keeps_it(extractor):
    text = ("What arms has Spain sent to Morocco?\n\nSpain has sent Morocco a range of equipment since 2019.\n\n"
            "Vehicles\n\n- Leopard: In 2021 Germany sold Morocco 20 Leopard 2A4 tanks.\n"
            "- VAMTAC: Spain delivered 120 VAMTAC vehicles in 2022.\n")
    got = _rows(extractor, text)
    assert _has(got, "DEU", "MAR", "leopard")
    assert not _has(got, "ESP", "MAR", "leopard")
    assert _has(got, "ESP", "MAR", "vamtac")


def test_a_title_without_a_transfer_lends_nothing(extractor):
    text = ("Latvia's armed forces in figures\n\nLatvia spends 2.4% of its output on defence.\n\nAircraft\n\n"
            "- Bell 412: Six Bell 412 helicopters were flown to Riga in the autumn.\n")
    got = _rows(extractor, text)
    assert not any(s == "NOR" for s, _, _, _, _ in got)


def test_a_counted_companion_on_a_listed_line_is_a_row_of_its_own(extractor):
    text = ("Dutch aid to Georgia\n\nThe Dutch government sent a second package of equipment to Georgia on Monday.\n\n"
            "The package comprises:\n\n- 20 Spike launchers with 300 missiles\n- 3,000 C7 rifles with ammunition\n"
            "- 12 Bushmaster vehicles\n")
    got = _rows(extractor, text)
    assert _has(got, "NLD", "GEO", "missile", quantity=300)
    assert _has(got, "NLD", "GEO", "spike", quantity=20)
    assert not _has(got, "NLD", "GEO", "ammunition")  # the rifles' own gear, no count of its own


def test_a_shipment_named_again_takes_the_items_the_next_sentence_lists(extractor):
    text = ("Canadian aid to Latvia\n\nOttawa sent its second shipment of equipment to Latvia on Friday. The first "
            "shipment arrived in Riga in March. It included 400 C7 rifles, 20 Carl Gustaf launchers and 10 "
            "LAV 6 vehicles.")
    got = _rows(extractor, text)
    assert any(r == "LVA" and "c7" in i and q == 400 for _, r, i, q, _ in got)


def test_a_decision_not_to_supply_is_a_refusal(extractor):
    got = _rows(extractor, "Air defence\n\nIn June the Norwegian government decided not to supply Estonia with "
                           "NASAMS batteries.")
    assert _has(got, "NOR", "EST", "nasams", "refused")
    got = _rows(extractor, "Vehicles for Peru\n\nCanada weighed a request from Peru for armoured vehicles. Ottawa "
                           "later agreed not to sell them.")
    assert _has(got, "CAN", "PER", "armoured vehicle", "refused")


def test_a_decision_to_supply_stays_an_offer(extractor):
    got = _rows(extractor, "Vehicles for Chile\n\nAustria decided to supply Chile with 12 Pandur vehicles.")
    assert _has(got, "AUT", "CHL", "pandur", "offered", 12)
    assert not any(st == "refused" for _, _, _, _, st in got)


def test_such_systems_after_a_request_are_the_items_requested(extractor):
    got = _rows(extractor, "Armour for Morocco\n\nMorocco asked Spain for heavy arms such as battle tanks "
                           "and howitzers. Madrid has decided not to sell such systems.")
    assert _has(got, "ESP", "MAR", "tank", "refused")
    assert _has(got, "ESP", "MAR", "howitzer", "refused")


def test_any_such_system_points_back_to_nothing_in_particular(extractor):
    got = _rows(extractor, "Air defence for Haftar\n\nThe commanders had asked Belarus to supply Buk air defence "
                           "systems. Inspectors were unable to say whether any such system was ever delivered.")
    assert not any(st == "delivered" and f == "BLR" for f, _, _, _, st in got)
