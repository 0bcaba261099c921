"""Defence trade press and procurement news (issue 16): contracts won and awarded, leases, items held on
order, a buyer's own approval of a purchase, armed services named "Royal ...". Every sentence is written
for these tests; none comes from an article."""
from __future__ import annotations

Row = tuple[str | None, str | None, str | None, int | float | None, str]


def _rows(extractor, text: str) -> set[Row]:  # noqa: ANN001
    rows = extractor.extract_text(text, published="2024-06-01").transfers
    return {(t.supplier.id if t.supplier else None, t.recipient.id if t.recipient else None,
             t.item.category, t.quantity, t.stage) for t in rows}


# -- a lease "from" someone: the subject is the lessee, who receives ------------------------------------

def test_leasing_from_a_state_makes_the_subject_the_recipient(extractor):
    got = _rows(extractor, "The Kenyan Navy has leased three drones from Israel.")
    assert {(s, r[:3], q, st) for s, r, _, q, st in got} == {("ISR", "KEN", 3, "delivered")}


def test_leasing_from_a_maker_makes_the_maker_the_supplier(extractor):
    got = _rows(extractor, "Ghana leased two Sea Guardian drones from General Atomics for a year.")
    assert {(s, r, q) for s, r, _, q, _ in got} == {("USA", "GHA", 2)}


def test_leasing_to_someone_keeps_the_subject_as_lessor(extractor):
    got = _rows(extractor, "Japan leased four TC-90 aircraft to Vietnam last year.")
    assert {(s, r, q) for s, r, _, q, _ in got} == {("JPN", "VNM", 4)}


def test_an_airline_leasing_airliners_from_a_lessor_gives_no_row(extractor):
    assert _rows(extractor, "Kenya Airways leased two Boeing 787 airliners from an Irish lessor.") == set()


# -- contracts won and awarded: the winner sells, the one who awards buys -------------------------------

def test_a_contract_won_from_a_state_is_sold_to_that_state(extractor):
    got = _rows(extractor, "Rheinmetall won a contract from Hungary for 180 Lynx infantry fighting vehicles.")
    assert {(s, r, q, st) for s, r, _, q, st in got} == {("DEU", "HUN", 180, "ordered")}


def test_a_contract_won_from_a_service_to_supply_goes_to_that_service(extractor):
    got = _rows(extractor, "Saab secured an order from the Colombian Air Force to supply 16 Gripen fighters.")
    assert {(s, r[:3], q) for s, r, _, q, _ in got} == {("SWE", "COL", 16)}


def test_a_ministry_awarding_a_maker_a_contract_buys_from_it(extractor):
    got = _rows(extractor, "The Senegalese defence ministry awarded Fincantieri a contract for the construction of "
                           "three patrol vessels.")
    assert {(s, r[:3], q, st) for s, r, _, q, st in got} == {("ITA", "SEN", 3, "ordered")}


def test_a_maker_awarded_a_contract_by_a_navy_sells_to_it(extractor):
    got = _rows(extractor, "Navantia has been awarded a contract by the Peruvian Navy for four offshore patrol "
                           "vessels.")
    assert {(s, r[:3], q) for s, r, _, q, _ in got} == {("ESP", "PER", 4)}


def test_a_maker_winning_a_contract_from_its_own_army_gives_no_row(extractor):
    assert _rows(extractor, "Oshkosh Defense won a contract from the US Army for 500 tactical trucks.") == set()


def test_a_plane_maker_winning_an_order_from_an_airline_gives_no_row(extractor):
    assert _rows(extractor, "Airbus won an order from Qantas for 20 A350 airliners.") == set()


# -- items held on order --------------------------------------------------------------------------------

def test_items_a_state_has_on_order_from_a_supplier_are_ordered(extractor):
    got = _rows(extractor, "Slovakia has 14 F-16 fighters from the United States on order.")
    assert {(s, r, q, st) for s, r, _, q, st in got} == {("USA", "SVK", 14, "ordered")}


def test_items_on_order_from_a_supplier_named_after_the_order(extractor):
    got = _rows(extractor, "Morocco has 24 Apache helicopters on order from the United States.")
    assert {(s, r, q, st) for s, r, _, q, st in got} == {("USA", "MAR", 24, "ordered")}


def test_orders_from_a_capital_and_an_airline_fleet_on_order_give_no_row(extractor):
    assert _rows(extractor, "The soldiers said they had acted on orders from Moscow.") == set()
    assert _rows(extractor, "Turkish Airlines has 60 Airbus A321neo jets on order.") == set()


# -- a buyer approving its own purchase ------------------------------------------------------------------

def test_a_parliament_approving_a_purchase_from_a_state_orders_from_it(extractor):
    got = _rows(extractor, "The Bulgarian parliament approved the purchase of 16 F-16 jets from the United States.")
    assert {(s, r[:3], q, st) for s, r, _, q, st in got} == {("USA", "BGR", 16, "ordered")}


def test_a_seller_approving_a_buyers_purchase_still_offers(extractor):
    got = _rows(extractor, "Washington approved Poland's purchase of 96 Apache helicopters.")
    assert {(s, r, q, st) for s, r, _, q, st in got} == {("USA", "POL", 96, "offered")}


def test_an_airline_board_approving_a_purchase_gives_no_row(extractor):
    assert _rows(extractor, "The board of Air Serbia approved the purchase of 10 Airbus A320 airliners.") == set()


# -- armed services named "Royal ..." are their state's ----------------------------------------------

def test_a_royal_air_force_named_with_a_demonym_is_that_state(extractor):
    got = _rows(extractor, "The Royal Moroccan Air Force received four Black Hawk helicopters from the "
                           "United States.")
    assert {(s, r[:3], q) for s, r, _, q, _ in got} == {("USA", "MAR", 4)}


def test_a_royal_navy_named_with_a_demonym_sells_as_that_state(extractor):
    got = _rows(extractor, "The Royal Danish Navy will sell two frigates to Estonia.")
    assert {(s[:3] if s else None, r) for s, r, _, _, _ in got} == {("DNK", "EST")}


# -- deliveries delayed or scheduled: the deal is an order, nothing is delivered yet --------------------

def test_a_delayed_delivery_is_an_order(extractor):
    got = _rows(extractor, "The delivery of six corvettes from Germany to Algeria has been delayed until 2027.")
    assert {(s, r, q, st) for s, r, _, q, st in got} == {("DEU", "DZA", 6, "ordered")}


def test_a_postponed_or_scheduled_delivery_is_an_order(extractor):
    got = _rows(extractor, "Italy postponed the delivery of 10 M-346 trainers to Nigeria.")
    assert {(s, r, st) for s, r, _, _, st in got} == {("ITA", "NGA", "ordered")}
    got = _rows(extractor, "Delivery of the eight Black Hawk helicopters from the United States to Croatia is "
                           "scheduled for 2026.")
    assert {(s, r, st) for s, r, _, _, st in got} == {("USA", "HRV", "ordered")}


def test_a_completed_delivery_stays_delivered(extractor):
    got = _rows(extractor, "The delivery of 14 Leopard tanks from Spain to Latvia was completed in March.")
    assert {(s, r, st) for s, r, _, _, st in got} == {("ESP", "LVA", "delivered")}


# -- the items of an order placed, of a deal scrapped ---------------------------------------------------

def test_an_order_placed_for_items_is_the_order_of_those_items(extractor):
    got = _rows(extractor, "Slovenia received its first armoured vehicles from Finland two years after the order "
                           "was placed for 106 vehicles.")
    assert ("FIN", "SVN", "armoured_vehicle", 106, "ordered") in got or ("FIN", "SVN", "vehicle", 106, "ordered") in got


def test_a_deal_for_buying_items_that_is_scrapped_refuses_them(extractor):
    got = _rows(extractor, "Thailand scrapped a deal for buying eight submarines from China.")
    assert {(s, r, q, st) for s, r, _, q, st in got} == {("CHN", "THA", 8, "refused")}
    got = _rows(extractor, "Thailand signed a deal for buying eight submarines from China.")
    assert {(s, r, q, st) for s, r, _, q, st in got} == {("CHN", "THA", 8, "ordered")}


# -- "the USA"; a purchase told in the passive with no buyer is the text's state's ----------------------

def test_the_usa_written_as_such_is_the_united_states(extractor):
    got = _rows(extractor, "Bahrain bought 12 patrol boats from the USA.")
    assert {(s, r, q) for s, r, _, q, _ in got} == {("USA", "BHR", 12)}


def test_a_passive_purchase_with_no_buyer_is_the_headline_states(extractor):
    text = ("Morocco inducts new artillery\n\n"
            "The army on Tuesday inducted its new artillery. The 36 howitzers have been procured from France, "
            "and 12 launchers were imported from Israel.")
    got = _rows(extractor, text)
    assert {(s, r, q) for s, r, _, q, _ in got} == {("FRA", "MAR", 36), ("ISR", "MAR", 12)}


def test_a_passive_purchase_from_the_headline_state_gets_no_buyer(extractor):
    text = ("France expands its artillery exports\n\n"
            "The 36 howitzers have been procured from France.")
    assert _rows(extractor, text) == set()


# -- one of a counted batch: "the fourth of six", its phrases hung on the ordinal ----------------------

def test_the_fourth_of_six_is_one_delivered_of_six_ordered(extractor):
    got = _rows(extractor, "Kenya received the fourth of six patrol vessels from Turkey.")
    assert {(s, r, q, st) for s, r, _, q, st in got} == {("TUR", "KEN", 1, "delivered"), ("TUR", "KEN", 6, "ordered")}


def test_a_seller_hung_on_the_ordinal_of_a_batch_is_the_supplier(extractor):
    got = _rows(extractor, "The Ghanaian Navy took delivery of the third of five patrol vessels from Israel.")
    assert {(s, r[:3], q, st) for s, r, _, q, st in got} == {("ISR", "GHA", 1, "delivered"), ("ISR", "GHA", 5, "ordered")}


def test_a_named_variant_mark_and_a_short_maker_name_are_known_vehicles(extractor):
    got = _rows(extractor, "Senegal received 12 Cobra Mk II vehicles and 30 VAMTAC vehicles.")
    assert {(s, r, q) for s, r, _, q, _ in got} == {("TUR", "SEN", 12), ("ESP", "SEN", 30)}
