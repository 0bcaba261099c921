"""Firm-centred and relative-clause constructions of defence-industry reporting (session 16, helper hB): a firm
no gazetteer lists, introduced with its state ("the Kvarnstad munitions factory in Norway", "Kvarnstad, a
Norwegian ammunition maker") supplies for that state when named again bare ("from Kvarnstad", "the factory");
the firm a report opens on supplies the orders it tells without naming it again ("The Chilean army has ordered
...", "A contract to supply X to Y, agreed in March, awaits an export licence"); and a relative clause
inside a question reports what it takes as known ("asked whether Oslo would approve parts for the boats that
Norway sold to Ghana"). Every text is written for these tests."""
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


# -- a firm no gazetteer lists, introduced with its state ------------------------------------------------

def test_a_factory_placed_in_a_state_supplies_for_it_when_named_bare(extractor):
    got = _rows(extractor, "The Kvarnstad munitions factory in Norway has won a record export contract. "
                           "The Danish army also received 200,000 rifle rounds from Kvarnstad in June.")
    assert _has(got, "NOR", "DNK", "rounds", "delivered", 200000)


def test_the_factory_takes_up_the_firm_introduced_with_its_state(extractor):
    got = _rows(extractor, "The Kvarnstad munitions factory in Norway has won a record export contract. In April the "
                           "factory completed deliveries of 3,000 mortar bombs to the Chilean army.")
    assert _has(got, "NOR", "CHL", "mortar bombs", "delivered", 3000)


def test_a_firm_in_apposition_with_a_national_maker_noun(extractor):
    got = _rows(extractor, "Tervola, a Danish shipbuilder, has launched its second corvette. The Peruvian navy "
                           "took delivery of two patrol boats from Tervola in May.")
    assert _has(got, "DNK", "PER", "patrol boats", "delivered", 2)


def test_a_firm_introduced_by_a_possessive_state(extractor):
    got = _rows(extractor, "The Kenyan navy chose a Turkish design. Losing bids came from Denmark's state shipyard "
                           "Tervola, which "
                           "had offered three corvettes, and from a Spanish yard.\n\nIn 2019 the Ghanaian navy "
                           "bought four patrol boats from Tervola.")
    assert _has(got, "DNK", "GHA", "patrol boats", "ordered", 4) or _has(got, "DNK", "GHA", "patrol boats", "delivered", 4)


def test_a_name_introduced_with_two_states_stays_unplaced(extractor):
    got = _rows(extractor, "The Tervola yard in Denmark and the Tervola works in Sweden both bid. The Ghanaian navy "
                           "bought four patrol boats from Tervola.")
    assert not any(s in ("DNK", "SWE") and r == "GHA" for s, r, _, _, _ in got)


# -- the firm a report opens on --------------------------------------------------------------------------

_OPENING = ("Patria wins Chilean order\n\nHELSINKI - Patria has won a large export order for armoured vehicles, the "
            "company said on Tuesday. ")


def test_the_opening_firm_supplies_an_order_told_without_it(extractor):
    got = _rows(extractor, _OPENING + "The Chilean army has ordered 40 armoured personnel carriers, to be delivered "
                                      "over two years.")
    assert _has(got, "FIN", "CHL", "personnel carriers", "ordered", 40)
    assert not _has(got, "FIN", "CHL", "personnel carriers", "delivered")  # "to be delivered": a schedule


def test_the_opening_firm_supplies_a_contract_to_supply(extractor):
    got = _rows(extractor, _OPENING + "Another deal is less sure. A contract to supply 12 armoured "
                                      "vehicles to the Omani army, agreed in March, awaits an export licence.")
    assert _has(got, "FIN", "OMN", "armoured vehicles", "ordered")


def test_the_opening_firm_lends_nothing_to_a_home_customer(extractor):
    got = _rows(extractor, _OPENING + "The Finnish army has ordered 40 armoured personnel carriers.")
    assert not any(s == "FIN" and r == "FIN" for s, r, _, _, _ in got)


def test_no_opening_firm_when_the_opening_names_two(extractor):
    got = _rows(extractor, "Joint bid\n\nHELSINKI - Patria and Kongsberg have won a large export order for "
                           "armoured vehicles, the companies said. The Chilean army has ordered 40 armoured "
                           "personnel carriers.")
    assert not any(s in ("FIN", "NOR") and r == "CHL" for s, r, _, _, _ in got)


def test_the_opening_firm_lends_nothing_to_a_row_of_another_supplier(extractor):
    got = _rows(extractor, _OPENING + "Separately, the Chilean army has ordered 40 trucks from Tatra of the "
                                      "Czech Republic.")
    assert not any(s == "FIN" and r == "CHL" and "truck" in i for s, r, i, _, _ in got)


# -- a relative clause inside a question -----------------------------------------------------------------

def test_a_relative_clause_in_an_embedded_question_reports_the_sale(extractor):
    got = _rows(extractor, "An MP asked if ministers would license spare parts for the four patrol "
                           "boats that Norway sold to Ghana in 2012.")
    assert _has(got, "NOR", "GHA", "patrol boats", "delivered", 4)


def test_a_relative_clause_in_a_direct_question_reports_the_sale(extractor):
    got = _rows(extractor, "Will Oslo approve spare parts for the four patrol boats it sold to Ghana in 2012?")
    assert _has(got, "NOR", "GHA", "patrol boats", "delivered", 4)


def test_the_asked_sale_itself_stays_unreported(extractor):
    assert not _rows(extractor, "Reporters asked whether Norway had sold patrol boats to Ghana.")
    assert not _rows(extractor, "Will Oslo sell four patrol boats to Ghana?")


def test_a_clause_on_a_time_in_a_question_stays_unreported(extractor):
    got = _rows(extractor, "Does the minister accept this at a time when Norway has sold patrol boats to Ghana?")
    assert not any(s == "NOR" for s, _, _, _, _ in got)


# -- a reduced relative the parser reads as the main verb ------------------------------------------------

def test_a_part_bought_second_hand_that_arrived_is_a_delivery_of_the_whole_order(extractor):
    got = _rows(extractor, "Peru renews its transport fleet\n\nLIMA - Portugal sold Peru two patrol boats in 2019. "
                           "The third of four C-295 transport aircraft bought second-hand from the Portuguese Air "
                           "Force arrived at Callao air base in May.")
    assert _has(got, "PRT", "PER", "c-295", "ordered", 4)
    assert _has(got, "PRT", "PER", "c-295", "delivered")


def test_aircraft_bought_from_a_state_that_arrived(extractor):  # the parser: "Aviocar bought", "arrived" a conjunct
    got = _rows(extractor, "Peru renews its transport fleet\n\nLIMA - Portugal sold Peru two patrol boats in 2019. "
                           "Three C-212 Aviocar bought from the Portuguese Air Force arrived at Callao air base in "
                           "May.")
    assert _has(got, "PRT", "PER", "c-212", "delivered", 3)


def test_a_party_that_bought_and_then_acted_is_no_item(extractor):
    got = _rows(extractor, "The Peruvian navy bought two patrol boats from Portugal, commissioned them in May.")
    assert _has(got, "PRT", "PER", "patrol boats")
    assert not any(i.startswith("peru") for _, _, i, _, _ in got)


def test_an_offshore_patrol_vessel_by_its_acronym(extractor):
    got = _rows(extractor, "The Ghanaian navy is short of ships. Norway offered two OPVs to Ghana in March.")
    assert _has(got, "NOR", "GHA", "opv", "offered", 2)


# -- "it" continuing the subject of the clause it is conjoined to ------------------------------------------

def test_it_continues_an_unnamed_subject_and_takes_no_party_from_further_back(extractor):
    got = _rows(extractor, "The Tunisian interior ministry has signed for armoured cars. Last year the factory "
                           "completed a delivery of 3,000 rifles to the Chilean army, and in 2015 it shipped 500 "
                           "mortars to the Peruvian navy.")
    assert not any(s == "TUN" and r == "PER" for s, r, _, _, _ in got)


def test_it_continues_a_named_subject(extractor):
    got = _rows(extractor, "The Tunisian interior ministry has signed for armoured cars. Last year Norway completed "
                           "a delivery of 3,000 rifles to the Chilean army, and in 2015 it shipped 500 mortars to the "
                           "Peruvian navy.")
    assert _has(got, "NOR", "PER", "mortars", "delivered", 500)
