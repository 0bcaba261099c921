"""Constructions of wire-service stories and UN panel / NGO report excerpts (issue 12): denials of
supplying "any" materiel, parties named only by where they are, seized cargo said to be bound for
someone. Every sentence is written for these tests."""
from __future__ import annotations


def _got(extractor, text: str) -> set[tuple[str | None, str | None, str, str]]:  # noqa: ANN001
    rows = extractor.extract_text(text, published="2024-03-01").transfers
    return {(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None,
             t.stage, t.factuality) for t in rows}


def test_denying_having_supplied_any_materiel_is_a_denied_delivery(extractor):
    assert _got(extractor, "Egypt denied that it had supplied any weapons to the army of Sudan.") == \
        {("EGY", "SDN", "delivered", "denied")}
    assert _got(extractor, "Belarus, in a written reply, denied having sent any ammunition to Russia.") == \
        {("BLR", "RUS", "delivered", "denied")}


def test_any_without_a_denial_is_still_no_transfer_in_particular(extractor):
    assert _got(extractor, "Any sale of tanks to Iraq would need the approval of parliament.") == set()


def test_parties_in_a_country_are_recipients_in_that_country(extractor):
    assert _got(extractor, "Qatar denied that it had supplied any military materiel to parties in Syria.") == \
        {("QAT", "SYR", "delivered", "denied")}
    assert _got(extractor, "Sudan denied sending rifles to groups in South Sudan.") == \
        {("SDN", "SSD", "delivered", "denied")}


def test_parties_in_a_region_or_at_war_stay_no_one_in_particular(extractor):
    assert _got(extractor, "Serbia denied selling rifles to parties in the region.") == set()
    assert _got(extractor, "Russia sold rifles to countries at war.") == set()


def test_cargo_said_to_be_bound_for_a_group_is_intercepted(extractor):
    assert _got(extractor, "The navy seized a boat carrying rifles that officials said were bound for the "
                           "Houthis.") == {(None, "YEM", "intercepted", "asserted")}
    assert _got(extractor, "Coast guards seized a lorry carrying mortar rounds which investigators believe "
                           "were destined for Hezbollah.") == {(None, "LBN", "intercepted", "asserted")}


def test_where_seized_cargo_was_made_is_its_supplier(extractor):
    assert _got(extractor, "Greek customs officers have seized 800 rifles made in Bulgaria that were bound for "
                           "Libya.") == {("BGR", "LBY", "intercepted", "asserted")}


def test_blocking_a_plan_to_buy_is_no_purchase_by_the_blocker(extractor):
    got = _got(extractor, "Peru wants new howitzers. Germany blocked a plan to buy Swedish-built "
                          "Archer howitzers.")
    assert got == {("SWE", "PER", "refused", "asserted")}


def test_blocking_a_plan_to_sell_keeps_the_blocker_as_seller(extractor):
    assert _got(extractor, "Sweden blocked a plan to sell Gripen jets to Thailand.") == \
        {("SWE", "THA", "refused", "asserted")}


def test_military_exports_name_weapons_without_an_item(extractor):
    assert _got(extractor, "Paris has kept an embargo on military exports to Chile in place.") == \
        {("FRA", "CHL", "refused", "asserted")}
    assert _got(extractor, "Canada suspended defence sales to Turkey.") == {("CAN", "TUR", "refused", "asserted")}


def test_a_foreign_military_sale_is_a_programme_name_not_an_item(extractor):
    assert _got(extractor, "The State Department approved a possible Foreign Military Sale to Jordan.") == set()


def test_an_embassy_speaks_for_its_state_in_reported_speech(extractor):
    got = _got(extractor, "Chad wants rifles. The French embassy said on Friday that it was discussing "
                          "the sale of Exocet missiles.")
    assert got == {("FRA", "TCD", "considered", "asserted")}


def test_a_headline_without_a_supplier_takes_the_one_the_lead_names(extractor):
    """"Peru receives first F-16 fighters" and "bought from Norway" below: Norway, not the maker's state."""
    text = ("Peru receives first F-16 fighters\n\nLIMA, May 3, 2025 (AFP) - Peru on Friday received the first "
            "four of 10 F-16 fighters bought from Norway, the air force said.\n")
    assert {s for s, _, stage, _ in _got(extractor, text) if stage == "delivered"} == {"NOR"}


def test_a_system_whose_supplier_is_never_named_comes_from_its_maker(extractor):
    text = "Peru receives first F-16 fighters\n\nLIMA (AFP) - Peru on Friday received four F-16 fighters.\n"
    assert {s for s, _, stage, _ in _got(extractor, text) if stage == "delivered"} == {"USA"}


def test_a_transliterated_name_written_without_its_apostrophe_is_the_same_actor(extractor):
    rows = extractor.extract_text("Syria supplied rifles to Kataib al-Junayd al-Jihadiyah in 2014.",
                                  published="2024-03-01").transfers
    assert [(t.recipient.name, t.recipient.country) for t in rows if t.recipient] == \
        [("Kata'ib al-Junayd al-Jihadiyah", "IRQ")]
