"""Patterns of UN panel, NGO and research reporting on arms that reach armed groups, seizures, embargo
violations and denials: what a container is full of, a destination the parser hangs on the origin, an
embargo broken by a transfer or on its own, "no longer supplies", firms named by where they are
registered, arms "introduced into" a country, the maker named after the item, "X diverted Y to Z" and
"NATO members X and Y". Sentences written for these tests (not taken from any article); each positive
assertion failed before its change, and the guards (`test_no_row_*`, "stays", "still") say what must not
become a row."""
from __future__ import annotations

import pytest

from _helpers import find

# -- what a container holds: "crates packed with X", "a stream of X", "a stash of X that ..." -----------


def test_crates_packed_with_items(extractor):
    report = extractor.extract_text("Belarus shipped 400 crates packed with grenades to Armenia.")
    assert [t.stage for t in find(report, "BLR", "ARM", "grenades")] == ["delivered"], report.transfers


def test_containers_full_of_items(extractor):
    report = extractor.extract_text("Laos has supplied Cambodia with 9,000 containers full of mortar shells.")
    assert find(report, "LAO", "KHM", "mortar shells"), report.transfers


def test_a_stream_of_items_received(extractor):
    report = extractor.extract_text("Moldova has received a steady stream of mortar rounds from Romania.")
    assert [t.stage for t in find(report, "ROU", "MDA", "mortar rounds")] == ["delivered"], report.transfers


def test_a_stash_whose_relative_clause_names_the_parties(extractor):
    """The relative clause hangs on "stash": its item is what the stash holds."""
    report = extractor.extract_text(
        "Soldiers found a stash of rifles that had been sold to the Taliban by Pakistan.")
    assert find(report, "PAK", "taliban", "rifles"), report.transfers


def test_no_row_for_a_container_full_of_civil_goods(extractor):
    report = extractor.extract_text("Belarus shipped 400 crates packed with apples to Armenia.")
    assert report.transfers == []


# -- "seized N rifles from X bound for Y": the destination hangs on the origin ------------------------


def test_destination_hung_on_the_origin(extractor):
    report = extractor.extract_text("The coast guard seized 900 pistols from Turkey bound for the Taliban.")
    rows = find(report, "TUR", "taliban", "pistols")
    assert [(t.stage, t.quantity) for t in rows] == [("intercepted", 900)], report.transfers


def test_no_row_for_a_seizure_with_no_destination(extractor):
    report = extractor.extract_text("The coast guard seized 900 pistols from Turkey.")
    assert report.transfers == []


# -- an embargo broken by a transfer, or on its own ---------------------------------------------------

VIOLATIONS = [
    ("Eritrea violated the arms embargo on Somalia by shipping mortars.", "ERI", "SOM", "mortars"),
    ("Belarus breached the arms embargo on Zimbabwe through the delivery of helicopters.", "BLR", "ZWE",
     "helicopters"),
    ("Armenia sent rifles in violation of the arms embargo on Azerbaijan.", "ARM", "AZE", "rifles"),
    ("Oman flouted the Yemen arms embargo by supplying grenade launchers.", "OMN", "YEM", "grenade launchers"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), VIOLATIONS)
def test_transfer_that_breaks_an_embargo_goes_to_its_target(extractor, text, supplier, recipient, item):
    rows = find(extractor.extract_text(text), supplier, recipient, item)
    assert [(t.stage, t.factuality) for t in rows] == [("delivered", "asserted")], rows


def test_the_organisation_that_imposed_the_embargo_is_no_recipient(extractor):
    report = extractor.extract_text("Cyprus violated the EU arms embargo on Libya by selling pistols.")
    assert {t.recipient.id for t in report.transfers if t.recipient} == {"LBY"}, report.transfers


BARE_VIOLATIONS = [
    ("Belarus violated the UN arms embargo on Somalia.", "asserted"),
    ("Belarus has repeatedly violated the arms embargo imposed on Somalia since 2015.", "asserted"),
    ("Belarus denied breaching the arms embargo on Somalia.", "denied"),
    ("Belarus is accused of breaching the arms embargo on Somalia.", "uncertain"),
]


@pytest.mark.parametrize(("text", "factuality"), BARE_VIOLATIONS)
def test_an_arms_embargo_broken_stands_for_weapons_sent(extractor, text, factuality):
    rows = find(extractor.extract_text(text), "BLR", "SOM", "weapons")
    assert [(t.stage, t.factuality) for t in rows] == [("delivered", factuality)], rows


@pytest.mark.parametrize("text", [
    "Chile violated the oil embargo on Cuba.",
    "Peru respected the arms embargo on Libya.",
    "Spain lifted the arms embargo on Chile.",
    "The arms embargo on Libya was violated many times.",
])
def test_no_row_for_an_embargo_not_broken_by_anyone_named(extractor, text):
    assert extractor.extract_text(text).transfers == []


# -- "no longer supplies": the transfer has stopped ---------------------------------------------------

STOPPED = [
    ("Austria said it no longer sells pistols to Mali.", "AUT", "MLI", "pistols"),
    ("Austria does not sell pistols to Mali any more.", "AUT", "MLI", "pistols"),
    ("Kenya no longer buys armoured vehicles from Bulgaria.", "BGR", "KEN", "armoured vehicles"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), STOPPED)
def test_no_longer_supplying_is_a_stop(extractor, text, supplier, recipient, item):
    rows = find(extractor.extract_text(text), supplier, recipient, item)
    assert [(t.stage, t.factuality) for t in rows] == [("refused", "asserted")], rows


def test_no_longer_than_a_time_stays_a_sale(extractor):
    report = extractor.extract_text("Austria sells pistols to Mali no longer than a month after an order.")
    assert [t.stage for t in find(report, "AUT", "MLI", "pistols")] == ["ordered"], report.transfers


# -- firms named by the country they are registered or based in ---------------------------------------

LOCATED = [
    ("Firms registered in Cyprus sold rifles to Mali.", "CYP", "MLI", "rifles"),
    ("Brokers based in Slovakia supplied Chad with mortars.", "SVK", "TCD", "mortars"),
    ("Entities within Belarus shipped grenades to Armenia.", "BLR", "ARM", "grenades"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), LOCATED)
def test_firms_stand_for_the_country_they_are_in(extractor, text, supplier, recipient, item):
    assert find(extractor.extract_text(text), supplier, recipient, item)


def test_no_row_for_firms_in_no_country(extractor):
    assert extractor.extract_text("Firms registered in offshore havens sold rifles to Mali.").transfers == []


# -- arms "introduced into" a country, and the maker named after the item ------------------------------


def test_introduced_into_a_country_with_the_maker_after_the_item(extractor):
    report = extractor.extract_text("Rifles of Serbian origin were introduced into Mali after the embargo.")
    assert [t.stage for t in find(report, "SRB", "MLI", "rifles")] == ["delivered"], report.transfers


def test_introduced_into_a_country_with_a_demonym(extractor):
    assert find(extractor.extract_text("Chinese drones were introduced into Libya in 2019."), "CHN", "LBY", "drones")


def test_maker_after_the_item_of_a_shipment(extractor):
    report = extractor.extract_text("Mortars of Bulgarian origin were shipped to Chad last year.")
    assert find(report, "BGR", "TCD", "mortars"), report.transfers


@pytest.mark.parametrize("text", [
    "The army introduced a new rifle into service last year.",
    "The minister introduced a bill on arms exports into parliament.",
])
def test_no_row_for_introduced_into_no_country(extractor, text):
    assert extractor.extract_text(text).transfers == []


# -- "X diverted Y to Z": a diversion by a named party ------------------------------------------------

DIVERSIONS = [
    ("Kenya diverted rifles to South Sudan.", "KEN", "SSD", "rifles"),
    ("Kenya continues to divert mortar rounds to the army of South Sudan.", "KEN", "SSD", "mortar rounds"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), DIVERSIONS)
def test_diversion_by_a_named_party(extractor, text, supplier, recipient, item):
    rows = find(extractor.extract_text(text), supplier, recipient, item)
    assert [t.stage for t in rows] == ["delivered"], rows


def test_diversion_with_no_diverter_still_takes_the_first_buyer(extractor):
    """The chain of chains.toml: the rifles were sold to Kenya, which passed them on."""
    report = extractor.extract_text("Rifles sold to Kenya were diverted to South Sudan.")
    assert find(report, "KEN", "SSD", "rifles"), report.transfers


def test_no_row_for_a_diverted_flight(extractor):
    assert extractor.extract_text("Kenya diverted two airliners to Mombasa because of fog.").transfers == []


# -- "NATO members X and Y": the members named, not the organisation -----------------------------------


def test_members_named_after_their_organisation(extractor):
    report = extractor.extract_text("NATO members Denmark and Norway have sent howitzers to Ukraine.")
    assert {t.supplier.id for t in report.transfers if t.supplier} == {"DNK", "NOR"}, report.transfers


def test_members_named_in_dashes(extractor):
    report = extractor.extract_text(
        "Ghana bought rifles from two EU members — Croatia and Slovenia — last year.")
    assert {t.supplier.id for t in report.transfers if t.supplier} == {"HRV", "SVN"}, report.transfers


def test_an_organisation_with_no_members_named_stays_the_party(extractor):
    report = extractor.extract_text("NATO has sent howitzers to Ukraine.")
    assert {t.supplier.name for t in report.transfers if t.supplier} == {"NATO"}, report.transfers


# -- where a seized shipment was going: "X-bound", the conveyance, "en route from X to Y" ------------

BOUND = [
    ("Police seized Chad-bound rifles in Cameroon.", None, "TCD", "rifles"),
    ("The navy seized a Somalia-bound dhow carrying grenades.", None, "SOM", "grenades"),
    ("Customs seized a lorry carrying pistols en route from Serbia to Kosovo.", "SRB", "XKX", "pistols"),
    ("The navy seized rifles on their way from Iran to Yemen.", "IRN", "YEM", "rifles"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), BOUND)
def test_where_a_seized_shipment_was_going(extractor, text, supplier, recipient, item):
    rows = find(extractor.extract_text(text), supplier, recipient, item)
    assert [t.stage for t in rows] == ["intercepted"], rows


def test_a_route_of_no_transfer_gives_no_party(extractor):
    report = extractor.extract_text("Belarus shipped rifles to Mali while its minister was on his way to a summit.")
    assert {(t.supplier.id, t.recipient.id) for t in report.transfers} == {("BLR", "MLI")}, report.transfers


# -- trafficking, and who is involved in it -----------------------------------------------------------


def test_trafficking_is_a_transfer_noun(extractor):
    report = extractor.extract_text("The agency reported a surge in the trafficking of rifles from Brazil to Paraguay.")
    assert find(report, "BRA", "PRY", "rifle"), report.transfers


INVOLVED = [
    ("Eritrea has denied any involvement in the smuggling of rifles to al-Shabaab.", "denied"),
    ("Somalia accused Eritrea of involvement in the supply of rifles to al-Shabaab.", "uncertain"),
    ("Eritrea admitted its role in the delivery of rifles to al-Shabaab.", "asserted"),
]


@pytest.mark.parametrize(("text", "factuality"), INVOLVED)
def test_the_party_involved_in_a_transfer_supplies(extractor, text, factuality):
    rows = find(extractor.extract_text(text), "ERI", "shabaab", "rifles")
    assert [t.factuality for t in rows] == [factuality], rows


def test_no_row_for_human_trafficking(extractor):
    assert extractor.extract_text("Eritrea denied any involvement in human trafficking to Libya.").transfers == []


# -- a party named as another's supplier --------------------------------------------------------------

SUPPLIERS = [
    ("Italy remained the largest supplier of helicopters to Algeria.", "ITA", "DZA", "helicopters", "asserted"),
    ("The main suppliers of frigates to Egypt were France and Germany.", "DEU", "EGY", "frigates", "asserted"),
    ("Turkey, Azerbaijan's leading drone supplier, has opened a factory.", "TUR", "AZE", "drone", "asserted"),
    ("The study identified Belarus as the main source of rifles for Zimbabwe.", "BLR", "ZWE", "rifles", "asserted"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item", "factuality"), SUPPLIERS)
def test_a_party_named_as_a_supplier_delivered(extractor, text, supplier, recipient, item, factuality):
    rows = find(extractor.extract_text(text), supplier, recipient, item)
    assert [(t.stage, t.factuality) for t in rows] == [("delivered", factuality)], rows


@pytest.mark.parametrize("text", [
    "Norway is Germany's main supplier of natural gas.",
    "France is Qatar's main trading partner.",
    "France was Qatar's main arms supplier in those years.",  # a role, not a transfer (words.toml role_categories)
    "A source close to the ministry said Qatar needed more rifles.",
])
def test_no_row_for_a_supplier_of_no_named_item(extractor, text):
    assert extractor.extract_text(text).transfers == []


# -- "armed groups" of a country, and a denial that rejects a charge ----------------------------------


def test_armed_groups_of_a_country(extractor):
    report = extractor.extract_text("Sudan supplied rifles to Chadian armed groups.")
    rows = find(report, "SDN", "TCD", "rifles")
    assert [t.recipient.kind for t in rows] == ["armed_group"], report.transfers


def test_armed_groups_named_by_no_country_stay_no_one(extractor):
    assert extractor.extract_text("Sudan supplied rifles to the armed groups.").transfers == []


def test_rejecting_a_charge_is_a_denial_not_a_refusal(extractor):
    report = extractor.extract_text(
        "Serbia has rejected as a fabrication accusations that it supplied mortars to Chadian armed groups.")
    assert [(t.stage, t.factuality) for t in find(report, "SRB", "TCD", "mortars")] == [("delivered", "denied")], \
        report.transfers


# -- "passed rifles received from X to Y": the destination belongs to the passing ---------------------


def test_re_transfer_of_items_received_from_another(extractor):
    report = extractor.extract_text("Kenya passed rifles received from Serbia to rebels in South Sudan.")
    assert find(report, "KEN", "SSD", "rifles") and find(report, "SRB", "KEN", "rifles"), report.transfers


def test_a_supply_participle_keeps_its_own_recipient(extractor):
    report = extractor.extract_text("Rifles supplied from Serbia to Kenya were sold to Uganda.")
    assert not find(report, "SRB", "UGA", "rifles"), report.transfers
