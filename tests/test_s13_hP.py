"""The party a row lacks, from the whole document (thirteenth session, `extraction/document_parties.py`).

A report on one purchase or one supplier's exports names only one party, or none, in many of its sentences.
Once the nearer fills (the sentence, the four sentences before, the system's maker, an offer's topic state)
leave a row incomplete, the document lends the party it makes plain:

- the one counterparty every complete row with the row's named party shares ("The X Defence Force had also
  received, through the same port, twelve carriers", far below "X signed a contract with Y for ...");
- of several such counterparties, the one the row's own sentence names ("Y would train Z's pilots and four
  ambulances donated last year had all reached Z through W": a route is no competing party);
- for a designated system told with no party, the pair of the complete rows of the same system ("The first
  four A were handed over"), else the document's salient recipient and the system's maker ("the first of two
  B aircraft bought last year landed" in a report on one state's purchases);

and never: a party out of several competing ones the sentence does not name, a foreign supplier of a system
the recipient's own state makes, a supplier of a buyer's wish ("X wants patrol boats"), a row of "every" or of
a rule with no one in particular.

"have no plans to supply X" is a negated offer (the "no" of the governing noun), no asserted one.

Texts written for these tests (other states and systems than the development articles); the positives failed
before the change; the negatives say what must stay."""
from __future__ import annotations

from _helpers import find

BUYER_KEEPS_ITS_SUPPLIER = (
    'Botswana buys Austrian armour\n'
    '\n'
    'Botswana signed a contract with Austria in March for 45 Pandur armoured vehicles.\n'
    'The vehicles will replace a fleet that has served for three decades.\n'
    'Officers said the new fleet would patrol the northern border.\n'
    'Training of the first crews began in a camp near the capital.\n'
    'The rainy season delayed work on the new garages.\n'
    'Roads in the north were also repaired over the summer.\n'
    'The Botswana Defence Force had also received, through the same port, twelve armoured personnel carriers.\n'
)

SUPPLIER_NAMED_IN_SENTENCE = (
    'Zambia expands its arsenal\n'
    '\n'
    'Zambia bought six DA42 aircraft from Austria in 2019.\n'
    'Singapore sold Zambia ten Bronco carriers in 2020.\n'
    'The purchases were paid for from the regular budget.\n'
    'Officers said the fleet would patrol the western border.\n'
    'Training of the first crews began in a camp near the capital.\n'
    'The rainy season delayed work on the new hangars.\n'
    'Roads in the west were also repaired over the summer.\n'
    'The minister said Austria would train Zambian pilots and that four armoured ambulances donated last year had all reached Zambia through Malawi.\n'
)

SAME_SYSTEM_LATER = (
    'Malawi trains new pilots\n'
    '\n'
    'Malawi ordered 8 CT-4 Airtrainer aircraft from New Zealand in 2021.\n'
    'The aircraft will replace a fleet that has served for three decades.\n'
    'Instructors said the new fleet would train forty pilots a year.\n'
    'Training of the first crews began at a school near the capital.\n'
    'The rainy season delayed work on the new hangars.\n'
    'Roads near the school were also repaired over the summer.\n'
    'The first four Airtrainers were handed over at a ceremony last May.\n'
)

MAKER_OF_A_SYSTEM = (
    'Nepal modernises its air wing\n'
    '\n'
    'Nepal bought two Y-12 transport aircraft from China in 2018.\n'
    'Nepal also received three Dhruv helicopters from India in 2020.\n'
    'The purchases were paid for from the regular budget.\n'
    'Officers said the fleet would serve in mountain rescue.\n'
    'Training of the first crews began at a school near the capital.\n'
    'The monsoon delayed work on the new hangars.\n'
    'Officials said one of the two DA62 aircraft bought last year landed at the base in May.\n'
)

TWO_BUYERS = (
    'Austrian armour finds buyers\n'
    '\n'
    'Austria sold 20 Pandur vehicles to Jordan in 2019.\n'
    'Austria also sold 12 Pandur vehicles to Zambia in 2020.\n'
    'The sales were approved by the export licensing office.\n'
    'Officials said the factory would hire two hundred workers.\n'
    'The rainy season delayed work on a new assembly hall.\n'
    'Roads near the factory were also repaired over the summer.\n'
    'Austria delivered six more armoured personnel carriers last month.\n'
)

HOME_MADE = (
    'Austria renews its artillery\n'
    '\n'
    'Austria ordered 10 FH-88 howitzers from Singapore in 2019.\n'
    'Austria also bought 4 Bronco carriers from Singapore in 2020.\n'
    'The purchases were paid for from the regular budget.\n'
    'Officers said the new guns would serve in the mountain brigades.\n'
    'Training of the first crews began at a school near the capital.\n'
    'The winter delayed work on the new garages.\n'
    'The first two Pandur vehicles, ordered in 2020, were handed over at a ceremony last May.\n'
)

RULES_AND_EVERY = (
    'Namibia buys patrol aircraft\n'
    '\n'
    'Namibia ordered two DA42 aircraft from Austria in 2022.\n'
    'Austria also sold Namibia four Pandur vehicles in 2023.\n'
    'The purchases were paid for from the regular budget.\n'
    'Officers said the aircraft would patrol the coast.\n'
    'Training of the first crews began at a school near the capital.\n'
    'The dry season sped up work on the new hangars.\n'
    'Every Pandur vehicle sold abroad needs an export licence.\n'
    'Austrian law forbids the sale of Pandur vehicles to countries at war.\n'
)



def test_a_buyer_told_far_below_takes_the_supplier_of_its_complete_rows(extractor):
    rows = find(extractor.extract_text(BUYER_KEEPS_ITS_SUPPLIER), "AUT", "BWA", "personnel carriers")
    assert rows, "the carriers the defence force received: from the one supplier the text gives Botswana"
    assert rows[0].rule.endswith(":context") and rows[0].quantity == 12


def test_of_several_suppliers_the_one_the_sentence_names(extractor):
    report = extractor.extract_text(SUPPLIER_NAMED_IN_SENTENCE)
    assert find(report, "AUT", "ZMB", "ambulances")
    assert not find(report, "SGP", "ZMB", "ambulances")


def test_a_system_told_again_with_no_party_takes_the_pair_of_its_order(extractor):
    rows = find(extractor.extract_text(SAME_SYSTEM_LATER), "NZL", "MWI", "Airtrainer")
    assert any(r.stage == "delivered" and r.quantity == 4 for r in rows), rows


def test_a_system_with_no_party_in_a_report_on_one_buyer_comes_from_its_maker(extractor):
    rows = find(extractor.extract_text(MAKER_OF_A_SYSTEM), "AUT", "NPL", "DA62")
    assert {r.stage for r in rows} >= {"ordered"}, rows


def test_two_competing_buyers_lend_no_recipient(extractor):
    report = extractor.extract_text(TWO_BUYERS)
    assert not find(report, "AUT", "JOR", "personnel carriers") and not find(report, "AUT", "ZMB", "personnel carriers")
    assert find(report, "AUT", "JOR", "Pandur") and find(report, "AUT", "ZMB", "Pandur")


def test_a_system_the_buyers_own_state_makes_takes_no_foreign_supplier(extractor):
    report = extractor.extract_text(HOME_MADE)
    assert not find(report, None, None, "Pandur") and not find(report, "SGP", "AUT", "Pandur"), report.transfers
    assert find(report, "SGP", "AUT", "FH-88")


def test_every_and_a_rule_for_no_one_stay_without_a_row(extractor):
    report = extractor.extract_text(RULES_AND_EVERY)
    assert [t.quantity for t in find(report, "AUT", "NAM", "Pandur")] == [4], report.transfers


def test_no_plans_to_supply_is_a_negated_offer(extractor):
    rows = find(extractor.extract_text("Austria has no plans to supply Pandur vehicles to Malawi."), "AUT", "MWI", "Pandur")
    assert rows and all(r.factuality == "negated" for r in rows), rows


def test_a_buyers_wish_takes_no_supplier_from_the_document(extractor):
    report = extractor.extract_text("Malawi wants new patrol boats. Austria sold Malawi four Pandur vehicles in 2023.")
    assert not find(report, None, "MWI", "patrol boats") and not find(report, "AUT", "MWI", "patrol boats")
    assert find(report, "AUT", "MWI", "Pandur")
