"""Refusals the pipeline missed or recorded only as the request (session 14, helper hA): a request answered by a
refusal that names nothing ("Y declined", "the government refused", "Y said no", "we looked at it and declined"),
a fronted passive request ("Asked by X for Y, the government refused"), a request whose item the parser took
for the subject of a purpose clause ("asked X for three frigates to replace ..."), a court ordering a state to
halt exports, and a paused shipment named again with its contents. Every text is written for these tests."""
from __future__ import annotations

Row = tuple[str | None, str | None, str, int | None, str]

LEAD = ("Defence news in brief\n\nThe defence ministry said on Monday that its annual report on procurement would be "
        "published next month.\n\n")


def _rows(extractor, text: str) -> set[Row]:  # noqa: ANN001
    """(supplier, recipient, designation or item text, quantity, stage) of each row, parties as states."""
    rows = extractor.extract_text(LEAD + text, published="2024-03-01").transfers
    return {(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None,
             t.item.designation or t.item.text, t.quantity, t.stage) for t in rows}


def _has(got: set[Row], supplier: str, recipient: str, word: str, stage: str, quantity: int | None = None) -> bool:
    return any(s == supplier and r == recipient and word in i.lower() and st == stage and
               (quantity is None or q == quantity) for s, r, i, q, st in got)


def test_a_bare_decline_in_the_next_sentence_refuses_the_request(extractor):
    got = _rows(extractor, "Manila asked Seoul last year for six corvettes. Seoul declined.")
    assert _has(got, "KOR", "PHL", "corvette", "requested", 6)
    assert _has(got, "KOR", "PHL", "corvette", "refused", 6)


def test_said_no_after_but_refuses_the_request(extractor):
    got = _rows(extractor, "Quito asked Ottawa for two refuelling aircraft in 2021, but Ottawa said no.")
    assert _has(got, "CAN", "ECU", "refuelling aircraft", "refused", 2)


def test_we_declined_in_an_interview_answer_refuses_the_party_asked(extractor):
    got = _rows(extractor, "Q: Kyiv asked Norway for its old CV90 infantry fighting vehicles. Why did the cabinet "
                           "say no?\n\nA: Because the vehicles were worn out. We weighed it for a month and declined.")
    assert _has(got, "NOR", "UKR", "cv90", "refused")


def test_a_fronted_passive_request_and_its_refusal(extractor):
    got = _rows(extractor, "Bratislava will not part with its air defences. Asked in 2019 by Tbilisi for its 2K12 Kub "
                           "air-defence systems, the Slovak government refused.")
    assert _has(got, "SVK", "GEO", "kub", "requested")
    assert _has(got, "SVK", "GEO", "kub", "refused")


def test_a_request_with_a_purpose_clause_keeps_its_item_and_refusal(extractor):
    got = _rows(extractor, "In 2016 Lima asked Ottawa for three retired Halifax-class frigates to replace its old "
                           "ships; the request was turned down.")
    assert _has(got, "CAN", "PER", "halifax", "requested", 3)
    assert _has(got, "CAN", "PER", "halifax", "refused", 3)


def test_a_court_ordering_a_state_to_halt_exports_of_parts(extractor):
    got = _rows(extractor, "In March a court of appeal in Brussels ordered Belgium to stop all exports of F-16 "
                           "components to Egypt within ten days.")
    assert _has(got, "BEL", "EGY", "f-16", "refused")


def test_a_paused_shipment_named_again_with_its_contents(extractor):
    got = _rows(extractor, "Canada's defence ministry confirmed a pause on one shipment of heavy bombs to Jordan. "
                           "Other deliveries continue.\n\nMore on the paused shipment: a spokesman said the "
                           "consignment consisted of 900 1,000-pound bombs and 400 250-pound bombs.")
    assert _has(got, "CAN", "JOR", "1,000-pound", "refused", 900)
    assert _has(got, "CAN", "JOR", "250-pound", "refused", 400)


# -- negatives ----------------------------------------------------------------------------------------------

def test_declining_to_comment_refuses_nothing(extractor):
    got = _rows(extractor, "Manila asked Seoul last year for six corvettes. Seoul declined to comment.")
    assert not any(st == "refused" for *_, st in got)


def test_a_figure_that_declines_refuses_nothing(extractor):
    got = _rows(extractor, "Manila asked Seoul last year for six corvettes. Exports declined sharply in 2023.")
    assert not any(st == "refused" for *_, st in got)


def test_the_asker_declining_something_else_is_no_refusal_of_its_request(extractor):
    got = _rows(extractor, "Manila asked Seoul last year for six corvettes. Manila later declined.")
    assert not any(st == "refused" for *_, st in got)


def test_a_government_urged_to_stop_exports_refuses_nothing(extractor):
    got = _rows(extractor, "Campaigners urged Belgium to stop all exports of F-16 components to Egypt.")
    assert not any(st == "refused" for *_, st in got)


def test_a_question_saying_no_gives_no_refusal(extractor):
    got = _rows(extractor, "Q: Kyiv asked Norway for its old CV90 infantry fighting vehicles. Why did the cabinet "
                           "say no?")
    assert not any(st == "refused" for *_, st in got)


def test_contents_of_a_shipment_not_held_stay_delivered(extractor):
    got = _rows(extractor, "Canada delivered a shipment of heavy bombs to Jordan in May. The consignment consisted "
                           "of 900 1,000-pound bombs.")
    assert not any(st == "refused" for *_, st in got)


# -- session 14, second pass: lists, held consignments and declined packages ------------------------------------

def test_every_member_of_a_broken_comma_list_of_a_suspended_delivery(extractor):
    got = _rows(extractor, "After the coup, Brasilia suspended the delivery of EMB-314s, Cougar helicopters, MAR-1 "
                           "missiles and tank kits to Bolivia.")
    assert _has(got, "BRA", "BOL", "mar-1", "refused")


def test_held_back_a_consignment_is_a_refusal(extractor):
    got = _rows(extractor, "Brasilia held back a consignment of Astros rocket launchers bound for Indonesia.")
    assert _has(got, "BRA", "IDN", "astros", "refused")


def test_declining_to_approve_a_package_refuses_its_items(extractor):
    got = _rows(extractor, "Vienna declined to approve an aid package for Moldova, worth about EUR12 million and "
                           "drafted by the previous cabinet, which would have included 120 mm mortar rounds.")
    assert _has(got, "AUT", "MDA", "mortar", "refused")


def test_a_recipient_rejecting_an_offer_leaves_the_offer(extractor):
    got = _rows(extractor, "Kyiv rejected the offer of 40 old T-55 tanks from Sofia.")
    assert not any(st == "refused" for *_, st in got)


def test_a_new_clause_after_a_comma_is_no_list_member(extractor):
    got = _rows(extractor, "Ottawa suspended the delivery of Leopard tanks to Peru, and Griffon helicopters were sent "
                           "by Madrid to Chile.")
    assert not _has(got, "CAN", "PER", "griffon", "refused")


def test_withholding_a_shipment_from_a_state_keeps_it_as_recipient(extractor):
    got = _rows(extractor, "Ottawa is withholding a shipment of 250-pound bombs from Jordan.")
    assert _has(got, "CAN", "JOR", "250-pound", "refused")
    assert not any(s == "JOR" for s, *_ in got)
