"""Session 36 (round 1), probes: recall and precision on plain, common constructions of wire copy and official texts.

A third probe set, written for this file (no fixture article was read to write it), on constructions not covered by
tests/test_s34_probes.py and tests/test_s35_probes.py: partial deliveries ("N of the M have arrived"); an old purchase
told in passing; refusals and licence revocations with their items listed; export suspensions to several states; a
firm signing a contract with a state's armed forces; items built in one state for another's air force; approved
possible sales with an itemised package; seizures of arms and of civilian goods (the latter give no row); donations
announced by an embassy; a request to one's own government for funding (no row); hedges in another clause; a denial by
the supplier; requests for "more of the X"; "options include"; and no-transfer distractors.

Each case holds the rows a careful analyst expects and the rows that must not be there (see tests/_probes.py for the
check). Cases the extractor does not yet read are marked xfail(strict=True)."""
from __future__ import annotations

import pytest

from _probes import DEN, OF, REF, C, D, I, O, R, Row, no, passes, row

US = "United States|USA"
UK = "United Kingdom|GBR|Britain"
KR = "South Korea|KOR"
TR = "Turkey|Türkiye"
CZ = "Czech Republic|Czechia|CZE"
U = ("delivered", "uncertain")
OU = ("ordered", "uncertain")
CU = ("considered", "uncertain")
NEG = ("delivered", "negated")

CASES: list[tuple[str, str, list[Row]]] = [
    # partial deliveries
    ("n_of_m_arrived", "Eight of the 24 Caesar howitzers ordered by Belgium from France have arrived.",
     [row("France", "Belgium", "Caesar", 24, O), row("France", "Belgium", "Caesar", 8, D)]),
    ("n_of_m_received", "Slovenia has so far received three of the six Boxer vehicles it bought from Germany.",
     [row("Germany", "Slovenia", "Boxer", 3, D)]),
    ("first_n_of_m", "The first four of 12 Black Hawk helicopters for Croatia were delivered by the United "
     "States on Wednesday.",
     [row(US, "Croatia", "Black Hawk", 4, D)]),
    ("half_delivered", "About half of the 36 Rafale jets India ordered from France had been delivered by "
     "the end of 2021.",
     [row("France", "India", "Rafale", 36, O), row("France", "India", "Rafale", None, D)]),
    ("remaining_due", "Latvia has taken delivery of two NASAMS batteries from Norway. "
     "The remaining one is due in 2026.",
     [row("Norway", "Latvia", "NASAMS", 2, D)]),
    ("out_of_delivered", "So far 14 out of 20 Piranha vehicles have been handed over to Botswana by "
     "Switzerland.",
     [row("Switzerland", "Botswana", "Piranha", 14, D)]),
    # an old purchase told in passing
    ("old_purchase_which", "Peru, which bought 12 MiG-29 fighters from Belarus in 1996, is now looking "
     "for a new jet.",
     [row("Belarus", "Peru", "MiG-29", 12, O, D)]),
    ("old_purchase_since", "Malaysia has flown Russian-made Su-30MKM fighters since it acquired 18 of them "
     "in 2007.",
     [row("Russia", "Malaysia", "Su-30", None, D, O)]),
    ("old_purchase_after", "Two decades after buying Leopard 2 tanks from Germany, Chile is seeking to "
     "upgrade its armoured fleet.",
     [row("Germany", "Chile", "Leopard", None, O, D)]),
    ("old_purchase_operates", "Peru operates 18 MiG-29 jets that it bought from Belarus in 1996.",
     [row("Belarus", "Peru", "MiG-29", 18, O, D)]),
    ("old_purchase_like", "Like the Hawk trainers Indonesia bought from Britain in the 1990s, the new jets "
     "will be based in Pekanbaru.",
     [row(UK, "Indonesia", "Hawk", None, O, D)]),
    # refusals and licence revocations with their items listed
    ("revoked_licences_items", "Britain revoked export licences for sniper rifles, body armour and "
     "helicopter parts destined for Bahrain.",
     [row(UK, "Bahrain", "sniper rifle", None, REF), row(UK, "Bahrain", "helicopter part", None, REF)]),
    ("denied_licences", "The Dutch government denied licences for the export of radar systems and "
     "night-vision goggles to Egypt.",
     [row("Netherlands", "Egypt", "radar", None, REF), row("Netherlands", "Egypt", "night-vision", None, REF)]),
    ("refused_permits", "Sweden refused export permits for grenade launchers and anti-tank weapons to the "
     "United Arab Emirates.",
     [row("Sweden", "United Arab Emirates|UAE", "grenade launcher", None, REF),
      row("Sweden", "United Arab Emirates|UAE", "anti-tank weapon", None, REF)]),
    ("licence_withdrawn_passive", "Licences for the sale of armoured cars and tear gas to Indonesia were "
     "withdrawn by Belgium in March.",
     [row("Belgium", "Indonesia", "armoured car", None, REF)]),
    ("will_not_license", "Spain said it would not license the sale of 400 laser-guided bombs to Saudi Arabia.",
     [row("Spain", "Saudi Arabia", "bomb", 400, REF, ("ordered", "negated"), NEG)]),
    ("cancelled_licences", "Canada cancelled permits for drone cameras and targeting sensors bound for Turkey.",
     [row("Canada", TR, "camera", None, REF), row("Canada", TR, "sensor", None, REF)]),
    # export suspensions to several states
    ("suspended_several", "Denmark suspended all arms exports to Oman and Bahrain.",
     [row("Denmark", "Oman", "arms", None, REF),
      row("Denmark", "Bahrain", "arms", None, REF)]),
    ("halted_three", "Finland halted new weapons export licences to Turkey, Saudi Arabia and Qatar.",
     [row("Finland", TR, "weapon", None, REF), row("Finland", "Saudi Arabia", "weapon", None, REF),
      row("Finland", "Qatar", "weapon", None, REF)]),
    ("froze_sales", "Norway froze sales of ammunition to Saudi Arabia and Jordan after the report.",
     [row("Norway", "Saudi Arabia", "ammunition", None, REF), row("Norway", "Jordan", "ammunition", None, REF)]),
    ("suspension_noun", "Germany's suspension of arms deliveries to Turkey and Egypt remains in force.",
     [row("Germany", TR, "arms", None, REF), row("Germany", "Egypt", "arms", None, REF)]),
    ("stopped_exports_passive", "Arms exports from Austria to Russia and Belarus were stopped in 2014.",
     [row("Austria", "Russia", "arms", None, REF), row("Austria", "Belarus", "arms", None, REF)]),
    # a firm signing a contract with a state's armed forces
    ("firm_signed_army", "Patria signed a contract with the Slovak army for 76 armoured vehicles.",
     [row("Finland|Patria", "Slovakia|Slovak army", "armoured vehicle", 76, O)]),
    ("firm_signed_air_force", "Embraer signed a contract with the Austrian Air Force for four "
     "KC-390 aircraft.",
     [row("Brazil|Embraer", "Austria|Austrian Air Force", "KC-390", 4, O)]),
    ("firm_signed_navy", "Fincantieri signed an agreement with the Indonesian Navy to build six frigates.",
     [row("Italy|Fincantieri", "Indonesia|Indonesian Navy", "frigate", 6, O)]),
    ("firm_contract_ministry", "Kongsberg signed a contract with the Latvian defence ministry for "
     "additional NASAMS launchers.",
     [row("Norway|Kongsberg", "Latvia", "NASAMS", None, O)]),
    ("invented_firm_signed", "Veltra Dynamics of Austria signed a deal with the Kenyan army to supply "
     "40 Falke-4 armoured trucks.",
     [row("Austria|Veltra Dynamics", "Kenya|Kenyan army", "Falke-4", 40, O)]),
    ("firm_contract_passive", "A contract for 18 Caracal helicopters was signed by Airbus with the "
     "Kuwaiti army.",
     [row("France|Airbus|Europe|European", "Kuwait|Kuwaiti army", "Caracal", 18, O)]),
    # items built in one state for another's air force
    ("built_for_air_force", "The first Rafale built in France for the Serbian Air Force "
     "rolled out in March.",
     [row("France", "Serbia|Serbian Air Force", "Rafale", None, O, D)]),
    ("being_built_for", "Two A330 tankers are being built in Spain for the Royal Thai Air Force.",
     [row("Spain|Airbus", "Thailand|Royal Thai Air Force", "A330", 2, O, D)]),
    ("assembled_for", "South Korea is assembling 40 KT-1 training aircraft for the Polish Air Force.",
     [row(KR, "Poland|Polish Air Force", "KT-1", 40, O, D)]),
    ("made_for_passive", "The KC-390 transport, made in Brazil for the Hungarian Air Force, made its first "
     "flight on Monday.",
     [row("Brazil", "Hungary|Hungarian Air Force", "KC-390", None, O, D)]),
    ("destined_for_air_force", "Italy finished the first M-346 trainer destined for the Nigerian Air Force.",
     [row("Italy", "Nigeria|Nigerian Air Force", "M-346", None, O, D)]),
    # approved possible sales with an itemised package
    ("package_itemised", "The State Department on Friday approved a possible sale to Croatia of 48 Abrams tanks, "
     "six recovery vehicles and 10 machine guns.",
     [row(US, "Croatia", "Abrams", 48, OF, O), row(US, "Croatia", "recovery vehicle", 6, OF, O)]),
    ("package_consists", "Washington approved a $1 billion sale to Egypt. The package consists of 12 "
     "C-130J aircraft and related spare parts.",
     [row(US, "Egypt", "C-130", 12, OF, O)]),
    ("package_colon", "The proposed sale to Morocco includes: 18 HIMARS launchers, 40 ATACMS missiles "
     "and training, the agency said.",
     [row(US, "Morocco", "HIMARS", 18, OF, O)]),
    ("dsca_notified_items", "The Defense Security Cooperation Agency notified lawmakers of a possible sale "
     "to Qatar of 250 Javelin missiles and 25 launch units.",
     [row(US, "Qatar", "Javelin", 250, OF, O)]),
    ("approved_also", "Washington approved the sale of 12 MH-60R helicopters to Greece. "
     "The sale also includes 40 Hellfire missiles.",
     [row(US, "Greece", "MH-60R", 12, OF, O), row(US, "Greece", "Hellfire", 40, OF, O)]),
    # seizures of arms and of civilian goods
    ("seized_rifles_border", "Border guards in Uzbekistan seized 120 pistols smuggled from Afghanistan.",
     [row("Afghanistan", "", "pistol", 120, I)]),
    ("navy_intercepted_vessel", "The Indian navy intercepted a vessel carrying rocket launchers from "
     "Pakistan to Sri Lanka.",
     [row("Pakistan", "Sri Lanka", "rocket launcher", None, I)]),
    ("confiscated_ammunition", "Hungarian police confiscated 3,000 rounds of rifle ammunition bound for Serbia.",
     [row("", "Serbia", "ammunition", None, I)]),
    ("seized_cigarettes", "Customs officers in Rotterdam seized 20 million cigarettes shipped from Dubai.",
     []),
    ("seized_cocaine", "Colombian troops seized two tonnes of cocaine bound for Mexico.", []),
    ("seized_fuel", "The Iranian navy seized a tanker carrying smuggled fuel to the United Arab Emirates.", []),
    # donations announced by an embassy
    ("embassy_donated", "The U.S. Embassy in Accra said it had donated 12 patrol boats to the Ghana Navy.",
     [row(US, "Ghana|Ghana Navy", "patrol boat", 12, D)]),
    ("embassy_handed", "The Japanese embassy in Manila handed over two drones to the Philippine Coast Guard.",
     [row("Japan", "Philippines|Philippine Coast Guard", "drone", 2, D)]),
    ("embassy_statement", "Britain has gifted five armoured Land Rovers to the Somali police, the British "
     "embassy in Mogadishu said in a statement.",
     [row(UK, "Somalia", "Land Rover", 5, D)]),
    ("embassy_announced", "The Chinese embassy announced the donation of 30 military trucks to the "
     "Zambian army.",
     [row("China", "Zambia|Zambian army", "truck", 30, D, OF)]),
    ("embassy_according", "France donated four VAB armoured vehicles to Benin, according to the French "
     "embassy in Cotonou.",
     [row("France", "Benin", "VAB", 4, D)]),
    # a request to one's own government for funding
    ("own_funding_navy", "The Brazilian navy asked the government for funds to build four frigates.", []),
    ("own_budget_army", "Argentina's army has requested more money from the finance ministry for new tanks.",
     []),
    ("own_parliament", "The Danish defence ministry asked parliament to approve funding for more F-35 jets.",
     []),
    ("own_funding_with_order", "The Latvian army requested funding from the government to pay for six "
     "HIMARS launchers ordered from the United States.",
     [row(US, "Latvia", "HIMARS", 6, O), no("Latvia", "Latvia")]),
    # hedges in another clause
    ("hedge_officials_believe", "Officials believe that Iran has delivered Shahed drones to Sudan.",
     [row("Iran", "Sudan", "Shahed", None, U)]),
    ("hedge_it_is_unclear", "Slovenia sent 28 M-55S tanks to Ukraine, although it is unclear when they "
     "arrived.",
     [row("Slovenia", "Ukraine", "M-55", 28, D)]),
    ("hedge_may_have", "Analysts say North Korea may have supplied rockets to Hamas.",
     [row("North Korea|PRK", "Hamas", "rocket", None, U)]),
    ("hedge_if_confirmed", "If confirmed, the sale of 20 J-10 jets to Egypt by China would be Cairo's "
     "largest purchase from Beijing.",
     [row("China", "Egypt", "J-10", 20, OU, CU, ("offered", "uncertain"))]),
    ("hedge_suspected", "Ukraine suspects that Belarus is sending artillery shells to Russia.",
     [row("Belarus", "Russia", "shell", None, U)]),
    # a denial by the supplier
    ("supplier_denied_selling", "Bulgaria denied selling any weapons to Ukraine in 2022.",
     [row("Bulgaria", "Ukraine", "weapon", None, DEN, NEG)]),
    ("supplier_firm_denied", "Elbit Systems denied that it had sold drones to Myanmar.",
     [row("Israel|Elbit Systems|Elbit", "Myanmar", "drone", None, DEN)]),
    ("supplier_ministry_denied", "China's foreign ministry denied reports that Beijing had shipped "
     "weapons to Russia.",
     [row("China", "Russia", "weapon", None, DEN)]),
    ("supplier_no_weapons", "\"We have not given a single rifle to the rebels,\" the Rwandan government said.",
     [row("Rwanda", "", "rifle", None, DEN, NEG)]),
    ("supplier_rejected_report", "Georgia rejected a report that it had sent Buk missile systems to "
     "Ukraine.",
     [row("Georgia", "Ukraine", "Buk", None, DEN)]),
    # requests with "more of the X"
    ("more_of_the", "Ukraine has asked Germany for more of the Leopard tanks.",
     [row("Germany", "Ukraine", "Leopard", None, R)]),
    ("more_of_these", "Estonia wants more of the HIMARS launchers it bought from Washington.",
     [row(US, "Estonia", "HIMARS", None, R, C, O, D)]),
    ("additional_asked", "Taiwan requested additional Harpoon missiles from the United States.",
     [row(US, "Taiwan", "Harpoon", None, R)]),
    ("more_please", "Kyiv urged Paris to send more Caesar howitzers.",
     [row("France", "Ukraine", "Caesar", None, R)]),
    # "options include"
    ("options_include", "Colombia is replacing its old fighter jets. Options include the Gripen from Sweden and "
     "the F-16 from the United States.",
     [row("Sweden", "Colombia", "Gripen", None, C, CU), row(US, "Colombia", "F-16", None, C, CU)]),
    ("options_under_study", "Options under study by the Thai navy include a frigate from South Korea.",
     [row(KR, "Thailand|Thai navy", "frigate", None, C, CU)]),
    ("contenders_include", "Contenders for Portugal's tank tender include the Leopard 2A8 from Germany.",
     [row("Germany", "Portugal", "Leopard", None, C, CU, OF)]),
    ("options_no_item", "Options include raising taxes or cutting the defence budget, the minister said.", []),
    # no-transfer distractors
    ("nt_visit", "The Indian defence minister visited a Rafale factory in France on Tuesday.", []),
    ("nt_airshow", "Turkey displayed its Kaan fighter at an air show in Dubai.", []),
    ("nt_crash", "A Nigerian Air Force Alpha Jet crashed during a training flight in Kaduna.", []),
    ("nt_own_build", "Indonesia's PT PAL launched a landing ship for the Indonesian navy in Surabaya.", []),
    ("nt_sanctions", "The European Union imposed sanctions on three Iranian drone makers.", []),
    ("nt_fired", "Russia fired Kinzhal missiles at targets in western Ukraine overnight.", []),
    ("nt_training", "American instructors trained Ukrainian pilots on F-16 jets in Arizona.", []),
    ("nt_ceasefire", "Armenia and Azerbaijan agreed to a ceasefire after clashes involving drones and artillery.",
     []),
    ("nt_budget", "Poland raised its defence budget to 4% of GDP this year.", []),
]

# Cases added with the fixes (not counted in the 80).
FIX_CASES: list[tuple[str, str, list[Row]]] = [
    # "being built in X for Y's forces" with no builder named: the state it is built in sells (frames/build_sites.py)
    ("site_passive", "Three patrol boats are being built in Japan for the Philippine Navy.",
     [row("Japan", "Philippines|Philippine Navy", "patrol boat", 3, O)]),
    ("site_participle", "The first two Rafale jets built in France for the Croatian Air Force arrived in Zagreb.",
     [row("France", "Croatia|Croatian Air Force", "Rafale", 2, D, O)]),
    ("site_active_city", "South Korea is building two submarines in Okpo for the Indonesian navy.",
     [row(KR, "Indonesia|Indonesian navy", "submarine", 2, O)]),
    ("site_date", "Six corvettes were built in 2018 for the Algerian Navy.", []),
    ("site_own", "Twenty tanks were built in Poland for the Polish army.", []),
    ("site_no_item", "Barracks are being built in Ghana for the Ghanaian army.", []),
    # "options include A from X", "the alternatives are A and B": weighed by the buyer (frames/contenders.py)
    ("option_alternatives", "Chile needs new submarines. The alternatives are the Scorpene submarine from France "
     "and the Type 214 from Germany.",
     [row("France", "Chile", "Scorpene", None, C), row("Germany", "Chile", "Type 214", None, C)]),
    ("option_single", "Peru needs new trainers. Options include the Hawk jet from Britain.",
     [row(UK, "Peru", "Hawk", None, C)]),
    ("option_gerund", "Ecuador bought six Cheetah jets from South Africa. The navy is weighing how to arm its "
     "ships; options include buying used torpedoes from Chile.",
     [row("South Africa", "Ecuador", "Cheetah", 6, D, O), row("Chile", "Ecuador", "torpedo", None, C)]),
    ("option_none", "Options include extending the life of the old frigates, the admiral said.", []),
    ("option_negated", "Ghana's options do not include the purchase of jets.", []),
    # "withdrew / rescinded licences for X to Y": taking back a permit refuses what it covered (predicates.toml
    # revoke_permit, over a permit object only)
    ("withdrew_licences", "Belgium withdrew licences for armoured cars to Indonesia.",
     [row("Belgium", "Indonesia", "armoured car", None, REF)]),
    ("rescinded_permits", "The Dutch government rescinded export permits for radar parts destined for Egypt.",
     [row("Netherlands", "Egypt", "radar", None, REF)]),
    ("withdrew_troops", "Belgium withdrew its troops and helicopters from Mali.", []),
    ("withdrew_application", "The firm withdrew its licence application for rifles to Chad.", []),
    # "operates 24 X that it bought from Y": "that" opens a relative clause on the object, not a complement
    # clause of "operates" (extraction/that_relatives.py, a parse repair)
    ("that_rel_flies", "Kazakhstan flies Su-30 jets that it bought from Russia in 2011.",
     [row("Russia", "Kazakhstan", "Su-30", None, D, O)]),
    ("that_rel_uses", "Kenya still uses the armoured cars that it received from Britain in 1990.",
     [row(UK, "Kenya", "armoured car", None, D)]),
    ("that_rel_told", "The minister told reporters that Kenya bought armoured cars from Britain.",
     [row(UK, "Kenya", "armoured car", None, D, O)]),
    ("that_rel_praised", "The army praised the jets that it bought from Russia.", []),
]

# First figure, before any rule changed: 63 of the 80 cases pass as first written (no case text was changed); after
# the fixes of this round (build sites, options listed, permits withdrawn, "that" relatives): 68 of 80.
EXPECTED_FAIL: set[str] = {
    "old_purchase_after", "revoked_licences_items",
    "cancelled_licences", "firm_contract_passive", "made_for_passive", "destined_for_air_force",
    "package_colon", "seized_rifles_border", "embassy_statement", "embassy_announced", "hedge_if_confirmed",
    "contenders_include",
}


@pytest.mark.parametrize("name,text,want", [
    pytest.param(n, x, w, marks=[pytest.mark.xfail(strict=True)] if n in EXPECTED_FAIL else [], id=n)
    for n, x, w in CASES + FIX_CASES
])
def test_probe(name: str, text: str, want: list[Row]) -> None:
    assert passes(text, want)
