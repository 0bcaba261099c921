"""Session 34 (round 2), probes: recall on plain, common constructions of arms-trade reporting.

The cases below are written for this file (no fixture article was read to write them): short wire and defence-press
sentences in the most frequent wordings — deliveries, orders, contracts, approved possible sales, requests, offers,
donations and aid packages, handovers, refusals and blocks, denials, passive deals, reported speech, hedges, numbers
in words, "X-made" items, firms as suppliers (the row's supplier is the firm's state), services as recipients,
second-hand transfers, licensed production, options and cancellations — each with the row a careful analyst expects.

A case passes when, for every expected row, some extracted row has the supplier and recipient (name or id, one of the
alternatives; a service's name counts as its state's), an item whose text or designation holds the item word, the quantity (when one is given) and one of the
allowed (stage, factuality) pairs. A case with no expected row passes when nothing is extracted. Cases the extractor
does not yet read are marked xfail(strict=True), so a fix shows as an unexpected pass."""
from __future__ import annotations

from typing import Any, NamedTuple

import pytest

from materiel.extraction.pipeline import get_extractor

D = ("delivered", "asserted")
O = ("ordered", "asserted")
OF = ("offered", "asserted")
R = ("requested", "asserted")
C = ("considered", "asserted")
REF = ("refused", "asserted")


class Row(NamedTuple):
    supplier: tuple[str, ...]
    recipient: tuple[str, ...]
    item: str
    quantity: int | None
    readings: tuple[tuple[str, str], ...]


def row(sup: str, rec: str, item: str, qty: int | None, *readings: tuple[str, str]) -> Row:
    return Row(tuple(sup.split("|")), tuple(rec.split("|")), item, qty, readings)


CASES: list[tuple[str, str, list[Row]]] = [
    # deliveries
    ("deliver_active", "Germany delivered 14 Leopard 2 tanks to Ukraine on Monday.",
     [row("Germany", "Ukraine", "Leopard", 14, D)]),
    ("receive_from", "Poland has received the first two K2 tanks from South Korea.",
     [row("South Korea|KOR", "Poland", "K2", 2, D)]),
    ("arrive_in", "The first batch of four Chinese-built J-10C fighters arrived in Pakistan on Sunday.",
     [row("China", "Pakistan", "J-10", 4, D)]),
    ("sent_words", "Norway sent twelve M109 howitzers to Latvia in March.",
     [row("Norway", "Latvia", "M109", 12, D)]),
    ("shipped", "Serbia shipped 2,000 mortar rounds to Cyprus last month, customs records show.",
     [row("Serbia", "Cyprus", "mortar", 2000, D)]),
    ("supplied_with", "Israel has supplied Azerbaijan with Harop loitering munitions.",
     [row("Israel", "Azerbaijan", "Harop", None, D)]),
    ("took_delivery", "The Bangladesh Navy took delivery of two Chinese-made submarines in May.",
     [row("China", "Bangladesh|Bangladesh Navy", "submarine", 2, D)]),
    ("handed_over", "Turkey handed over three Bayraktar TB2 drones to Niger at a ceremony in Niamey.",
     [row("Turkey|Türkiye", "Niger", "TB2", 3, D)]),
    ("passive_by", "Fifty T-72 tanks were delivered to Morocco by the Czech Republic last year.",
     [row("Czech Republic|Czechia|CZE", "Morocco", "T-72", 50, D)]),
    ("passive_from", "Six Mi-17 helicopters were delivered to Mali from Russia on Tuesday.",
     [row("Russia", "Mali", "Mi-17", 6, D)]),
    ("said_received", "Kenya said it had received six helicopters from the United States.",
     [row("United States|USA", "Kenya", "helicopter", 6, D)]),
    ("transferred", "Slovakia transferred its fleet of 13 MiG-29 fighter jets to Ukraine.",
     [row("Slovakia", "Ukraine", "MiG-29", 13, D)]),
    ("provided", "Washington has provided Kyiv with 31 Abrams tanks, the Pentagon said.",
     [row("United States|USA", "Ukraine", "Abrams", 31, D)]),
    ("completed_delivery", "Russia has completed delivery of the S-400 missile batteries to Algeria.",
     [row("Russia", "Algeria", "S-400", None, D)]),
    ("gave", "Estonia gave all of its 155mm howitzers to Ukraine.",
     [row("Estonia", "Ukraine", "howitzer", None, D)]),
    ("delivered_to_service", "Sweden delivered three Gripen jets to the Hungarian Air Force.",
     [row("Sweden", "Hungary|Hungarian Air Force", "Gripen", 3, D)]),
    # orders and contracts
    ("ordered_from", "Egypt ordered 30 more Rafale jets from France, the defence ministry said.",
     [row("France", "Egypt", "Rafale", 30, O)]),
    ("contract_with_for", "The Philippines signed a contract with India for BrahMos anti-ship missiles.",
     [row("India", "Philippines", "BrahMos", None, O)]),
    ("firm_contract", "Lockheed Martin won a contract to supply 32 F-35 jets to Poland.",
     [row("United States|USA|Lockheed Martin", "Poland", "F-35", 32, O)]),
    ("firm_awarded", "Rheinmetall was awarded an order for 50 Lynx infantry fighting vehicles by Hungary.",
     [row("Germany|Rheinmetall", "Hungary", "Lynx", 50, O)]),
    ("agreed_to_buy", "Indonesia agreed to buy 42 Rafale fighters from France in a deal worth $8.1 billion.",
     [row("France", "Indonesia", "Rafale", 42, O)]),
    ("purchase_of", "Greece finalised the purchase of 18 Rafale jets from France.",
     [row("France", "Greece", "Rafale", 18, O, D)]),
    ("bought", "Kuwait bought 22 Apache helicopters from the U.S. in 2019.",
     [row("United States|USA", "Kuwait", "Apache", 22, O, D)]),
    ("deal_passive", "A deal for 12 Caesar howitzers was signed between France and Lithuania on Monday.",
     [row("France", "Lithuania", "Caesar", 12, O)]),
    ("will_acquire", "Croatia will acquire 30 Abrams tanks from the U.S.",
     [row("United States|USA", "Croatia", "Abrams", 30, O, C)]),
    ("placed_order", "Qatar has placed an order with Italy for four corvettes.",
     [row("Italy", "Qatar", "corvette", 4, O)]),
    ("deal_to_supply", "Pakistan and Turkey signed a deal under which Turkey will supply four MILGEM corvettes.",
     [row("Turkey|Türkiye", "Pakistan", "MILGEM", 4, O)]),
    ("options", "Brazil ordered 36 Gripen E fighters from Sweden, with an option for 24 more.",
     [row("Sweden", "Brazil", "Gripen", 36, O)]),
    ("firm_to_deliver", "Airbus will deliver eight C295 transport aircraft to Canada under the contract.",
     [row("Spain|France|Germany|Airbus|European|Europe", "Canada", "C295", 8, O, OF, D)]),
    ("contract_value", "Saab signed a $760 million contract to supply two GlobalEye early-warning aircraft to Poland.",
     [row("Sweden|Saab", "Poland", "GlobalEye", None, O)]),
    ("selected", "Switzerland selected the F-35A to replace its ageing F/A-18 fleet and will buy 36 jets.",
     [row("United States|USA", "Switzerland", "F-35", None, O, C)]),
    # approved possible sales
    ("possible_sale", "The U.S. State Department on Friday approved a possible sale of 20 F-16 jets to Bulgaria.",
     [row("United States|USA", "Bulgaria", "F-16", 20, OF, R, O)]),
    ("cleared_sale", "Washington cleared the sale of 400 Hellfire missiles to Egypt.",
     [row("United States|USA", "Egypt", "Hellfire", 400, OF, O)]),
    ("approved_export", "The Czech government approved the export of 40 Marder vehicles to Ukraine.",
     [row("Czech Republic|Czechia|CZE", "Ukraine", "Marder", 40, OF, O)]),
    ("dsca", "The Defense Security Cooperation Agency stated that Estonia had asked to buy AIM-120 missiles.",
     [row("United States|USA", "Estonia", "AIM-120", None, R)]),
    # requests
    ("requested_from", "Jordan has requested 14 F-16V jets from the United States.",
     [row("United States|USA", "Jordan", "F-16", 14, R)]),
    ("asked_for", "Ukraine asked Germany for Taurus cruise missiles.",
     [row("Germany", "Ukraine", "Taurus", None, R)]),
    ("seeking", "Iraq is seeking to buy South Korean T-50 trainer jets.",
     [row("South Korea|KOR", "Iraq", "T-50", None, R, C)]),
    ("called_on", "Kyiv called on its allies to send more air defence systems.",
     [row("", "Ukraine", "air defence", None, R)]),
    ("request_for", "Lebanon made a request to France for helicopters to fight forest fires and for armoured cars.",
     [row("France", "Lebanon", "armoured car", None, R)]),
    # offers, pledges, donations, aid
    ("offered_to", "Russia offered to supply Su-35 fighters to Indonesia.",
     [row("Russia", "Indonesia", "Su-35", None, OF)]),
    ("will_donate", "Canada will donate eight armoured vehicles to Ukraine, the prime minister announced.",
     [row("Canada", "Ukraine", "armoured vehicle", 8, OF)]),
    ("pledged", "The Netherlands pledged 18 F-16s to Ukraine.",
     [row("Netherlands", "Ukraine", "F-16", 18, OF)]),
    ("aid_package", "The Pentagon announced a $400 million military aid package for Ukraine that includes HIMARS launchers.",
     [row("United States|USA", "Ukraine", "HIMARS", None, OF)]),
    ("donated", "Japan donated patrol boats to the Philippine Coast Guard.",
     [row("Japan", "Philippines|Philippine Coast Guard", "patrol boat", None, D)]),
    ("promised", "Britain has promised to send Challenger 2 tanks to Ukraine.",
     [row("United Kingdom|GBR|Britain", "Ukraine", "Challenger", None, OF)]),
    ("announced_will_send", "Spain announced it will send six Hawk missile launchers to Ukraine.",
     [row("Spain", "Ukraine", "Hawk", 6, OF)]),
    ("gift", "The vehicles, a gift from China, were handed to the Cambodian army on Friday.",
     [row("China", "Cambodia|Cambodian army", "vehicle", None, D)]),
    ("committed", "Australia has committed 90 Bushmaster vehicles to Ukraine.",
     [row("Australia", "Ukraine", "Bushmaster", 90, OF)]),
    ("military_aid_with", "Italy's new military aid package contains SAMP/T air defence systems.",
     [row("Italy", "", "SAMP/T", None, OF, D)]),
    # refusals, blocks, cancellations
    ("blocked_export", "Berlin has blocked the export of 48 Eurofighter Typhoon jets to Saudi Arabia.",
     [row("Germany", "Saudi Arabia", "Eurofighter", 48, REF)]),
    ("refused_to_sell", "The United States refused to sell F-35 jets to Turkey.",
     [row("United States|USA", "Turkey|Türkiye", "F-35", None, REF)]),
    ("rejected_request", "Israel rejected Ukraine's request for Iron Dome systems.",
     [row("Israel", "Ukraine", "Iron Dome", None, REF)]),
    ("declined", "Tokyo declined to supply lethal weapons to Moldova.",
     [row("Japan", "Moldova", "weapon", None, REF)]),
    ("suspended", "Canada suspended arms exports to Turkey.",
     [row("Canada", "Turkey|Türkiye", "arms", None, REF)]),
    ("cancelled_order", "Switzerland cancelled its order for 36 Leopard tanks from Germany.",
     [row("Germany", "Switzerland", "Leopard", 36, REF, ("ordered", "negated"))]),
    ("halted", "The Netherlands halted the delivery of F-35 parts to Israel after a court ruling.",
     [row("Netherlands", "Israel", "F-35", None, REF)]),
    ("vetoed", "Switzerland vetoed the re-export of Swiss-made ammunition to Ukraine.",
     [row("Switzerland", "Ukraine", "ammunition", None, REF)]),
    # denials and negations
    ("denied_supplying", "Iran denied supplying drones to Russia.",
     [row("Iran", "Russia", "drone", None, ("delivered", "denied"))]),
    ("rejected_claims", "North Korea rejected claims that it had sold artillery shells to Russia.",
     [row("North Korea|PRK", "Russia", "shell", None, ("delivered", "denied"))]),
    ("has_not_sent", "Laos has not sent any rifles to Myanmar, a US official said.",
     [row("Laos", "Myanmar", "rifle", None, ("delivered", "negated"))]),
    ("never_delivered", "The helicopters Egypt ordered from Russia were never delivered.",
     [row("Russia", "Egypt", "helicopter", None, ("delivered", "negated"), O)]),
    # hedges
    ("may_buy", "Vietnam may buy Indian BrahMos missiles, officials said.",
     [row("India", "Vietnam", "BrahMos", None, ("considered", "uncertain"), ("ordered", "uncertain"))]),
    ("reportedly", "Russia has reportedly delivered Su-35 fighters to Iran.",
     [row("Russia", "Iran", "Su-35", None, ("delivered", "uncertain"))]),
    ("considering", "Argentina is considering buying JF-17 fighters from Pakistan.",
     [row("Pakistan", "Argentina", "JF-17", None, ("considered", "asserted"), ("considered", "uncertain"))]),
    ("alleged", "Belarus allegedly supplied ammunition to Russia, according to Ukrainian intelligence.",
     [row("Belarus", "Russia", "ammunition", None, ("delivered", "uncertain"))]),
    ("in_talks", "Saudi Arabia is in talks with Turkey to buy Kizilelma drones.",
     [row("Turkey|Türkiye", "Saudi Arabia", "Kizilelma", None, C, ("considered", "uncertain"))]),
    ("plans_to_buy", "Serbia plans to buy 12 Rafale jets from France.",
     [row("France", "Serbia", "Rafale", 12, C)]),
    # makers, second-hand, licences
    ("made_item", "The Nigerian Air Force took delivery of Italian-made M-346 trainer jets.",
     [row("Italy", "Nigeria|Nigerian Air Force", "M-346", None, D)]),
    ("second_hand", "Brazil bought three used Type 23 frigates from Britain.",
     [row("United Kingdom|GBR|Britain", "Brazil", "Type 23", 3, O, D)]),
    ("ex_service", "Croatia will buy 12 second-hand Rafale jets from France.",
     [row("France", "Croatia", "Rafale", 12, O, C)]),
    ("licence", "India will build 101 K9 Vajra howitzers under licence from South Korea.",
     [row("South Korea|KOR", "India", "K9", 101, O, D)]),
    ("firm_sold", "Turkish drone maker Baykar has sold TB2 drones to Ethiopia.",
     [row("Turkey|Türkiye|Baykar", "Ethiopia", "TB2", None, D, O)]),
    ("firm_delivered", "Naval Group delivered the first Gowind corvette to Egypt.",
     [row("France|Naval Group", "Egypt", "Gowind", None, D)]),
    # services as recipients, more voice variation
    ("service_recipient", "The Indian Army received 118 Arjun tanks from Avadi Heavy Vehicles Factory.",
     []),
    ("marines", "The US Marine Corps will supply Taiwan with Harpoon coastal defence systems.",
     [row("United States|USA", "Taiwan", "Harpoon", None, OF, O)]),
    ("navy_ordered", "The Indonesian Navy ordered two Belharra frigates from France.",
     [row("France", "Indonesia|Indonesian Navy", "Belharra", 2, O)]),
    ("to_be_supplied", "Forty Piranha vehicles are to be supplied to Denmark by Switzerland.",
     [row("Switzerland", "Denmark", "Piranha", 40, O, OF)]),
    ("due_to_be", "The jets are due to be delivered to Egypt by France in 2026.",
     [row("France", "Egypt", "jet", None, O, OF)]),
    ("set_to_be", "Two frigates are set to be handed over to Chile by Britain.",
     [row("United Kingdom|GBR|Britain", "Chile", "frigate", 2, O, OF)]),
    ("sale_to", "France's sale of 26 Rafale Marine jets to India was confirmed on Friday.",
     [row("France", "India", "Rafale", 26, O)]),
    # no row
    ("flyover", "Polish F-16 jets flew over Warsaw during the parade.", []),
    ("signed_between", "A deal for 18 CV90 vehicles was signed between Slovakia and Sweden in Bratislava.",
     [row("Sweden", "Slovakia", "CV90", 18, O)]),
    ("between_agreement", "An agreement on the supply of 40 K2 tanks was signed between South Korea and Peru.",
     [row("South Korea|KOR", "Peru", "K2", 40, O)]),
    ("between_memo", "A memorandum on defence cooperation was signed between Poland and Chile.", []),
    ("awarded_by_items", "Hanwha was awarded a contract for 18 K9 howitzers by Estonia.",
     [row("South Korea|KOR|Hanwha", "Estonia", "K9", 18, O)]),
    ("awarded_by_body", "Kongsberg has been awarded a contract for NASAMS launchers by the Dutch defence ministry.",
     [row("Norway|Kongsberg", "Netherlands", "NASAMS", None, O)]),
    ("awarded_prize", "The firm was awarded a prize for its drones by the magazine.", []),
    ("awarded_medal", "The pilot was awarded a medal for his missions by the president.", []),
    ("called_on_state", "Poland called on Germany to deliver Leopard tanks to Ukraine.",
     [row("Germany", "Ukraine", "Leopard", None, R)]),
    ("called_on_capital", "Kyiv called on Berlin to send more Gepard anti-aircraft guns.",
     [row("Germany", "Ukraine", "Gepard", None, R)]),
    ("called_on_halt", "Activists called on France to halt weapons exports to Egypt.", []),
    ("called_on_date", "The minister called on Monday for more shells to be sent to the front.", []),
    ("to_be_contract", "The contract is to be signed next month.", []),
    ("to_be_envoy", "The envoy is to be sent to Paris by the president next week.", []),
    ("exercise", "Troops from Germany and Lithuania held a joint exercise with Leopard tanks.", []),
]

# First figure, before any rule changed: 74 of the 81 cases pass.
EXPECTED_FAIL: set[str] = {
    "military_aid_with", "service_recipient",
}


def _names(party: dict[str, Any] | None) -> set[str]:
    if not party:
        return {""}
    return {str(party.get(k) or "").lower() for k in ("name", "id", "country", "text")}


def _party(want: tuple[str, ...], party: dict[str, Any] | None) -> bool:
    """An empty alternative takes any party; a service's name holds its state's ("Greece Navy")."""
    names = _names(party)
    return want == ("",) or any(w.lower() == n or f"{w.lower()} " in f"{n} " for w in want for n in names if n)


def _matches(t: dict[str, Any], want: Row) -> bool:
    if not (_party(want.supplier, t.get("supplier")) and _party(want.recipient, t.get("recipient"))):
        return False
    item = t.get("item") or {}
    words = f"{item.get('text') or ''} {item.get('designation') or ''}".lower()
    if want.item.lower() not in words:
        return False
    if want.quantity is not None and t.get("quantity") != want.quantity:
        return False
    return (t.get("stage"), t.get("factuality")) in want.readings


def passes(text: str, want: list[Row]) -> bool:
    got = [t.model_dump() for t in get_extractor().extract_text(text).transfers]
    if not want:
        return not got
    return all(any(_matches(t, w) for t in got) for w in want)


@pytest.mark.parametrize("name,text,want", [
    pytest.param(n, x, w, marks=[pytest.mark.xfail(strict=True)] if n in EXPECTED_FAIL else [], id=n)
    for n, x, w in CASES
])
def test_probe(name: str, text: str, want: list[Row]) -> None:
    assert passes(text, want)
