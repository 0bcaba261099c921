"""Session 35 (round 1), probes: recall on longer plain snippets (two to four sentences) of arms-trade reporting.

A second probe set, written for this file (no fixture article was read to write it), on constructions the held-out
sets suggest are weaker than the one-sentence wordings of tests/test_s34_probes.py: an item named in one sentence and
carried by "the aircraft", "they", "the first of which", "the deal", "the rest" in the next; lists with a count per
item and per recipient; a maker named in the item phrase ("a Leonardo AW149"); a service as recipient; handovers and
commissioning ceremonies; second-hand transfers from one navy to another; seizures with an origin and a destination;
a refusal followed by an alternative offered; a denial of an accused delivery; an approved possible sale with its
items; a delivery told in reported speech; and no-transfer distractors (a domestic build, a civilian airliner, a museum
piece, a replica, an exercise).

Each case holds the rows a careful analyst expects (supplier, recipient, item, quantity, stage, factuality) and the
rows that must not be there. A case passes when every expected row is matched by some extracted row (the supplier and
recipient by name or id, one of the alternatives, a service's name counting as its state's; an item whose text or
designation holds the item word; the quantity when one is given; one of the allowed stage / factuality pairs), no
extracted row matches a forbidden one (its parties, and its item word when one is given), and, for a case with no
expected row, nothing is extracted. Cases the extractor does not yet read are marked xfail(strict=True)."""
from __future__ import annotations

import pytest

from _probes import DEN, OF, REF, C, D, I, O, Row, no, passes, row

US = "United States|USA"
UK = "United Kingdom|GBR|Britain"
KR = "South Korea|KOR"
TR = "Turkey|Türkiye"
CZ = "Czech Republic|Czechia|CZE"

CASES: list[tuple[str, str, list[Row]]] = [
    # an item carried by an anaphor in the next sentence
    ("aircraft_arrived", "Hungary ordered two Embraer C-390 transport planes from Brazil in 2020. "
     "The first aircraft arrived at Kecskemet air base on Tuesday.",
     [row("Brazil", "Hungary", "C-390", 2, O), row("Brazil", "Hungary", "C-390", None, D)]),
    ("they_delivered", "Greece is buying 24 Rafale fighters from France. "
     "They will be delivered by late 2025, the ministry said.",
     [row("France", "Greece", "Rafale", 24, O, C)]),
    ("first_of_which", "Romania signed a contract for 54 Abrams tanks with the United States, "
     "the first of which will arrive in 2026.",
     [row(US, "Romania", "Abrams", 54, O)]),
    ("the_deal_covers", "Morocco and Israel signed a $1 billion arms agreement on Monday. "
     "The deal covers Barak MX air defence systems and Heron drones.",
     [row("Israel", "Morocco", "Barak", None, O), row("Israel", "Morocco", "Heron", None, O)]),
    ("the_rest", "Spain will supply 20 Leopard 2A4 tanks to Ukraine. "
     "Ten were delivered in April and the rest will follow in the summer.",
     [row("Spain", "Ukraine", "Leopard", 20, OF, O), row("Spain", "Ukraine", "Leopard", None, D)]),
    ("the_ships", "Thailand ordered two offshore patrol vessels from Japan last year. "
     "The ships are now being built in Nagasaki.",
     [row("Japan", "Thailand", "patrol vessel", 2, O)]),
    ("the_helicopters", "The Philippines bought 32 S-70i Black Hawk helicopters from Poland. "
     "The helicopters will be handed over in groups of five.",
     [row("Poland", "Philippines", "Black Hawk", 32, O, D)]),
    ("these_systems", "Slovakia gave its S-300 air defence system to Ukraine in April. "
     "The United States will replace it with a Patriot battery on loan.",
     [row("Slovakia", "Ukraine", "S-300", None, D)]),
    ("the_order", "Chile has ordered six Hermes 900 drones from Israel. "
     "The order also includes two ground control stations.",
     [row("Israel", "Chile", "Hermes", 6, O)]),
    ("last_two", "Egypt received the last two of its four FREMM frigates from Italy on Thursday.",
     [row("Italy", "Egypt", "FREMM", None, D)]),
    ("the_vehicles_sentence", "Kenya has taken delivery of 30 armoured personnel carriers. "
     "The vehicles were supplied by China under a grant signed in 2022.",
     [row("China", "Kenya", "armoured personnel carrier", None, D)]),
    ("the_purchase", "Finland has chosen the F-35A to replace its Hornets. "
     "The purchase of 64 jets from the United States was signed in February.",
     [row(US, "Finland", "F-35", 64, O)]),
    ("remaining", "Norway has received 12 of the 24 K9 howitzers it ordered from South Korea. "
     "The remaining guns are due next year.",
     [row(KR, "Norway", "K9", None, D)]),
    # lists with a count per item and per recipient
    ("list_items", "Qatar ordered 12 NH90 helicopters, four corvettes and two landing ships from Italy.",
     [row("Italy", "Qatar", "NH90", 12, O), row("Italy", "Qatar", "corvette", 4, O),
      row("Italy", "Qatar", "landing ship", 2, O)]),
    ("list_recipients", "Germany sent 20 Marder vehicles to Ukraine and 14 Leopard tanks to Slovakia.",
     [row("Germany", "Ukraine", "Marder", 20, D), row("Germany", "Slovakia", "Leopard", 14, D),
      no("Germany", "Ukraine", "Leopard"), no("Germany", "Slovakia", "Marder")]),
    ("package_includes", "The new U.S. package for Ukraine includes 12 Bradley vehicles, 20 mortar systems "
     "and 3,000 rounds of artillery ammunition.",
     [row(US, "Ukraine", "Bradley", 12, OF), row(US, "Ukraine", "mortar", 20, OF)]),
    ("colon_list", "Denmark will give Ukraine the following: 19 F-16 jets, eight Caesar howitzers and "
     "two radars.",
     [row("Denmark", "Ukraine", "F-16", 19, OF), row("Denmark", "Ukraine", "Caesar", 8, OF)]),
    ("each_recipient", "Turkey sold Bayraktar TB2 drones to Kenya, Niger and Albania.",
     [row(TR, "Kenya", "TB2", None, D, O), row(TR, "Niger", "TB2", None, D, O),
      row(TR, "Albania", "TB2", None, D, O)]),
    ("split_recipients", "Of the 40 helicopters, 24 will go to Latvia and 16 to Estonia. "
     "They are being supplied by Sweden.",
     [row("Sweden", "Latvia", "helicopter", 24, OF, O, D), row("Sweden", "Estonia", "helicopter", 16, OF, O, D)]),
    ("per_item_received", "Ghana received four Z-9 helicopters and two K-8 trainers from China in 2016.",
     [row("China", "Ghana", "Z-9", 4, D), row("China", "Ghana", "K-8", 2, D)]),
    ("respectively", "Peru and Colombia bought six and eight Kfir jets from Israel respectively.",
     [row("Israel", "Peru", "Kfir", None, O, D), row("Israel", "Colombia", "Kfir", None, O, D)]),
    # a maker named in the item phrase
    ("leonardo_item", "The Polish Navy ordered four Leonardo AW101 helicopters in 2019.",
     [row("Italy|United Kingdom|Leonardo|GBR|Britain", "Poland|Polish Navy", "AW101", 4, O)]),
    ("airbus_item", "Uzbekistan has bought two Airbus H225M helicopters.",
     [row("France|Airbus|Europe|European", "Uzbekistan", "H225M", 2, O, D)]),
    ("embraer_item", "Paraguay took delivery of two Embraer Super Tucano aircraft on Friday.",
     [row("Brazil|Embraer", "Paraguay", "Super Tucano", 2, D)]),
    ("saab_item", "Thailand received two more Saab Gripen C fighters in 2013.",
     [row("Sweden|Saab", "Thailand", "Gripen", 2, D)]),
    ("hanwha_item", "Australia will buy 129 Hanwha Redback infantry fighting vehicles.",
     [row(KR + "|Hanwha", "Australia", "Redback", 129, O, C)]),
    ("invented_maker", "Uruguay signed for six Korvel KX-9 patrol boats built by Korvel Yards of Finland.",
     [row("Finland|Korvel Yards", "Uruguay", "KX-9", 6, O)]),
    ("boeing_item", "Egypt has ordered 12 Boeing CH-47F Chinook helicopters.",
     [row(US + "|Boeing", "Egypt", "Chinook", 12, O)]),
    # a service as recipient
    ("royal_navy", "The Royal Navy received its first Type 26 frigate from BAE Systems.",
     []),
    ("coast_guard", "Japan handed over two patrol vessels to the Vietnamese coast guard in Hai Phong.",
     [row("Japan", "Vietnam|Vietnamese coast guard", "patrol vessel", 2, D)]),
    ("the_army", "France delivered 18 Caesar howitzers to the Ukrainian army last year.",
     [row("France", "Ukraine|Ukrainian army", "Caesar", 18, D)]),
    ("air_force_of", "The United States delivered six A-29 aircraft to the Air Force of Nigeria in 2021.",
     [row(US, "Nigeria", "A-29", 6, D)]),
    ("navy_possessive", "Indonesia's navy has received two Scorpene submarines from France.",
     [row("France", "Indonesia", "Scorpene", 2, D)]),
    ("service_orders", "The Royal Thai Air Force has ordered four more Gripen jets from Sweden.",
     [row("Sweden", "Thailand|Royal Thai Air Force", "Gripen", 4, O)]),
    ("army_given", "The Lebanese army was given 50 Humvees by the United States on Wednesday.",
     [row(US, "Lebanon|Lebanese army", "Humvee", 50, D)]),
    # handovers and commissioning ceremonies
    ("ceremony_handover", "At a ceremony in Gdynia on Friday, Sweden handed over two Saab 340 surveillance "
     "aircraft to Poland.",
     [row("Sweden", "Poland", "Saab 340", 2, D)]),
    ("commissioned_built_by", "The Algerian Navy commissioned a corvette built by China at a ceremony in "
     "Shanghai.",
     [row("China", "Algeria|Algerian Navy", "corvette", None, D)]),
    ("keys_handed", "Russian officials handed the keys of ten BTR-82A vehicles to the Malian army on Monday.",
     [row("Russia", "Mali|Malian army", "BTR-82A", 10, D)]),
    ("formally_handed", "Three patrol boats donated by Japan were formally handed over to Ghana "
     "on Thursday.",
     [row("Japan", "Ghana", "patrol boat", 3, D)]),
    ("entered_service", "The Egyptian Air Force inducted its first Rafale jets from France into service "
     "on Monday.",
     [row("France", "Egypt|Egyptian Air Force", "Rafale", None, D)]),
    ("ceremony_attended", "The Indonesian defence minister attended the handover of two Hercules aircraft "
     "from Australia in Darwin.",
     [row("Australia", "Indonesia", "Hercules", 2, D)]),
    # second-hand transfers from one navy to another
    ("decommissioned_to", "The former HMS Kent will be transferred from the Royal Navy to the Chilean Navy "
     "after it is decommissioned.",
     [row(UK, "Chile|Chilean Navy", "Kent", None, OF, O, D)]),
    ("ex_navy_sold", "Portugal bought two former Dutch navy frigates from the Netherlands in 2007.",
     [row("Netherlands", "Portugal", "frigate", 2, O, D)]),
    ("retired_given", "New Zealand will give its retired P-3 Orion aircraft to Ukraine.",
     [row("New Zealand", "Ukraine", "P-3", None, OF)]),
    ("surplus_transfer", "The United States transferred a surplus Hamilton-class cutter to the Vietnamese "
     "coast guard.",
     [row(US, "Vietnam|Vietnamese coast guard", "cutter", None, D)]),
    ("ex_frigate_renamed", "Uruguay has received the former Portuguese frigate Corvo, which it renamed "
     "Maldonado.",
     [row("Portugal", "Uruguay", "Corvo", None, D)]),
    ("second_hand_from_navy", "Greece will acquire three second-hand Italian Navy patrol ships.",
     [row("Italy", "Greece", "patrol ship", 3, O, C)]),
    # seizures with an origin and a destination
    ("seized_from_to", "The U.S. Navy seized a shipment of Iranian rifles bound for Houthi rebels in Yemen.",
     [row("Iran", "Houthi|Houthis|Ansar Allah|Yemen", "rifle", None, I)]),
    ("intercepted_dhow", "French forces intercepted a dhow carrying 3,000 assault rifles from Iran to Yemen.",
     [row("Iran", "Yemen|Houthi|Houthis", "rifle", 3000, I)]),
    ("customs_seized", "Greek customs seized 40 containers of ammunition shipped from Turkey to Libya.",
     [row(TR, "Libya", "ammunition", None, I)]),
    ("seized_passive", "A cargo of Russian-made anti-tank missiles destined for Sudan was seized in "
     "Egypt.",
     [row("Russia", "Sudan", "anti-tank missile", None, I)]),
    ("police_found_weapons", "Police in Kenya found 200 rifles smuggled from Somalia for al-Shabaab.",
     [row("Somalia", "al-Shabaab|al Shabaab|Al-Shabaab", "rifle", 200, I, D)]),
    ("captured_en_route", "Israeli forces captured a ship carrying Iranian rockets to Gaza in 2014.",
     [row("Iran", "Gaza|Hamas|Palestine", "rocket", None, I)]),
    # a refusal followed by an alternative offered
    ("refused_offered_instead", "Germany refused to send Taurus missiles to Ukraine. "
     "Instead, it offered more IRIS-T air defence systems.",
     [row("Germany", "Ukraine", "Taurus", None, REF), row("Germany", "Ukraine", "IRIS-T", None, OF)]),
    ("declined_but", "Seoul declined to supply tanks to Kyiv but offered mine-clearing vehicles.",
     [row(KR, "Ukraine", "tank", None, REF), row(KR, "Ukraine", "mine-clearing", None, OF)]),
    ("rejected_proposed", "Washington rejected Turkey's request for F-35 jets and proposed F-16s instead.",
     [row(US, TR, "F-35", None, REF), row(US, TR, "F-16", None, OF)]),
    ("no_jets_but", "France will not sell Rafale jets to Malaysia, but it has offered six patrol vessels.",
     [row("France", "Malaysia", "Rafale", None, REF, ("ordered", "negated"), ("delivered", "negated")),
      row("France", "Malaysia", "patrol vessel", 6, OF)]),
    ("refused_then_training", "Japan turned down a request from the Philippines for missiles. "
     "It offered training instead.",
     [row("Japan", "Philippines", "missile", None, REF), no("Japan", "Philippines", "training")]),
    # a denial of an accused delivery
    ("denied_accused", "Ukraine accused Belarus of sending tanks to Russia. Minsk denied the claim.",
     [row("Belarus", "Russia", "tank", None, DEN)]),
    ("dismissed_reports", "Pakistan dismissed reports that it had supplied artillery shells to Ukraine "
     "as baseless.",
     [row("Pakistan", "Ukraine", "shell", None, DEN)]),
    ("said_never_sold", "Serbia said it has never sold ammunition to Ukraine, despite leaked documents.",
     [row("Serbia", "Ukraine", "ammunition", None, DEN, ("delivered", "negated"))]),
    ("called_false", "Egypt called false a report that it planned to send rockets to Russia.",
     [row("Egypt", "Russia", "rocket", None, ("considered", "denied"), DEN, ("offered", "denied"))]),
    ("accused_denied_they", "Western officials say Iran has sent ballistic missiles to Russia. "
     "Tehran denies it.",
     [row("Iran", "Russia", "ballistic missile", None, DEN, ("delivered", "uncertain"), D)]),
    # an approved possible sale with its items
    ("state_approved_items", "The U.S. State Department on Friday approved a possible sale to Jordan of 600 "
     "Stinger missiles and related equipment.",
     [row(US, "Jordan", "Stinger", 600, OF, O)]),
    ("dsca_approved_cost", "The United States has approved the sale of 66 F-16 jets to Taiwan at an "
     "estimated cost of $8 billion.",
     [row(US, "Taiwan", "F-16", 66, OF, O)]),
    ("approved_possible_two", "Washington approved a possible sale of eight Patriot batteries and 400 PAC-3 "
     "missiles to Poland.",
     [row(US, "Poland", "Patriot", 8, OF, O), row(US, "Poland", "PAC-3", 400, OF, O)]),
    ("cleared_notified", "Washington notified Congress on Tuesday of a proposed sale of 31 MQ-9B drones to "
     "India.",
     [row(US, "India", "MQ-9B", 31, OF, O)]),
    ("government_approved", "The German government approved the sale of four frigates to Egypt, "
     "a spokesman said.",
     [row("Germany", "Egypt", "frigate", 4, OF, O)]),
    # a delivery told in reported speech
    ("said_sent", "The ministry said Lithuania had sent 50 M113 armoured vehicles to Ukraine.",
     [row("Lithuania", "Ukraine", "M113", 50, D)]),
    ("quoted_delivered", "\"We have delivered 20 Piranha vehicles to Ghana,\" a Swiss official told "
     "reporters.",
     [row("Switzerland", "Ghana", "Piranha", 20, D)]),
    ("according_to", "According to the defence ministry, Armenia received four Su-30SM fighters from "
     "Russia in December.",
     [row("Russia", "Armenia", "Su-30", 4, D)]),
    ("told_parliament", "The defence minister told parliament that Latvia had received its first "
     "HIMARS launchers from the United States.",
     [row(US, "Latvia", "HIMARS", None, D)]),
    ("officials_say", "Russia has received hundreds of Shahed drones from Iran, U.S. officials say.",
     [row("Iran", "Russia", "Shahed", None, D, ("delivered", "uncertain"))]),
    # no-transfer distractors
    ("domestic_build", "India's state-run shipyard launched a destroyer built for the Indian Navy in Mumbai.",
     []),
    ("airliner", "Ethiopian Airlines took delivery of two Boeing 787 airliners from the United States.", []),
    ("museum", "A Soviet-era MiG-21 jet donated by Romania went on display at a museum in Bucharest.", []),
    ("replica", "A full-size replica of a Spitfire was unveiled in Malta on Sunday.", []),
    ("exercise_two", "Jets from Spain and Morocco took part in a joint air exercise over the Atlantic. "
     "The drills involved F-18 and F-16 fighters.", []),
    ("own_production", "South Korea's army received 100 K2 tanks built by Hyundai Rotem.", []),
    ("memorial", "An old Leopard tank was placed as a memorial outside a barracks in Ghent.", []),
]

# Cases added with the fixes (not counted in the 80): a ship handed over under its own name, typed by a vessel noun
# or a hull prefix, received or bought with no "to" phrase, or passed on with no seller named (the prefix's navy);
# a deal signed by two states, its items told in the next sentence.
FIX_CASES: list[tuple[str, str, list[Row]]] = [
    ("received_named", "Ecuador received the corvette Loja from Chile in March.",
     [row("Chile", "Ecuador", "Loja", None, D)]),
    ("bought_named", "Peru bought the former British frigate HMS Penwith in 2004.",
     [row(UK, "Peru", "Penwith", None, D, O)]),
    ("received_prefixed", "Tunisia has received the patrol vessel USCGC Marlow from the United States.",
     [row(US, "Tunisia", "patrol vessel", None, D)]),
    ("prefix_seller", "The frigate HMS Bramble will be transferred to Ghana next year.",
     [row(UK, "Ghana", "Bramble", None, OF, O, D)]),
    ("prefix_appos", "The cutter USCGC Harlan was handed over to the Nigerian Navy in Lagos.",
     [row(US, "Nigeria|Nigerian Navy", "cutter", None, D)]),
    ("prefix_deployed", "The destroyer HMS Dauntless was sent to the Gulf in June.", []),
    ("prefix_visit", "The frigate HMS Kent arrived in Oman for a port visit.", []),
    ("own_navy", "The frigate HMS Glasgow was handed over to the Royal Navy by BAE Systems.", []),
    # "X and Y signed an arms deal. The deal covers A": the signer whose state makes A sells it to the other
    ("pair_package", "Serbia and China signed a weapons deal last year. The package covers FK-3 air defence "
     "systems and CH-92 drones.",
     [row("China", "Serbia", "FK-3", None, O, OF), row("China", "Serbia", "CH-92", None, O, OF),
      no("Serbia", "China")]),
    ("pair_no_item", "Chile and Peru signed a defence cooperation agreement. The agreement covers joint training.", []),
]

# First figure, before any rule changed: 71 of the 80 cases passed as first written; two of the misses were the
# writer's errors (an invented state no gazetteer can know; "Norway has delivered" for "received"), corrected in
# the text before any rule changed: 73 of 80.
EXPECTED_FAIL: set[str] = {
    "split_recipients", "ceremony_attended",
}



@pytest.mark.parametrize("name,text,want", [
    pytest.param(n, x, w, marks=[pytest.mark.xfail(strict=True)] if n in EXPECTED_FAIL else [], id=n)
    for n, x, w in CASES + FIX_CASES
])
def test_probe(name: str, text: str, want: list[Row]) -> None:
    assert passes(text, want)
