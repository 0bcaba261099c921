"""Regional and non-Western reporting on arms acquisitions (helper h18region): inductions into service,
items of one sentence that each name their own maker, contracts "for the delivery of" with a time phrase
between. Every sentence is written for these tests; none comes from an article."""
from __future__ import annotations

Row = tuple[str | None, str | None, str | None, int | float | None, str]


def _rows(extractor, text: str) -> set[Row]:  # noqa: ANN001
    rows = extractor.extract_text(text, published="2024-06-01").transfers
    return {(t.supplier.id if t.supplier else None, t.recipient.id[:3] if t.recipient else None,
             t.item.category, t.quantity, t.stage) for t in rows}


# -- "inducted": a service taking materiel into its fleet receives it -------------------------------------

def test_a_navy_inducting_ships_built_abroad_receives_them(extractor):
    got = _rows(extractor, "The Bangladesh Navy inducted two Type 056 corvettes built in China into its fleet.")
    assert ("CHN", "BGD", "ship", 2, "delivered") in got


def test_an_army_inducting_howitzers_from_a_state_receives_them(extractor):
    got = _rows(extractor, "The Indian Army on Tuesday inducted the first batch of K9 Vajra howitzers from South Korea.")
    assert {(s, r, st) for s, r, _, _, st in got} == {("KOR", "IND", "delivered")}


def test_ships_inducted_into_a_foreign_built_navy_in_the_passive(extractor):
    got = _rows(extractor, "Two Chinese-built frigates were inducted into the Algerian Navy last week.")
    assert ("CHN", "DZA", "ship", 2, "delivered") in got


def test_inducting_helicopters_acquired_from_a_state_is_a_delivery_too(extractor):
    got = _rows(extractor, "The Ghana Air Force has inducted four Z-9 helicopters acquired from China.")
    assert ("CHN", "GHA", "helicopter", 4, "delivered") in got


def test_inducting_a_locally_built_vessel_gives_no_row(extractor):
    assert _rows(extractor, "The navy inducted the first locally built patrol vessel into service.") == set()


def test_inducting_people_gives_no_row(extractor):
    assert _rows(extractor, "The academy inducted 300 cadets from Nepal into the officer corps.") == set()


# -- coordinated items, each with its own maker's demonym --------------------------------------------------

def test_each_item_goes_to_the_state_its_demonym_names(extractor):
    got = _rows(extractor, "The Sri Lanka Navy received three Russian Mi-17 helicopters and two Chinese Y-12 aircraft.")
    assert {(s, c, q) for s, _, c, q, _ in got} == {("RUS", "helicopter", 3), ("CHN", "aircraft", 2)}


def test_each_item_its_own_maker_with_a_supply_verb(extractor):
    got = _rows(extractor, "Last year Uganda bought four Italian trainer jets and six Israeli drones.")
    assert {(s, c, q) for s, _, c, q, _ in got} == {("ITA", "aircraft", 4), ("ISR", "uav", 6)}


def test_one_demonym_only_keeps_the_named_supplier(extractor):
    got = _rows(extractor, "Peru received twelve Korean howitzers from South Korea.")
    assert {(s, r, q) for s, r, _, q, _ in got} == {("KOR", "PER", 12)}


# -- "X and Y signed a contract in 2021 for the delivery of": the order, not a delivery ---------------------

def test_a_contract_with_a_time_phrase_before_its_delivery_phrase_is_an_order(extractor):
    got = _rows(extractor, "Russia and Algeria signed a contract in 2021 for the delivery of 14 Su-34 fighter jets.")
    assert got == {("RUS", "DZA", "aircraft", 14, "ordered")}


def test_a_deal_with_a_year_before_its_supply_phrase_is_an_order(extractor):
    got = _rows(extractor, "China and Serbia signed a deal in 2020 for the supply of six FK-3 batteries.")
    assert {(s, r, st) for s, r, _, _, st in got} == {("CHN", "SRB", "ordered")}


def test_an_agreement_last_month_for_the_delivery_is_one_order(extractor):
    got = _rows(extractor, "Belarus and Russia signed an agreement in March for the delivery of 12 Yak-130 trainers.")
    assert {(s, r, st) for s, r, _, _, st in got} == {("RUS", "BLR", "ordered")}


# -- "added X to its fleet / arsenal / inventory": the holder receives X ----------------------------------

def test_adding_foreign_boats_to_a_fleet_is_receiving_them(extractor):
    got = _rows(extractor, "Uruguay added three Spanish patrol boats to its naval fleet.")
    assert got == {("ESP", "URY", "ship", 3, "delivered")}


def test_two_states_adding_drones_to_their_arsenal(extractor):
    got = _rows(extractor, "Azerbaijan and Qatar have added the Turkish drones to their military arsenal.")
    assert {(s, r, st) for s, r, _, _, st in got} == {("TUR", "AZE", "delivered"), ("TUR", "QAT", "delivered")}


def test_drones_added_to_an_armys_inventory_in_the_passive(extractor):
    got = _rows(extractor, "Four Turkish drones were added to the Nigerian Army's inventory last month.")
    assert got == {("TUR", "NGA", "uav", 4, "delivered")}


def test_integrating_boats_into_a_fleet_is_receiving_them(extractor):
    got = _rows(extractor, "The Kenyan Navy integrated two Israeli patrol boats into its fleet.")
    assert {(s, r, q) for s, r, _, q, _ in got} == {("ISR", "KEN", 2)}


def test_adding_vehicles_to_an_aid_package_gives_no_receipt(extractor):
    assert _rows(extractor, "Washington added 20 Bradley vehicles to the aid package for Ukraine.") == set()


def test_adding_its_own_missiles_to_its_arsenal_gives_no_row(extractor):
    assert _rows(extractor, "Russia added two S-400 batteries to its arsenal in Crimea.") == set()


def test_adding_a_clause_to_a_contract_gives_no_row(extractor):
    assert _rows(extractor, "The ministry added a new clause to the contract with Nepal.") == set()


# -- "made X available to Y": the subject supplies Y ---------------------------------------------------------

def test_making_helicopters_available_to_an_army_supplies_them(extractor):
    got = _rows(extractor, "The Italian government made four Puma helicopters available to the Kenyan army at no cost.")
    assert {(s[:3], r, q, st) for s, r, _, q, st in got} == {("ITA", "KEN", 4, "delivered")}


def test_making_jets_available_to_a_state(extractor):
    got = _rows(extractor, "Pakistan has made 10 JF-17 jets available to Nigeria.")
    assert {(s, r, q) for s, r, _, q, _ in got} == {("PAK", "NGA", 10)}


def test_will_make_frigates_available_for_a_navy(extractor):
    got = _rows(extractor, "Egypt will make two frigates available for the Libyan navy.")
    assert {(s, r, q) for s, r, _, q, _ in got} == {("EGY", "LBY", 2)}


def test_making_a_rifle_available_for_export_gives_no_row(extractor):
    assert _rows(extractor, "The company made its new rifle available for export.") == set()


def test_making_airspace_available_gives_no_row(extractor):
    assert _rows(extractor, "Jordan made its airspace available to the coalition.") == set()


# -- "aircraft being expected from X", "boats sourced from X": the supplier -------------------------------------

def test_aircraft_expected_from_a_state_come_from_it(extractor):
    got = _rows(extractor, "The Zambian Air Force took delivery of six trainer aircraft expected from China.")
    assert ("CHN", "ZMB", "aircraft", 6, "delivered") in got


def test_aircraft_being_expected_from_a_state_with_a_partitive(extractor):
    got = _rows(extractor, "The Zambian Air Force received the first three of ten trainer aircraft being expected "
                           "from China.")
    assert ("CHN", "ZMB", "aircraft", 3, "delivered") in got


def test_boats_sourced_from_a_state_come_from_it(extractor):
    got = _rows(extractor, "The Ghana Navy received two patrol boats sourced from Germany.")
    assert got == {("DEU", "GHA", "ship", 2, "delivered")}


def test_boats_expected_from_the_coast_give_no_supplier(extractor):
    assert _rows(extractor, "The navy received two patrol boats expected from the coast.") == set()


def test_an_entertainer_inducted_into_an_honour_gives_no_row(extractor):
    assert _rows(extractor, "The veteran pilot and the band Phantom will be inducted into the Music Hall of Fame "
                            "by a French singer.") == set()


def test_jets_inducted_into_a_numbered_squadron_are_received(extractor):
    got = _rows(extractor, "The Egyptian Air Force inducted the Swedish Gripen jets into No. 7 Squadron on Monday.")
    assert {(s, r, st) for s, r, _, _, st in got} == {("SWE", "EGY", "delivered")}


# -- an acronym the text defines stands for the party it spells out --------------------------------------------

def test_a_service_acronym_defined_earlier_names_that_service(extractor):
    text = ("The Ghana Air Force (GAF) held a parade on Monday.\n\n"
            "The GAF on Friday took delivery of four Z-9 helicopters from China.")
    assert _rows(extractor, text) == {("CHN", "GHA", "helicopter", 4, "delivered")}


def test_a_forces_acronym_defined_in_the_same_paragraph(extractor):
    text = "The Kenya Defence Forces (KDF) will hold drills. Last year the KDF received 12 armoured vehicles from Israel."
    assert _rows(extractor, text) == {("ISR", "KEN", "armoured_vehicle", 12, "delivered")}


def test_an_acronym_defined_as_a_non_party_stays_no_party(extractor):
    text = ("The Joint Procurement Board (JPB) met on Monday.\n\n"
            "Officials said the JPB received six drones from Turkey.")
    assert {r for _, r, _, _, _ in _rows(extractor, text)} <= {None, "jpb"}


# -- "has shown interest in acquiring X": the buyer weighs it, nothing is ordered ---------------------------

def test_interest_expressed_in_acquiring_jets_is_weighed(extractor):
    got = _rows(extractor, "Indonesia has expressed interest in acquiring 12 Russian Su-35 fighter jets.")
    assert got == {("RUS", "IDN", "aircraft", 12, "considered")}


def test_interest_shown_in_buying_is_weighed(extractor):
    got = _rows(extractor, "Egypt showed interest in buying Chinese J-10 fighters.")
    assert {(s, r, st) for s, r, _, _, st in got} == {("CHN", "EGY", "considered")}


def test_interest_in_striking_a_deal_to_procure_is_weighed(extractor):
    got = _rows(extractor, "Albania and Kyrgyzstan have also shown interest in striking a deal to procure Turkish drones.")
    assert {(r, st) for _, r, _, _, st in got} == {("ALB", "considered"), ("KGZ", "considered")}


def test_a_purchase_beside_a_lost_interest_stays_an_order(extractor):
    got = _rows(extractor, "Peru, which lost interest in the Italian programme, bought 40 Korean howitzers in 2019.")
    assert {(s, r, st) for s, r, _, _, st in got} == {("KOR", "PER", "delivered")}  # bought in 2019: done (completed.py)


# -- a passive verb of fitting out materiel describes the item, it tells no transfer ---------------------------

def test_submarines_to_be_equipped_with_engines_keep_only_their_purchase(extractor):
    got = _rows(extractor, "Thailand had agreed to procure two S26T submarines, to be equipped with German-made "
                           "engines, from China.")
    assert got == {("CHN", "THA", "submarine", 2, "ordered")}


def test_jets_modernized_and_equipped_in_a_sale_story_give_no_delivery(extractor):
    text = ("Denmark will sell 24 used F-16 fighter jets to Argentina.\n\n"
            "The Argentine ministry said the Danish F-16s will be modernized and equipped with new radars.")
    assert {st for _, _, _, _, st in _rows(extractor, text)} == {"ordered"}


def test_frigates_equipped_with_missiles_after_a_purchase_give_no_missile_delivery(extractor):
    text = ("Peru bought two frigates from South Korea last year.\n\n"
            "The frigates were equipped with Israeli missiles and French radars in 2023.")
    assert {c for _, _, c, _, _ in _rows(extractor, text)} == {"ship"}


def test_an_army_equipped_with_rifles_by_a_state_is_supplied(extractor):
    got = _rows(extractor, "The Malian army was equipped with Chinese rifles by Beijing.")
    assert {(s, r, st) for s, r, _, _, st in got} == {("CHN", "MLI", "delivered")}


# -- "on behalf of Y": Y takes the role of the one who acts ---------------------------------------------------

def test_an_envoy_handing_over_on_behalf_of_a_government_supplies_for_it(extractor):
    got = _rows(extractor, "The Chinese ambassador handed over 20 armoured vehicles to the Zambian army on behalf of "
                           "the Chinese government.")
    assert {(s[:3], r, q, st) for s, r, _, q, st in got} == {("CHN", "ZMB", 20, "delivered")}


def test_a_state_shipping_on_behalf_of_another_is_its_intermediary(extractor):
    rows = extractor.extract_text("Bulgaria shipped 2,000 shells to Ukraine on behalf of the United States.",
                                  published="2024-06-01").transfers
    assert {(t.supplier.id, t.recipient.id, t.intermediary.id if t.intermediary else None) for t in rows} == \
        {("USA", "UKR", "BGR")}


def test_a_firm_buying_on_behalf_of_a_state_buys_for_it(extractor):
    got = _rows(extractor, "A Bulgarian firm bought artillery shells from Serbia on behalf of Ukraine.")
    assert {(s, r, st) for s, r, _, _, st in got} == {("SRB", "UKR", "delivered")}


# -- "equipped itself with X": the subject receives ------------------------------------------------------------

def test_an_air_force_equipping_itself_with_foreign_jets_receives_them(extractor):
    got = _rows(extractor, "The Ethiopian Air Force has equipped itself with modern Russian Su-30 fighter jets.")
    assert {(s, r, st) for s, r, _, _, st in got} == {("RUS", "ETH", "delivered")}


def test_an_army_arming_itself_with_foreign_drones_receives_them(extractor):
    got = _rows(extractor, "The Malian army armed itself with Turkish drones last year.")
    assert {(s, r, st) for s, r, _, _, st in got} == {("TUR", "MLI", "delivered")}


def test_a_state_arming_an_army_with_its_own_drones_still_supplies_it(extractor):
    got = _rows(extractor, "Turkey armed the Malian army with drones last year.")
    assert {(s, r) for s, r, _, _, _ in got} == {("TUR", "MLI")}


# -- "negotiations between X and Y for the supply of Z": both sides, weighed --------------------------------------

def test_negotiations_between_two_states_revealed_by_a_third_are_weighed(extractor):
    got = _rows(extractor, "Rosoboronexport revealed ongoing negotiations between Russia and Ethiopia for the supply "
                           "of 18 Su-30 fighters.")
    assert got == {("RUS", "ETH", "aircraft", 18, "considered")}


def test_talks_between_two_states_on_a_purchase_are_weighed(extractor):
    got = _rows(extractor, "Officials confirmed talks between Egypt and China on the purchase of J-10 fighters.")
    assert {(s, r, st) for s, r, _, _, st in got} == {("CHN", "EGY", "considered")}


def test_talks_between_two_states_on_their_border_give_no_row(extractor):
    assert _rows(extractor, "Talks between India and Pakistan on the border resumed.") == set()


# -- "sanctioned X for the purchase of Y": the purchase is X's, not the sanctioner's ----------------------------

def test_sanctions_on_a_state_for_a_purchase_make_it_the_buyer(extractor):
    got = _rows(extractor, "Washington imposed sanctions on Indonesia for the purchase of Su-35 jets from Russia.")
    assert {(s, r) for s, r, _, _, _ in got} == {("RUS", "IDN")}


def test_sanctions_over_its_purchase_make_the_target_the_buyer(extractor):
    got = _rows(extractor, "The European Union imposed sanctions on Belarus over its purchase of drones from Iran.")
    assert {(s, r) for s, r, _, _, _ in got} == {("IRN", "BLR")}


def test_a_state_sanctioned_for_buying_is_the_buyer(extractor):
    got = _rows(extractor, "The United States sanctioned Egypt for buying Su-35 jets from Russia.")
    assert {(s, r) for s, r, _, _, _ in got} == {("RUS", "EGY")}


def test_a_state_warned_against_a_purchase_is_the_buyer(extractor):
    got = _rows(extractor, "Washington warned Vietnam against the purchase of Russian S-400 systems.")
    assert {(s, r) for s, r, _, _, _ in got} == {("RUS", "VNM")}


def test_a_state_praised_for_a_delivery_is_its_supplier(extractor):
    got = _rows(extractor, "Kyiv praised Norway for the delivery of NASAMS systems to Ukraine.")
    assert {(s, r) for s, r, _, _, _ in got} == {("NOR", "UKR")}


def test_signing_a_deal_for_a_purchase_keeps_the_signer_as_buyer(extractor):
    got = _rows(extractor, "Egypt signed a deal with Russia for the purchase of 24 Su-35 jets.")
    assert {(s, r) for s, r, _, _, _ in got} == {("RUS", "EGY")}


# -- "in discussion with X to buy Y": the singular nouns of talks weigh the purchase too ---------------------

def test_in_discussion_with_a_state_to_buy_is_weighed(extractor):
    got = _rows(extractor, "Malaysia is in discussion with Turkiye to buy three corvettes.")
    assert got == {("TUR", "MYS", "ship", 3, "considered")}


def test_in_negotiation_with_a_state_to_acquire_is_weighed(extractor):
    got = _rows(extractor, "Peru is in negotiation with South Korea to acquire two frigates.")
    assert {(s, r, st) for s, r, _, _, st in got} == {("KOR", "PER", "considered")}


def test_a_pronoun_subject_equipping_itself_gives_one_recipient(extractor):
    got = _rows(extractor, "The Zambian Air Force disclosed that it has equipped itself with modern Russian Yak-130 jets.")
    assert {(s, r, st) for s, r, _, _, st in got} == {("RUS", "ZMB", "delivered")}
