"""Deal verbs of everyday reporting (issue 12): a purchase pursued "in talks" is weighed, not made; a
government "clearing" a sale offers it, and "clear" over anything but a sale is no row. Every sentence
is written for these tests."""
from __future__ import annotations


def _got(extractor, text: str) -> set[tuple[str | None, str | None, str]]:  # noqa: ANN001
    """(supplier, recipient, stage) of each row, a party as its state (its country)."""
    rows = extractor.extract_text(text, published="2024-03-01").transfers
    return {(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage)
            for t in rows}


def test_a_purchase_pursued_in_talks_is_considered(extractor):
    assert _got(extractor, "Vietnam is in talks with India to buy BrahMos missiles.") == {("IND", "VNM", "considered")}
    assert _got(extractor, "Manila is in advanced negotiations with Seoul to acquire two more corvettes.") == \
        {("KOR", "PHL", "considered")}


def test_a_place_is_no_talks(extractor):
    assert _got(extractor, "Peru is in Lima to buy 12 KT-1 trainers from South Korea.") == {("KOR", "PER", "ordered")}


def test_clearing_a_sale_offers_it(extractor):
    assert _got(extractor, "Washington cleared the sale of 40 Stinger missiles to Estonia.") == {("USA", "EST", "offered")}
    assert _got(extractor, "Paris has cleared the export of six Caesar howitzers to Ghana.") == {("FRA", "GHA", "offered")}


def test_clearing_anything_but_a_sale_is_no_row(extractor):
    # the load carried "for Georgia" is a delivery of its own (a load on its way to a party); clearing customs
    # approves nothing
    assert _got(extractor, "The freighter carrying 30 tanks for Georgia cleared customs in Poti.") == \
        {(None, "GEO", "delivered")}
    assert _got(extractor, "The frigate cleared the Suez Canal with 20 helicopters aboard.") == set()
    assert _got(extractor, "Troops cleared the village of weapons left by the rebels.") == set()


def test_a_buyer_named_as_a_systems_customer_ordered_it(extractor):
    assert _got(extractor, "Vietnam became the first export customer for the K9 in 2022.") == {("KOR", "VNM", "ordered")}
    assert _got(extractor, "Estonia was an early customer for the K9 howitzer.") == {("KOR", "EST", "ordered")}


def test_customers_with_no_buyer_or_system_are_no_rows(extractor):
    assert _got(extractor, "The shipyard has customers in 30 countries.") == set()
    assert _got(extractor, "Airlines are the main customers for the A350.") == set()
    assert _got(extractor, "The bank's customers complained about fees.") == set()


def test_the_owner_of_an_item_made_elsewhere_receives_it(extractor):
    assert _got(extractor, "Brazil's first four Gripen fighters arrived on Monday.") == {("SWE", "BRA", "delivered")}
    assert _got(extractor, "The Indian Navy's fleet of 26 Rafale jets was bought from France in 2025.") == \
        {("FRA", "IND", "delivered")}


def test_the_owner_of_its_own_system_is_no_recipient(extractor):
    assert _got(extractor, "Russia's S-400 systems were delivered last year.") == set()


def test_a_navy_commissioning_a_ship_built_abroad_received_it(extractor):
    assert _got(extractor, "The Ghanaian navy commissioned four patrol boats built in South Korea.") == \
        {("KOR", "GHA", "delivered")}
    assert _got(extractor, "The navy commissioned two patrol boats built in a local yard.") == set()


def test_a_ranking_of_customers_is_no_row(extractor):
    assert _got(extractor, "Vietnam has become the largest foreign customer for Indian weapons.") == set()
    assert _got(extractor, "Chile is the biggest customer of the Spanish shipyard.") == set()


def test_a_package_for_a_state_gives_it_what_the_package_includes(extractor):
    assert _got(extractor, "The Pentagon announced a $300 million aid package for Taiwan that includes 40 "
                           "Stinger missiles and 12 Humvees.") == {("USA", "TWN", "offered")}


def test_a_contract_signed_with_a_maker_covers_items_for_a_force(extractor):
    assert _got(extractor, "The deal, signed with Rosoboronexport in 2019, covers 10 Mi-35 helicopters for the "
                           "Malian air force.") == {("RUS", "MLI", "ordered")}
    assert _got(extractor, "The contract with Saab includes 14 Gripen jets for the Thai air force.") == \
        {("SWE", "THA", "ordered")}


def test_items_for_an_item_name_no_recipient(extractor):
    assert _got(extractor, "The sale of 20 spare engines for the F-16 fleet was approved.") == set()


def test_a_past_form_hung_on_the_item_is_a_reduced_relative(extractor):
    assert _got(extractor, "The Malian army now operates 12 Mi-24 helicopters bought from Belarus.") == \
        {("BLR", "MLI", "delivered")}
    assert _got(extractor, "The Chadian army operates 10 Su-25 jets bought from Ukraine.") == {("UKR", "TCD", "delivered")}


def test_a_refusal_of_any_more_is_still_a_refusal(extractor):
    assert _got(extractor, "Norway said it would not send any more NASAMS launchers to Ukraine this year.") == \
        {("NOR", "UKR", "refused")}
    assert _got(extractor, "Every rifle sent to the rebels was registered.") == set()


def test_put_on_hold_before_its_object_is_a_refusal(extractor):
    assert _got(extractor, "Washington put on hold a shipment of 2,000 bombs to Israel.") == {("USA", "ISR", "refused")}


def test_a_definite_deal_that_names_its_items_takes_the_parties_told_before(extractor):
    assert _got(extractor, "Peru signed an agreement with South Korea in May. The contract includes four KT-1 "
                           "trainers and two frigates.") == {("KOR", "PER", "ordered")}
    assert _got(extractor, "Vietnam signed a contract with Israel in 2019. The deal covers 12 Barak 8 "
                           "launchers.") == {("ISR", "VNM", "ordered")}


def test_a_deal_with_no_parties_told_before_stays_without_them(extractor):
    assert _got(extractor, "Egypt is a close partner of France. The deal includes 30 Rafale jets.") == set()


def test_we_in_a_quote_is_the_speakers_state(extractor):
    assert _got(extractor, '"We have delivered 16 howitzers to Armenia," the French defence minister said.') == \
        {("FRA", "ARM", "delivered")}
    assert _got(extractor, '"We will buy 20 more K9 howitzers," Estonia\'s defence minister told parliament.') == \
        {("KOR", "EST", "ordered")}


def test_we_with_no_speaker_of_a_state_is_no_one(extractor):
    assert _got(extractor, "We ordered 30 pizzas and two drones for the office party.") == set()


def test_a_counted_list_read_as_an_apposition_gives_one_row_per_item(extractor):
    rows = extractor.extract_text("Since 2021, Latvia has bought 300 Javelins, 80 Stinger missiles and four HIMARS "
                                  "launchers from the United States.", published="2024-03-01").transfers
    assert sorted((t.item.designation, t.quantity) for t in rows) == \
        [("FGM-148 Javelin", 300), ("FIM-92 Stinger", 80), ("M142 HIMARS", 4)]


def test_an_uncounted_apposition_restates_the_item(extractor):
    rows = extractor.extract_text("Peru bought 12 KT-1 trainers from South Korea, its first Korean aircraft.",
                                  published="2024-03-01").transfers
    assert [(t.item.designation, t.quantity) for t in rows] == [("KT-1 Woongbi", 12)]


def test_a_purchase_planned_under_a_signed_letter_is_weighed_by_the_signer(extractor):
    assert _got(extractor, "Malaysia has signed a letter of intent for the planned purchase of 18 FA-50 jets from "
                           "South Korea.") == {("KOR", "MYS", "considered")}


def test_is_to_receive_and_will_begin_deliveries_are_not_yet_delivered(extractor):
    assert _got(extractor, "Croatia is to receive 12 Rafale jets from France by 2025.") == {("FRA", "HRV", "ordered")}
    assert _got(extractor, "Hanwha will begin deliveries of K9 howitzers to Estonia in 2026.") == \
        {("KOR", "EST", "offered")}
    assert _got(extractor, "Estonia has taken delivery of 24 K9 howitzers.") == {("KOR", "EST", "delivered")}


def test_a_delivery_whose_of_phrase_follows_an_adverbial_in_commas(extractor):
    """"had taken delivery, in early 2021, of X": the parser can hang "of X" on the verb above the noun."""
    assert _got(extractor, "Auditors received credible reports that the Ethiopian National Defence Force had taken "
                           "delivery, in early 2021, of Chinese-made Wing Loong drones.") == {("CHN", "ETH", "delivered")}
    assert _got(extractor, "Bolivia's army took delivery, last March, of 30 Chinese-made armoured vehicles.") == \
        {("CHN", "BOL", "delivered")}
    assert _got(extractor, "12. The Group received photographs showing that the Malian army had taken delivery, in "
                           "early 2022, of Russian-made BTR-82A armoured vehicles, which were seen in Gao.") == \
        {("RUS", "MLI", "delivered")}  # the parser hangs "of X" on the date


def test_an_of_phrase_of_another_verb_stays_its_own(extractor):
    assert _got(extractor, "Ghana signed a contract, worth $90 million, of which half was paid in 2021.") == set()
    assert _got(extractor, "The minister spoke of the delivery, in 2020, of hope to the region.") == set()


def test_a_maker_pitching_or_marketing_a_system_offers_it(extractor):
    assert _got(extractor, "France has pitched the Rafale to Colombia.") == {("FRA", "COL", "offered")}
    assert _got(extractor, "Saab markets the Gripen E to Colombia.") == {("SWE", "COL", "offered")}
    assert _got(extractor, "Peru is weighing bids for 24 fighters, and Sweden's Saab has pitched the Gripen.") == \
        {("SWE", "PER", "offered")}


def test_pitching_or_marketing_anything_else_is_no_row(extractor):
    assert _got(extractor, "The soldiers pitched tents near the border with Chad.") == set()
    assert _got(extractor, "Kenya markets its tea to Pakistan and Egypt.") == set()


def test_preparing_to_receive_is_a_delivery_agreed_not_made(extractor):
    assert _got(extractor, "The Chilean Army prepares to receive its first Leopard 2A7 tanks from Germany.") == \
        {("DEU", "CHL", "ordered")}
    assert _got(extractor, "Ghana is gearing up to take delivery of four Chinese-made Z-9 helicopters.") == \
        {("CHN", "GHA", "ordered")}


def test_preparing_to_buy_is_still_weighed(extractor):
    assert _got(extractor, "Chile is preparing to buy Leopard tanks from Germany.") == {("DEU", "CHL", "considered")}
