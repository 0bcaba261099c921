"""Generic nouns of materiel the lexicon did not know (nineteenth session, helper R).

Sights, scopes and other optics, designators, communications and electronic-warfare kit, protective plates and
masks, turrets and add-on armour, guidance kits, countermeasure flares, firearm parts, fuzes, rocket motors and a
few platforms (tiltrotors, aerostats, scout cars, fleet oilers, fast attack boats) are generic rows of
materiel.csv (kind `generic`), with the categories of the SIPRI, UN Register and EU Common Military List
registers. An item named in a "with" phrase of another item in a list line ("20 rifles with telescopic sights")
is part of it, not a row of its own (extraction/destination_rows.py).

Sentences written for these tests (not taken from any article); the positives failed before the change; the
negatives say what must stay civil."""
from __future__ import annotations

import pytest

from _helpers import find


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), [
    ("Ghana received 120 thermal-imaging sights from Belgium in 2022.", "Belgium", "Ghana", "thermal-imaging sights"),
    ("Slovakia will deliver 300 optical sights to Moldova next year.", "Slovakia", "Moldova", "optical sights"),
    ("Bulgaria sold 800 telescopic sights to Georgia.", "Bulgaria", "Georgia", "telescopic sights"),
    ("Portugal delivered 300 night sights to Mozambique in 2023.", "Portugal", "Mozambique", "night sights"),
    ("Belgium exported 700 image intensifiers to Morocco.", "Belgium", "Morocco", "image intensifiers"),
    ("Finland sold 60 laser designators to Estonia.", "Finland", "Estonia", "laser designators"),
    ("Norway donated 500 walkie-talkies to Ukraine in March.", "Norway", "Ukraine", "walkie-talkies"),
    ("Canada donated 250 radio transceivers to Ukraine.", "Canada", "Ukraine", "radio transceivers"),
    ("Brazil bought 24 ECM pods from Israel in 2019.", "Israel", "Brazil", "ECM pods"),
    ("Chile ordered 40 sonobuoys from the United States.", "United States", "Chile", "sonobuoys"),
    ("Lithuania received 2,000 ballistic plates from Denmark.", "Denmark", "Lithuania", "ballistic plates"),
    ("Greece supplied 200 gas masks to Armenia last year.", "Greece", "Armenia", "gas masks"),
    ("Spain delivered 30 gun turrets to Indonesia in 2020.", "Spain", "Indonesia", "gun turrets"),
    ("Egypt bought 500 precision guidance kits from France in 2018.", "France", "Egypt", "guidance kits"),
    ("Romania received 10,000 decoy flares from Italy.", "Italy", "Romania", "decoy flares"),
    ("Turkey exported 1,500 bolt carrier groups to Azerbaijan.", "TUR", "Azerbaijan", "bolt carrier groups"),
    ("The Czech Republic shipped 400 suppressors to Georgia in 2021.", "Czech", "Georgia", "suppressors"),
    ("Serbia exported 5,000 artillery fuzes to Kazakhstan.", "Serbia", "Kazakhstan", "fuzes"),
    ("Israel sold 20 rocket motors to Azerbaijan.", "Israel", "Azerbaijan", "rocket motors"),
    ("Japan delivered six tiltrotors to the Philippines.", "Japan", "Philippines", "tiltrotors"),
    ("Qatar bought 6 aerostats from Israel.", "Israel", "Qatar", "aerostats"),
    ("Austria supplied 12 scout cars to Ghana in 2017.", "Austria", "Ghana", "scout cars"),
    ("India received 3 fleet oilers from South Korea.", "South Korea", "India", "fleet oilers"),
    ("Sweden handed over 15 fast attack boats to Latvia.", "Sweden", "Latvia", "fast attack boats"),
    ("Slovenia refused to deliver sights to Uganda.", "Slovenia", "Uganda", "sights"),
])
def test_generic_military_noun_is_an_item(extractor, text, supplier, recipient, item):  # noqa: ANN001
    report = extractor.extract_text(text, published="2024-06-01")
    assert find(report, supplier, recipient, item), report.transfers


@pytest.mark.parametrize("text", [
    "A Kenyan cycling club bought 40 helmets from a Dutch sports retailer.",
    "The national broadcaster bought 300 radio transceivers from a Japanese electronics company.",
    "The airline ordered avionics and ejection seats from a US supplier for its new jets.",
    "Peru's fire brigade ordered 30 gas masks from a German company.",
    "A Norwegian shipping company ordered two gas turbines from a British engine maker.",
    "The Tyrolean optics maker sells telescopic sights to hunters across Europe.",
])
def test_civilian_goods_stay_out(extractor, text):  # noqa: ANN001
    report = extractor.extract_text(text, published="2024-06-01")
    assert not report.transfers, report.transfers


def test_sights_idiom_is_no_item(extractor):  # noqa: ANN001
    report = extractor.extract_text("Turkey has set its sights on buying 40 Eurofighters from Britain.",
                                    published="2024-06-01")
    assert not [t for t in report.transfers if "sight" in t.item.text.lower()], report.transfers


LIST = """Answer of the Portuguese Government to a question on military exports, 2021

The Government informs the Assembly of the Republic that the following licences were denied in 2021.

Denials. In 2021 the board issued four denial notifications. Those concerning the destinations in the question were:

- Malawi: an application for 15 sniper rifles with telescopic sights, end user the police, was denied (criterion 7).
- Laos: an application to export 40 pistols and 8,000 cartridges was denied (criterion 2).
"""


def test_fitted_item_of_a_list_line_is_no_row_of_its_own(extractor):  # noqa: ANN001
    report = extractor.extract_text(LIST, published="2022-06-01")
    assert find(report, "Portugal", "Malawi", "sniper rifles"), report.transfers
    assert not find(report, None, "Malawi", "sights") and not find(report, "Portugal", "Malawi", "sights"), \
        report.transfers
    assert find(report, "Portugal", "Laos", "pistols"), report.transfers
