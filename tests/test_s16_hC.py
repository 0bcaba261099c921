"""Wrong rows of advocacy, parliamentary and business text (session 16, helper hC).

- A call for a refusal is no refusal (frames/calls.py, words.toml [calls]): a duty stated with "must", "should",
  "ought to", "needs to" ("Brazil must suspend sales of cluster munitions to Zimbabwe"); a "that" clause under a
  verb of demanding ("senators demanded that the administration halt the sale"); a wish about another's step ("the
  group wants Germany to suspend deliveries"); a bar asked for ("demanded a halt to arms sales", "called for a
  suspension of deliveries"); bare infinitives on bulleted or numbered lines under a heading that calls or
  recommends ("We urge:" and "- Canada to halt the sale of ..."); "it is time for X to stop". Real refusals, a
  headline's bare infinitive, a past "had to halt", "at a time when X would not" and a state's own wish to suspend
  stay. A transfer only demanded ("Germany must deliver X to Y", "Serbia should not sell drones to Y") is no row;
  "must have supplied" (an inference), "will deliver" and "should arrive" stay.
- A relative clause after a comma in a list is said of the member just before it (frames/relatives.py
  `one_member`, `nearest_member`); a name coordinated with the item is a list member, not the item's holder
  (origin_holders.py).
- A public agency of a civil emergency service (fire, forestry, civil protection, rescue) is a civil operator as
  recipient (civil.toml [service] operator_words).
- Refraining or abstaining from a transfer is a refusal (predicates.toml [governors] refuse); urged or obliged to
  refrain, no row.
- A licence refused to a person or firm: the applicant is no recipient, the onward buyer is; a person buying to
  sell on is a middleman (frames/applicants.py, words.toml [applicants]).

Sentences written for these tests (not taken from any article); the positives failed before the change; the
counterparts say what must stay."""
from __future__ import annotations

import pytest

from _helpers import find

DAY = "2024-06-01"


def _refused(extractor, text):  # noqa: ANN001, ANN202
    return [t for t in extractor.extract_text(text, published=DAY).transfers if t.stage == "refused"]


CALLS = [
    "Brazil must suspend sales of cluster munitions to Zimbabwe.",
    "Brazil should suspend sales of cluster munitions to Zimbabwe, the rapporteur said.",
    "Germany should stop exporting submarines to Egypt.",
    "Italy must stop supplying bombs to Riyadh, campaigners said.",
    "Pakistan has to stop supplying rockets to the Taliban.",
    "Italy ought to stop selling bombs to Qatar.",
    "Senators demanded that the administration halt the sale of F-16s to Turkey.",
    "The group wants Germany to suspend submarine deliveries to Egypt.",
    "The opposition demanded a halt to arms sales to Eritrea by Turkey.",
    "The UN called for a suspension of arms deliveries to Sudan.",
    "Greece demanded an EU embargo on arms sales to Turkey.",
    "It is time for Austria to stop exporting rifles to Egypt.",
    "Human Rights Watch urges:\n* Canada to halt the sale of armoured vehicles to Saudi Arabia.\n"
    "* France to stop selling howitzers to the UAE.",
    "Our recommendations\n1. Brazil should suspend sales of cluster munitions to Zimbabwe.\n"
    "2. Turkey to freeze drone exports to Azerbaijan.",
    "The coalition is calling on:\n- Serbia, Bulgaria and all other suppliers to suspend shipments of mortars and "
    "rifles to Yemen;\n- Iran to stop any support, including drones, to Houthi forces;",
]


@pytest.mark.parametrize("text", CALLS)
def test_a_call_for_a_refusal_is_no_refusal(extractor, text):
    assert not _refused(extractor, text)


STAY = [
    ("Belgium suspended two licences covering pistols for the Chadian police.", "BEL", "TCD", "pistol"),
    ("Britain to suspend arms exports to Bahrain.", "GBR", "BHR", "arms"),
    ("Germany had to halt deliveries of frigates to Algeria after the ruling.", "DEU", "DZA", "frigate"),
    ("Germany wants to suspend submarine deliveries to Egypt.", "DEU", "EGY", "submarine"),
    ("Spain must stop arms sales to Israel, and Norway halted its missile exports to Oman.", "NOR", "OMN", "missile"),
    ("Britain imposed a ban on arms sales to Nepal.", "GBR", "NPL", "arms"),
    ("China sold drones to Oman at a time when Washington would not export comparable drones to Oman.", "USA", "OMN",
     "drone"),
    ("Key points:\n- Norway halted its missile exports to Oman;\n- Peru bought rifles.", "NOR", "OMN", "missile"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), STAY)
def test_refusals_told_stay(extractor, text, supplier, recipient, item):
    rows = find(extractor.extract_text(text, published=DAY), supplier, recipient, item)
    assert rows and {t.stage for t in rows} == {"refused"}, rows


LISTS = [
    ("Its biggest buyers were Japan, Chile, which is paying for 24 F-16 fighters, and Egypt.",
     "CHL", ("JPN", "EGY"), "f-16"),
    ("Its main export markets are Poland, Norway, which has ordered 12 K9 howitzers, and Estonia.",
     "NOR", ("POL", "EST"), "k9"),
    ("Buyers included Chile, Peru, which bought eight Hawk trainers last year, and Colombia.",
     "PER", ("CHL", "COL"), "hawk"),
]


@pytest.mark.parametrize(("text", "buyer", "others", "item"), LISTS)
def test_a_relative_clause_in_a_list_is_its_members_alone(extractor, text, buyer, others, item):
    report = extractor.extract_text(text, published=DAY)
    assert find(report, None, buyer, item) or find(report, "", buyer, item)
    for t in report.transfers:
        parties = {p.id for p in (t.supplier, t.recipient) if p is not None}
        assert not parties & set(others), t


def test_a_clause_after_a_coordinated_pair_is_said_of_both(extractor):
    report = extractor.extract_text("Egypt and Qatar, which bought 24 Rafale jets each, are now in talks for more.",
                                    published=DAY)
    assert find(report, "FRA", "EGY", "rafale") and find(report, "FRA", "QAT", "rafale")


@pytest.mark.parametrize("text", [
    "Oregon's state fire service took delivery of its fifth S-70i Firehawk helicopter from Sikorsky.",
    "The Chilean forestry agency Conaf received two Black Hawk helicopters from the United States.",
    "Fire and Rescue NSW took delivery of four Bell 412 helicopters from Canada.",
    "Portugal's civil protection agency ordered six UH-60 helicopters from the United States.",
])
def test_a_civil_emergency_agency_is_no_military_recipient(extractor, text):
    assert not extractor.extract_text(text, published=DAY).transfers


def test_an_air_force_receiving_the_same_helicopters_stays(extractor):
    report = extractor.extract_text("The Croatian Air Force received two Black Hawk helicopters from the United "
                                    "States.", published=DAY)
    assert find(report, "USA", "HRV", "black hawk")


BROKERS = [
    ("The Dutch authorities refused Pieter Janssen an export licence for eight Bulldog armoured vehicles that he "
     "had acquired from a depot and meant to resell to Ghana.", "NLD", "GHA", "bulldog"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), BROKERS)
def test_a_dealer_refused_a_licence_is_no_recipient(extractor, text, supplier, recipient, item):
    report = extractor.extract_text(text, published=DAY)
    assert {t.stage for t in find(report, supplier, recipient, item)} == {"refused"}
    assert not [t for t in report.transfers if t.recipient is not None and t.recipient.kind == "person"]


@pytest.mark.parametrize("text", [
    "Germany refused Rheinmetall an export licence for 20,000 shells bound for Qatar.",
    "In 2003 the Belgian authorities denied him a licence to export ten surplus Alouette helicopters that he "
    "had acquired from a depot and meant to resell to the Angolan government.",
])
def test_no_row_to_the_applicant_or_for_the_dealers_purchase(extractor, text):
    report = extractor.extract_text(text, published=DAY)
    assert not [t for t in report.transfers if t.stage != "refused"]
    assert not [t for t in report.transfers if t.recipient is not None and t.recipient.kind in ("person", "company")]


@pytest.mark.parametrize("text", [
    "Germany must deliver Taurus missiles to Ukraine, the opposition leader said.",
    "Serbia should not sell drones to Russia, the EU said.",
    "Japan must never again supply weapons to Myanmar.",
])
def test_a_transfer_only_demanded_is_no_row(extractor, text):
    assert not extractor.extract_text(text, published=DAY).transfers


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), [
    ("Russia must have supplied the missiles to Syria.", "RUS", "SYR", "missile"),
    ("France will deliver 12 Rafale jets to Croatia.", "FRA", "HRV", "rafale"),
    ("The first jets from France should arrive in Indonesia in May.", "FRA", "IDN", "jet"),
])
def test_inferred_promised_and_expected_transfers_stay(extractor, text, supplier, recipient, item):
    assert find(extractor.extract_text(text, published=DAY), supplier, recipient, item)


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), [
    ("Germany refrained from supplying tanks to Saudi Arabia.", "DEU", "SAU", "tank"),
    ("Seoul abstained from sending artillery shells to Kyiv.", "KOR", "UKR", "shell"),
])
def test_refraining_from_a_transfer_is_a_refusal(extractor, text, supplier, recipient, item):
    rows = find(extractor.extract_text(text, published=DAY), supplier, recipient, item)
    assert rows and {t.stage for t in rows} == {"refused"}, rows


@pytest.mark.parametrize("text", [
    "We urge the Dutch government to refrain from supplying frigates to Indonesia.",
    "Finland should refrain from exporting mortars to Chile.",
])
def test_urged_to_refrain_is_no_row(extractor, text):
    assert not extractor.extract_text(text, published=DAY).transfers
