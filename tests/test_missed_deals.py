"""Transfers the text states that were not read at all (issue 12, recall): a bracketed count inside an
itemised notice; a deal noun that is the passive subject of a signing verb ("the contract for X was
signed with the company Y"), its signer the state body that reports it, also the unnamed ministry of an
official release; a list of counted items after a recipient shifted before them ("delivered to X 80 A,
20,000 B and 50 C, together with 12 D"). Every sentence is written for these tests."""
from __future__ import annotations


def _items(extractor, text: str) -> set[tuple[str | None, str | None, str, int | float | None]]:  # noqa: ANN001
    """(supplier, recipient, stage, quantity) of each row, a party as its state (its country)."""
    rows = extractor.extract_text(text, published="2024-03-01").transfers
    return {(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.quantity) for t in rows}


def test_a_bracketed_count_of_installed_and_spare_units_keeps_the_itemised_list(extractor):
    got = _items(extractor, "The Government of Chile has requested to buy twelve (12) F-16 aircraft; eight (8) "
                            "AN/TPQ-36 Firefinder radars (6 installed, 2 spares); and forty (40) Javelin missiles "
                            "(32 rounds, 8 spares).")
    assert {(s, r, q) for s, r, _, q in got} == {("USA", "CHL", 12), ("USA", "CHL", 8), ("USA", "CHL", 40)}


def test_a_deal_signed_in_the_passive_with_a_company_has_that_company_as_seller(extractor):
    assert _items(extractor, "Lithuania's defence ministry said the contract for the purchase of 40 armoured vehicles "
                             "was signed at the ministry's headquarters with the French company Arquus.") == \
        {("FRA", "LTU", "ordered", 40)}


def test_a_state_body_reporting_a_passive_signing_with_a_company_is_the_buyer(extractor):
    assert _items(extractor, "Norway's defence ministry said the contract for the purchase of 24 Leopard 2A8 tanks "
                             "was signed in Oslo with the German company KNDS.") == {("DEU", "NOR", "ordered", 24)}


def test_the_unnamed_ministry_of_an_official_release_signs_for_its_state(extractor):
    text = ("MINISTRY OF DEFENCE — REPUBLIC OF LATVIA\n\nThe Ministry of Defence informs that the contract for the "
            "acquisition of six HIMARS launchers was signed at the ministry with the American company Lockheed Martin.")
    assert _items(extractor, text) == {("USA", "LVA", "ordered", 6)}


def test_a_passive_signing_with_a_state_makes_no_reporter_a_buyer(extractor):
    got = _items(extractor, "The Kremlin said the contract for 10 Su-35 fighters was signed with the Algerian Air Force.")
    assert ("RUS", "DZA", "ordered", 10) in got and not any(r == "RUS" for _, r, *_ in got)


def test_a_list_after_a_shifted_recipient_gives_every_counted_item(extractor):
    got = _items(extractor, "I can inform the Senate that Canada has now delivered to Latvia 80 additional anti-tank "
                            "missiles, 20,000 rounds of artillery ammunition and 50 armoured vehicles, together with "
                            "12 M777 howitzers from army stocks.")
    assert {q for s, r, stage, q in got if (s, r, stage) == ("CAN", "LVA", "delivered")} == {80, 20000, 50, 12}
    # the list stops at the first segment that is no counted item
    assert _items(extractor, "Spain delivered to Morocco 40 armoured vehicles, 12 to Tunisia and 8 to Mali.") == \
        {("ESP", "MAR", "delivered", 40)}
    assert _items(extractor, "Spain sent to Morocco 40 armoured vehicles, 12 of which arrived in May.") == \
        {("ESP", "MAR", "delivered", 40)}
