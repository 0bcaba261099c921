"""Aid-package and donation reporting (helper h18aid): a package whose value or recipient carries the
list ("a package of $N for X", "a package for X, which includes Y"), a donation accepted ("accepted
three planes from X"), units that receive donated kit ("the country's commandos received", "peacekeepers"), and a
donation itemised in the next sentence by its participle ("The equipment donated includes X").
Sentences written for these tests, with parties and weapons of their own; each positive assertion
failed before its change; the negative ones say what must give no row."""
from __future__ import annotations

from _helpers import find

# -- a package whose value or recipient carries the list ------------------------------------------


def test_relative_clause_on_the_recipient(extractor):
    report = extractor.extract_text("Canada announced a package for Latvia, which includes 14 armoured vehicles.")
    assert [(t.quantity, t.stage) for t in find(report, "CAN", "LVA", "armoured vehicles")] == [(14, "offered")]


def test_relative_clause_on_the_value(extractor):
    report = extractor.extract_text(
        "Britain unveiled a package of 300 million pounds for Estonia, which contains 20 howitzers and 5,000 shells.")
    assert [t.quantity for t in find(report, "GBR", "EST", "howitzers")] == [20]
    assert [t.quantity for t in find(report, "GBR", "EST", "shells")] == [5000]


def test_recipient_after_the_value(extractor):
    report = extractor.extract_text(
        "Sweden announced a new package of $400 million for Latvia, including 12 howitzers.")
    assert [t.quantity for t in find(report, "SWE", "LVA", "howitzers")] == [12]


def test_drawdown_package_with_date(extractor):
    report = extractor.extract_text("The Pentagon on Friday announced another $250 million drawdown package to "
                                    "Taiwan, which includes 40 armored personnel carriers.")
    assert [(t.supplier.id if t.supplier else None, t.quantity, t.stage) for t in report.transfers
            if t.recipient and t.recipient.id == "TWN"] == [("us-department-of-defense", 40, "offered")], report.transfers


def test_package_without_a_list_gives_no_item_row(extractor):
    report = extractor.extract_text("Canada announced a $50 million package to Poland.")
    assert report.transfers == []


def test_contract_relative_clause_on_a_party_is_no_item(extractor):
    report = extractor.extract_text("The company announced a contract with Poland, which includes a maintenance program.")
    assert report.transfers == []


# -- a donation accepted; units that receive donated kit ------------------------------------------


def test_accepted_from(extractor):
    report = extractor.extract_text("The Peruvian army accepted from the Spanish government twelve armoured vehicles.")
    assert [(t.quantity, t.stage) for t in find(report, "ESP", "PER", "armoured vehicles")] == [(12, "delivered")]


def test_accepted_with_from_after(extractor):
    report = extractor.extract_text("Colombia formally accepted two helicopters from Brazil on Monday.")
    assert [t.stage for t in find(report, "BRA", "COL", "helicopters")] == ["delivered"]


def test_accepted_offer_stays_an_offer(extractor):
    report = extractor.extract_text("Kenya accepted the offer of patrol boats from Italy.")
    assert [t.stage for t in find(report, "ITA", "KEN", "patrol boats")] == ["offered"]


def test_accepted_invitation_or_proposal_is_no_row(extractor):
    for text in ("Ghana accepted an invitation from France to discuss the purchase of jets.",
                 "The ministry accepted the proposal from the embassy."):
        report = extractor.extract_text(text)
        assert not [t for t in report.transfers if t.stage == "delivered"], (text, report.transfers)


def test_commandos_receive_donated_vehicles(extractor):
    report = extractor.extract_text("Chad's newly trained commandos received 20 armored vehicles donated by France.")
    assert [t.quantity for t in find(report, "FRA", "TCD", "armored vehicles")] == [20]


def test_peacekeepers_receive(extractor):
    report = extractor.extract_text("The Malian peacekeepers received 40 trucks from Germany.")
    assert [t.quantity for t in find(report, "DEU", "MLI", "trucks")] == [40]


# -- a donation itemised in the next sentence by its participle ------------------------------------


def test_equipment_donated_includes(extractor):
    report = extractor.extract_text("The United States donated equipment worth $2 million to the Zambian army on "
                                    "Tuesday.\n\nThe equipment donated includes trucks, ambulances, armoured "
                                    "vehicles and night vision devices.")
    for item in ("trucks", "armoured vehicles", "night vision devices"):
        assert [t.stage for t in find(report, "USA", "ZMB", item)] == ["delivered"], item
    assert not find(report, "USA", "ZMB", "ambulances")  # civilian goods are no row (civil_goods.py)


def test_equipment_delivered_included_with_count(extractor):
    report = extractor.extract_text("Norway handed over equipment to the Moldovan army on Friday.\n\n"
                                    "The equipment delivered included 12 armoured vehicles, radios and body armour.")
    assert [t.quantity for t in find(report, "NOR", "MDA", "armoured vehicles")] == [12]
    assert find(report, "NOR", "MDA", "body armour")


def test_participle_on_a_report_is_no_row(extractor):
    report = extractor.extract_text("The report published by the ministry includes rifles.")
    assert report.transfers == []


def test_undefinite_holder_inherits_nothing(extractor):
    report = extractor.extract_text("Norway handed over equipment to the Moldovan army on Friday.\n\n"
                                    "Some equipment donated elsewhere included radios.")
    assert not find(report, "NOR", "MDA", "radios")


# -- a noun of aid as the subject of an include verb names the package told before -----------------


def test_that_aid_included(extractor):
    report = extractor.extract_text("Last week Portugal announced a military aid package for Moldova.\n\n"
                                    "That aid included 4,000 mortar rounds and 18 howitzers.")
    assert [t.quantity for t in find(report, "PRT", "MDA", "mortar rounds")] == [4000]
    assert [t.quantity for t in find(report, "PRT", "MDA", "howitzers")] == [18]


def test_the_assistance_will_include(extractor):
    report = extractor.extract_text("Denmark pledged new support to Georgia on Monday.\n\n"
                                    "The assistance will include 12 patrol boats.")
    assert [t.quantity for t in find(report, "DNK", "GEO", "patrol boats")] == [12]


def test_aid_elsewhere_stays_as_it_was(extractor):
    report = extractor.extract_text("Spain will send military assistance to Moldova.")
    assert [t.stage for t in find(report, "ESP", "MDA", "assistance")] == ["offered"]
    report = extractor.extract_text("Russia cut off aid to the rebels.")
    assert report.transfers == []


def test_humanitarian_aid_list_is_no_row(extractor):
    report = extractor.extract_text("Last week Portugal announced a military aid package for Moldova.\n\n"
                                    "Humanitarian aid includes food and medicine.")
    assert not [t for t in report.transfers if t.item.text.lower() in ("food", "medicine")]


# -- "the latest package" is the newest of a series, not a ranking -----------------------------------


def test_latest_package_includes(extractor):
    report = extractor.extract_text("On Monday Italy announced a military aid package for Moldova.\n\n"
                                    "The latest package includes 3,000 mortar rounds.")
    assert [t.quantity for t in find(report, "ITA", "MDA", "mortar rounds")] == [3000]


def test_newest_tranche_will_include(extractor):
    report = extractor.extract_text("Finland announced another aid package for Georgia.\n\n"
                                    "The newest tranche will include 12 patrol boats.")
    assert [t.stage for t in find(report, "FIN", "GEO", "patrol boats")] == ["offered"]


def test_largest_package_stays_a_ranking(extractor):
    report = extractor.extract_text("On Monday Italy announced a military aid package for Moldova.\n\n"
                                    "It was one of the largest packages, which included 30 tanks.")
    assert not find(report, "ITA", "MDA", "tanks")


# -- "Pacific Island country X": "Island" is no name of a state in English ----------------------------


def test_island_country_is_not_a_state(extractor):
    report = extractor.extract_text("Australia handed over a patrol boat to the Pacific Island country Tuvalu on Friday.")
    assert {t.recipient.id for t in report.transfers if t.recipient} == {"TUV"}, report.transfers


def test_iceland_still_resolves(extractor):
    report = extractor.extract_text("Norway sold six patrol boats to Iceland.")
    assert [t.quantity for t in find(report, "NOR", "ISL", "patrol boats")] == [6]


# -- a military attaché hands over for the state: "the Chinese defence attaché" ------------------------
# ("ambassador" was tried too: it made "signed by the X ambassador" a signing for X, which added rows the
# written sets hold only as optional.)


def test_defence_attache_as_subject(extractor):
    report = extractor.extract_text("The Indian defence attaché handed over 20 trucks to the Bhutanese army on Tuesday.")
    assert [t.quantity for t in find(report, "IND", "BTN", "trucks")] == [20]


def test_attache_as_agent_of_a_passive(extractor):
    report = extractor.extract_text("The trucks were handed over to the Chilean army by the Korean military attaché.")
    assert [t.stage for t in find(report, "KOR", "CHL", "trucks")] == ["delivered"]


def test_attache_at_a_ceremony_is_no_row(extractor):
    report = extractor.extract_text("The French defence attaché attended a ceremony in Dakar.")
    assert report.transfers == []


# -- "held a handover ceremony of X to Y": the transfer noun names the occasion -------------------------


def test_handover_ceremony_of_items_to_recipient(extractor):
    report = extractor.extract_text("The Korean embassy held a handover ceremony of 20 trucks to the Ugandan army.")
    assert [t.quantity for t in find(report, "KOR", "UGA", "trucks")] == [20]


def test_handover_ceremony_for_items(extractor):
    report = extractor.extract_text("Brazil held a handover ceremony for 8 patrol boats to the Bolivian navy on Monday.")
    assert [t.stage for t in find(report, "BRA", "BOL", "patrol boats")] == ["delivered"]


def test_other_ceremonies_give_no_row(extractor):
    for text in ("The army held a graduation ceremony for 300 soldiers.",
                 "The navy held a commissioning ceremony for two new frigates.",
                 "Japan attended the handover ceremony of the new hospital to the Zambian government."):
        assert extractor.extract_text(text).transfers == [], text
