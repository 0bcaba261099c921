"""Offers, bids and tenders (issue 12, recall): an offer whose buyer no sentence near it names goes to the
state the text is about; "put forward" and "submit" offer the item they take as object (not "submitted a
request for X"); a gapped second conjunct with a new giver ("... put forward the Abrams and South Korea
the K2 Black Panther") is an offer of its own; a party shared from another frame of the sentence is never
the supplier's own state ("our soldiers" in the quoted words of the buyer). Every text is written for
these tests."""
from __future__ import annotations

Row = tuple[str | None, str | None, str, str, str]


def _rows(extractor, text: str) -> set[Row]:  # noqa: ANN001
    """(supplier, recipient, designation or item text, stage, factuality) of each row, parties as states."""
    rows = extractor.extract_text(text, published="2025-03-01").transfers
    return {(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None,
             t.item.designation or t.item.text, t.stage, t.factuality) for t in rows}


TANK_RACE = ("Czech army picks finalists in tank race\n\nThe Czech Republic will choose a new main battle tank next "
             "year, the defence ministry said on Monday. The army needs about 70 vehicles. Prague wants the first "
             "tanks by 2028. Officials in Prague said the budget was approved in March.\n\n")


def test_put_forward_offers_its_object_and_a_gapped_giver_offers_its_own(extractor):
    got = _rows(extractor, TANK_RACE + "Sweden has offered the CV90, while the United States has put forward the "
                                       "M1A2 Abrams and South Korea the K2 Black Panther, according to officials.")
    assert ("USA", "CZE", "M1 Abrams", "offered", "asserted") in got
    assert ("KOR", "CZE", "K2 Black Panther", "offered", "asserted") in got
    assert not any(s == "USA" and "K2" in i for s, _, i, _, _ in got)  # the gapped item is not the first giver's


def test_a_gapped_giver_after_a_comma_and_and(extractor):
    text = ("Nigeria weighs drone offers as insurgency drags on\n\nNigeria's air force wants more armed drones for its "
            "campaign in the northeast. Nigeria lost two aircraft last year. Officials in Abuja said the budget for "
            "the programme had doubled. The minister visited the northeast in May.\n\n"
            "Turkey has offered the Bayraktar TB2, and China the Wing Loong II, two officials said.")
    got = _rows(extractor, text)
    assert ("CHN", "NGA", "Wing Loong", "offered", "asserted") in got
    assert ("TUR", "NGA", "Bayraktar TB2", "offered", "asserted") in got
    # a later clause with a verb of its own is no gap
    got = _rows(extractor, TANK_RACE + "Sweden has offered the CV90 and Poland bought the K2 Black Panther.")
    assert ("SWE", "CZE", "CV90", "offered", "asserted") in got
    assert not any(s == "POL" and st == "offered" for s, _, _, st, _ in got)


def test_an_offer_far_from_any_buyer_goes_to_the_state_the_text_is_about(extractor):
    text = ("Niger's junta shops for new weapons as old partners leave\n\nNiger's military rulers have expelled French "
            "troops and are looking elsewhere for arms. The junta took power in July. Officials met diplomats from "
            "several countries in Niamey in the autumn. Prime Minister Ali Lamine Zeine visited Moscow in January. "
            "After the visit, he told state radio that Moscow had promised attack helicopters and \"everything our "
            "soldiers need to defeat the jihadists.\"")
    got = _rows(extractor, text)
    assert ("RUS", "NER", "attack helicopters", "offered", "asserted") in got
    assert not any(r == "RUS" for _, r, _, _, _ in got)
    # no offer to the text's state when that state is the one offering
    text = ("France pushes fighter exports as order book swells\n\nFrance's arms exports rose again last year, the "
            "defence ministry said. France sold more jets than ever. Paris expects more orders in 2025. French "
            "officials said the budget was approved.\n\nParis has offered the Rafale on generous terms, officials said.")
    assert _rows(extractor, text) == set()


def test_submit_offers_the_item_it_takes_and_not_a_request(extractor):
    text = ("Malaysia opens bids for light combat aircraft\n\nMalaysia's air force will choose a light combat aircraft "
            "this year. Malaysia wants 18 jets. Officials in Kuala Lumpur said the budget was approved. The air force "
            "retired its old Hawks in 2020.\n\nSweden's Saab did not submit the Gripen C, a spokesman said.")
    assert ("SWE", "MYS", "JAS 39 Gripen", "offered", "negated") in _rows(extractor, text)
    got = _rows(extractor, "Ukraine first submitted a formal request for Taurus missiles in May, officials in Kyiv said.")
    assert not any(s == "UKR" for s, *_ in got)


def test_offers_a_buyer_is_evaluating_are_made_to_that_buyer_for_the_item_after_them(extractor):
    got = _rows(extractor, "Vietnam's navy is evaluating offers from India and Russia for four corvettes, a naval "
                           "officer said.")
    assert {(s, r, st) for s, r, _, st, _ in got} == {("IND", "VNM", "offered"), ("RUS", "VNM", "offered")}
