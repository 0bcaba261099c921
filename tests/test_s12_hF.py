"""Parties and stage of a row (session 12, helper hF): the "with" party of a deal that the parser hangs on the
item of its "for" phrase ("signed a deal for 48 howitzers with Korea"). Every text is written for these tests."""
from __future__ import annotations

Row = tuple[str | None, str | None, str, int | None, str]

LEAD = ("Army modernisation continues\n\nThe army of Chile has been replacing its ageing equipment, the defence "
        "ministry in Santiago said on Monday.\n\n")


def _rows(extractor, text: str) -> set[Row]:  # noqa: ANN001
    """(supplier, recipient, designation or item text, quantity, stage) of each row, parties as states."""
    rows = extractor.extract_text(text, published="2024-03-01").transfers
    return {(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None,
             t.item.designation or t.item.text, t.quantity, t.stage) for t in rows}


def test_deal_for_an_item_with_a_state_names_the_seller(extractor):
    got = _rows(extractor, LEAD + "Before the election, the Peruvian government inked the contract for 30 "
                                  "armoured personnel carriers with Finland, officials said.")
    assert ("FIN", "PER", "armoured personnel carriers", 30, "ordered") in got


def test_the_with_party_outranks_a_seller_told_before(extractor):
    got = _rows(extractor, LEAD + "Peru bought six Mi-17 helicopters from Russia in 2015. Last month its navy "
                                  "inked a contract for four patrol boats with Spain, the navy said.")
    assert ("ESP", "PER", "patrol boats", 4, "ordered") in got
    assert not any(s == "RUS" and "boat" in i for s, _, i, _, _ in got)


def test_item_with_a_feature_keeps_no_party(extractor):
    got = _rows(extractor, LEAD + "Chile signed a deal with Brazil for six transport aircraft with new "
                                  "engines, the ministry said.")
    assert ("BRA", "CHL", "transport aircraft", 6, "ordered") in got


def test_could_allow_to_export_is_weighed(extractor):
    got = _rows(extractor, LEAD + "The amended law could allow Brazil to export 40 armoured vehicles to Chile, "
                                  "although no decision has been taken.")
    assert ("BRA", "CHL", "armoured vehicles", 40, "considered") in got
    assert not any(st == "delivered" for *_, st in got)


def test_could_supply_is_weighed(extractor):
    got = _rows(extractor, LEAD + "Norway could supply six patrol boats to Chile under a plan discussed by the "
                                  "two governments, officials said.")
    assert ("NOR", "CHL", "patrol boats", 6, "considered") in got


def test_may_have_sent_stays_a_delivery(extractor):
    got = _rows(extractor, LEAD + "Belarus may have sent 20 tanks to Chile last year, analysts said.")
    assert ("BLR", "CHL", "tanks", 20, "delivered") in got


def test_cannot_supply_stays_a_refusal(extractor):
    got = _rows(extractor, LEAD + "Norway cannot supply patrol boats to Chile while the embargo lasts, "
                                  "officials said.")
    assert any(s == "NOR" and r == "CHL" and st == "refused" for s, r, _, _, st in got)


SALE = ("Navy receives new frigates\n\nThe navy of Chile received two Type 23 frigates from Britain on Monday, "
        "the defence ministry in Santiago said.\n\n")


def test_among_the_countries_considering_names_the_members(extractor):
    got = _rows(extractor, SALE + "Officials said Peru and Colombia are among the countries considering the "
                                  "Gripen E, though neither government has confirmed it.")
    assert ("SWE", "PER", "JAS 39 Gripen", None, "considered") in got
    assert ("SWE", "COL", "JAS 39 Gripen", None, "considered") in got
    assert not any(r == "CHL" and "Gripen" in i for _, r, i, _, _ in got)


def test_other_countries_showing_interest_take_no_recipient_from_context(extractor):
    got = _rows(extractor, SALE + "Several other countries in the region have shown interest in the frigates, "
                                  "the ministry said.")
    assert not any(st == "considered" and r == "CHL" for _, r, _, _, st in got)


def test_to_non_state_actors_takes_no_recipient_from_context(extractor):
    got = _rows(extractor, SALE + "Britain does not export weapons to non-state actors, the ministry added.")
    assert not any(st == "delivered" and r == "CHL" and i == "weapons" for _, r, i, _, st in got)


def test_a_named_member_outside_among_stays(extractor):
    got = _rows(extractor, SALE + "Peru is considering the Gripen E, officials said.")
    assert ("SWE", "PER", "JAS 39 Gripen", None, "considered") in got
