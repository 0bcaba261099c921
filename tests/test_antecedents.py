"""Constructions of long reports (issue 12): a system named once and then counted ("ordered six"),
a generic noun standing for the system of the paragraph, signing for and selecting a system, ships
commissioned with their builder, the scope of a hedge, and two parties of a symmetric predicate.
Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations


def _rows(extractor, text: str):  # noqa: ANN001, ANN202
    return extractor.extract_text(text, published="2024-03-01").transfers


def _got(rows):  # noqa: ANN001, ANN202
    return {(t.supplier.id if t.supplier else None, t.recipient.id, t.item.designation, t.quantity, t.stage)
            for t in rows}


def test_a_bare_count_after_a_named_system_counts_that_system(extractor):
    rows = _rows(extractor, "The Leopard 2 tank remains Germany's best-selling export. Chile ordered forty "
                            "in 2019, and Finland signed for twelve.")
    assert ("DEU", "CHL", "Leopard 2", 40, "ordered") in _got(rows)
    assert ("DEU", "FIN", "Leopard 2", 12, "ordered") in _got(rows)


def test_a_year_is_not_a_count(extractor):
    rows = _rows(extractor, "The Leopard 2 tank remains Germany's best-selling export. Chile ordered in 2019.")
    assert rows == []


def test_a_bare_count_with_no_system_before_gives_no_row(extractor):
    assert _rows(extractor, "Chile ordered forty in 2019.") == []


def test_a_generic_noun_takes_the_system_of_its_paragraph(extractor):
    rows = _rows(extractor, "The C-390 Millennium has won several export orders. In 2023 Norway and Denmark "
                            "jointly ordered six aircraft.")
    got = _got(rows)
    assert ("BRA", "NOR", "C-390 Millennium", 6, "ordered") in got
    assert ("BRA", "DNK", "C-390 Millennium", 6, "ordered") in got


def test_the_system_of_another_paragraph_is_not_an_antecedent(extractor):
    rows = _rows(extractor, "The C-390 Millennium has won several export orders.\n\nIn 2023 Norway ordered "
                            "six aircraft.")
    assert all(t.item.designation is None for t in rows)


def test_a_generic_noun_with_its_own_supplier_keeps_it(extractor):
    rows = _rows(extractor, "The C-390 Millennium has won several export orders. Norway bought six aircraft "
                            "from Italy.")
    assert {(t.supplier.id, t.item.designation) for t in rows} == {("ITA", None)}


def test_signing_for_a_system_is_an_order_and_a_signed_deal_stays_the_deals(extractor):
    got = _got(_rows(extractor, "Colombia signed for 18 Gripen fighters in 2022."))
    assert got == {("SWE", "COL", "JAS 39 Gripen", 18, "ordered")}
    assert _rows(extractor, "The minister signed for Colombia.") == []


def test_choosing_a_system_is_considered(extractor):
    got = _got(_rows(extractor, "Romania has chosen the K9 howitzer for its artillery programme."))
    assert got == {("KOR", "ROU", "K9 Thunder", None, "considered")}


def test_choosing_a_site_is_no_row(extractor):
    assert _rows(extractor, "Romania has chosen a site for its new air base.") == []


def test_a_navy_commissioning_a_ship_built_by_a_yard_received_it_from_that_yard(extractor):
    rows = _rows(extractor, "The Peruvian Navy commissioned two corvettes built by Naval Group on Friday.")
    assert {(t.recipient.country, t.item.text, t.quantity, t.stage) for t in rows} == \
        {("PER", "corvettes", 2, "delivered")}
    assert rows[0].supplier is not None and rows[0].supplier.id == "FRA"


def test_commissioning_a_study_is_no_row(extractor):
    assert _rows(extractor, "The Peruvian Navy commissioned a study of its fleet.") == []


def test_a_hedge_on_the_main_clause_leaves_a_relative_clause_on_its_subject_asserted(extractor):
    rows = _rows(extractor, "Sweden, which sold Thailand 12 Gripen fighters in 2008, is expected to offer "
                            "more aircraft next year.")
    sold = [t for t in rows if t.stage == "delivered"]
    assert [(t.supplier.id, t.recipient.id, t.factuality) for t in sold] == [("SWE", "THA", "asserted")]


def test_a_hedge_still_governs_its_complement(extractor):
    rows = _rows(extractor, "Sweden is believed to have sold Thailand 12 Gripen fighters.")
    assert {t.factuality for t in rows} == {"uncertain"}


def test_two_parties_discussing_a_sale_are_seller_and_buyer_by_the_systems_maker(extractor):
    rows = _rows(extractor, "Sweden delivered six Gripen fighters to Hungary in 2021. Stockholm and "
                            "Budapest are discussing the sale of four more.")
    later = [t for t in rows if t.stage == "considered"]
    assert {(t.supplier.id, t.recipient.id, t.quantity) for t in later} == {("SWE", "HUN", 4)}


# -- part of a batch named before, a phrase coordinated on the verb, shares of a joint order ------

def test_the_first_n_of_a_batch_are_delivered_from_that_batch(extractor):
    rows = _rows(extractor, "Kenya ordered 10 Bayraktar TB2 drones from Turkey in 2022, and the first four have "
                            "been delivered, the ministry said.")
    got = _got(rows)
    assert ("TUR", "KEN", "Bayraktar TB2", 10, "ordered") in got
    assert ("TUR", "KEN", "Bayraktar TB2", 4, "delivered") in got


def test_three_of_them_and_the_last_of_them(extractor):
    got = _got(_rows(extractor, "Peru ordered eight K2 tanks from South Korea. Three of them arrived in May."))
    assert ("KOR", "PER", "K2 Black Panther", 3, "delivered") in got
    got = _got(_rows(extractor, "Ghana bought six Wing Loong II drones from China in 2021. The last of them was "
                                "delivered in 2023."))
    assert ("CHN", "GHA", "Wing Loong", 1, "delivered") in got


def test_the_first_handed_over_in_a_port_keeps_the_batch_supplier(extractor):
    got = _got(_rows(extractor, "Chile bought two Type 23 frigates from Britain in 2019; the first was handed over "
                                "in Portsmouth in April."))
    assert ("GBR", "CHL", "Type 23 frigate", 1, "delivered") in got


def test_a_batch_word_without_a_batch_before_gives_no_row(extractor):
    assert _rows(extractor, "The first was handed over in Portsmouth in April.") == []
    assert _rows(extractor, "Three of them arrived in May.") == []


def test_a_second_to_phrase_coordinated_on_the_verb_is_a_second_recipient(extractor):
    got = _got(_rows(extractor, "The Gripen E has also been offered to Colombia, where Saab has a local partner, "
                                "and to Peru, but neither country has committed."))
    assert {("SWE", "COL"), ("SWE", "PER")} <= {(s, r) for s, r, *_ in got}
    got = _got(_rows(extractor, "Israel sold Heron drones to Morocco and to Azerbaijan in 2020."))
    assert {("ISR", "MAR"), ("ISR", "AZE")} <= {(s, r) for s, r, *_ in got}


def test_shares_of_a_joint_order_go_to_each_buyer(extractor):
    got = _got(_rows(extractor, "In 2023 Norway and Denmark jointly ordered 12 NH90 helicopters (eight for Norway "
                                "and four for Denmark)."))
    assert {(r, q) for _, r, _, q, _ in got} == {("NOR", 8), ("DNK", 4)}


def test_one_for_phrase_is_no_division(extractor):
    got = _got(_rows(extractor, "Norway ordered 12 NH90 helicopters (six for the coast guard)."))
    assert {(r, q) for _, r, _, q, _ in got} == {("NOR", 12)}


def test_part_of_a_batch_of_an_undesignated_kind(extractor):
    rows = _rows(extractor, "Italy sold two patrol vessels to Peru in 2024; the first was handed over in Taranto "
                            "in April.")
    assert {(t.supplier.id if t.supplier else None, t.recipient.id, t.item.category, t.quantity, t.stage)
            for t in rows} >= {("ITA", "PER", "ship", 1, "delivered")}


def test_a_count_looks_for_its_system_in_its_own_paragraph_only(extractor):
    rows = _rows(extractor, "Chile ordered ten Leopard 2 tanks from Germany.\n\nPeru, meanwhile, ordered six.")
    assert ("DEU", "PER", "Leopard 2", 6, "ordered") not in _got(rows)


# -- a maker building for a named buyer ------------------------------------------------------------

def test_a_maker_building_for_a_foreign_buyer_reports_an_order(extractor):
    got = _got(_rows(extractor, "Naval Group is building four Scorpene submarines for Brazil."))
    assert {(s, r, q, st) for s, r, _, q, st in got} == {("FRA", "BRA", 4, "ordered")}
    got = _got(_rows(extractor, "Hanwha will build three frigates for the Philippine Navy under a 2025 contract."))
    assert {(s, q, st) for s, _, _, q, st in got} == {("KOR", 3, "ordered")}


def test_building_with_no_buyer_or_for_its_own_forces_is_no_transfer(extractor):
    assert _rows(extractor, "Naval Group is building four submarines at Cherbourg.") == []
    assert _rows(extractor, "Rheinmetall is producing shells for the German army.") == []
    assert _rows(extractor, "Turkey has taken delivery of the Russian-built system.") == [] or all(
        t.stage != "ordered" for t in _rows(extractor, "Turkey has taken delivery of the Russian-built system."))


# -- the whole of a batch, nearness to a deal, licensed production ---------------------------------

def test_the_first_of_n_ordered_from_a_maker_is_an_order_of_n(extractor):
    got = _got(_rows(extractor, "Ghana's army has taken delivery of two Cobra vehicles from Turkey, the first of "
                                "ten ordered in 2023."))
    assert {(st, q) for *_, q, st in got} >= {("delivered", 2), ("ordered", 10)}


def test_the_second_of_those_batteries_was_received(extractor):
    got = _got(_rows(extractor, "Peru signed a contract for four Hisar batteries in 2021 and received the second "
                                "of those batteries in May, the army said."))
    assert ("TUR", "PER", "Hisar", 1, "delivered") in got


def test_delivered_out_of_n_ordered(extractor):
    got = _got(_rows(extractor, "Russia delivered two Su-30 jets to Laos in 2023 out of six ordered in 2019."))
    assert {("RUS", "LAO", 2, "delivered"), ("RUS", "LAO", 6, "ordered")} <= {(s, r, q, st) for s, r, _, q, st in got}


def test_close_to_a_deal_is_still_weighed(extractor):
    got = _got(_rows(extractor, "Sweden and Thailand are close to a deal for the sale of Gripen jets, officials said."))
    assert {(s, r, st) for s, r, _, _, st in got} == {("SWE", "THA", "considered")}
    got = _got(_rows(extractor, "Peru is close to an agreement to buy 24 Gripen jets from Sweden."))
    assert {st for *_, st in got} == {"considered"}
    got = _got(_rows(extractor, "Peru signed an agreement to buy 24 Gripen jets from Sweden."))
    assert {st for *_, st in got} == {"ordered"}


def test_production_under_licence_is_an_order_of_the_licensee(extractor):
    got = _got(_rows(extractor, "India has produced Su-30MKI fighters under licence from Russia since 2004."))
    assert {(s, r, st) for s, r, _, _, st in got} == {("RUS", "IND", "ordered")}


def test_buying_one_is_a_pronoun_not_a_count(extractor):
    assert _rows(extractor, "The Leopard 2 is popular. Friends said they would be buying one.") == []


def test_a_later_anaphor_takes_parties_from_the_telling_that_fits(extractor):
    rows = _rows(extractor, "Norway will send NASAMS launchers to Ukraine. Kongsberg builds the launchers under "
                            "licence from the United States. The order follows a request from Kyiv for the launchers.")
    assert ("NOR", "UKR", "requested") in {(t.supplier.id if t.supplier else None, t.recipient.id, t.stage)
                                            for t in rows}
