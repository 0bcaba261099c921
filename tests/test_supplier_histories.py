"""Supplier histories: a feature on one state's arms tells each supplier's sales with the supplier as subject and
no recipient ("Over two decades Russia delivered 16 Su-25 jets"), and lists what was sold with a counted first
item and the rest read as an apposition ("40 A-1 jets, B helicopters and C missiles").

- offer_recipients.py: an active supply or sale verb (words.toml [offers] topic_supply_classes), its giver the
  subject, no recipient in the sentence or the rows before, goes to the state the text is about, unless that
  state is the giver.
- mentions/items.py: an apposition with conjuncts after an item is the rest of a list, not a name for the
  first item; a kind named by a list of systems ("systems, A and B") gives A and B.

Sentences written for these tests (not taken from any article); the positives failed before the change; the
counterparts say what must stay."""
from __future__ import annotations

import pytest

from _helpers import find

HEAD = "Peru and its suppliers\n\nPeru is a large country. Peru has a long coast, and Peru has many ports.\n\n"
BRIDGE = "The money came with conditions, and the politics changed. "


@pytest.mark.parametrize(("sentence", "supplier", "item"), [
    ("In the 1990s Russia delivered 16 Su-25 jets and Mi-24 helicopters.", "RUS", "Su-25"),
    ("In the 1990s Russia delivered 16 Su-25 jets and Mi-24 helicopters.", "RUS", "Mi-24"),
    ("Germany's TKMS has delivered two Type 209 submarines.", "DEU", "Type 209"),
    ("Italy supplied eight MB-339 jets in 2005.", "ITA", "MB-339"),
])
def test_a_supplier_history_goes_to_the_state_of_the_text(extractor, sentence, supplier, item):
    rows = find(extractor.extract_text(HEAD + BRIDGE + sentence, published="2024-06-01"), supplier, "PER", item)
    assert rows and {t.stage for t in rows} == {"delivered"}, rows


@pytest.mark.parametrize("text", [
    "The United States delivered 40 F-5 fighters over two decades.",  # no state the text is about
    HEAD + BRIDGE + "Peru delivered two patrol boats last year.",       # the state of the text is the giver
])
def test_no_recipient_is_invented(extractor, text):
    report = extractor.extract_text(text, published="2024-06-01")
    assert [t for t in report.transfers if t.recipient is None or t.recipient.id != "PER" or
            (t.supplier is not None and t.supplier.id == "PER")] == [], report.transfers
    assert not find(report, "PER", "PER", "boat")


LISTS = [
    ("Brazil sold Chile 12 Super Tucano trainers, Cougar helicopters and Exocet missiles.", "BRA", "CHL",
     ["Super Tucano", "Cougar", "Exocet"]),
    ("France delivered 24 Mirage 2000 fighters, Puma helicopters and Exocet missiles to Peru.", "FRA", "PER",
     ["Mirage 2000", "Puma", "Exocet"]),
    ("Russia supplied 18 Su-30 fighters, hundreds of T-72 tanks, Mi-17 helicopters and Igla missiles to Venezuela.",
     "RUS", "VEN", ["Su-30", "T-72", "Mi-17", "Igla"]),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "items"), LISTS)
def test_a_list_read_as_an_apposition_gives_every_item(extractor, text, supplier, recipient, items):
    report = extractor.extract_text(text, published="2024-06-01")
    for item in items:
        assert find(report, supplier, recipient, item), (item, report.transfers)


def test_the_first_item_keeps_its_count(extractor):
    report = extractor.extract_text(LISTS[0][0], published="2024-06-01")
    assert {t.quantity for t in find(report, "BRA", "CHL", "Super Tucano")} == {12}


def test_names_of_ships_after_a_count_stay_one_row(extractor):
    report = extractor.extract_text("France delivered two frigates, the Aconit and the Guepratte, to Chile.",
                                    published="2024-06-01")
    assert [(t.item.text, t.quantity) for t in report.transfers] == [("frigates", 2)]


# A buyer's noun frame with no buyer named ("talks on the purchase of X", "a decision on the acquisition of Y")
# in a text about one state: that state, not the recipient of the row told just before (offer_recipients.py,
# words.toml [offers] topic_buyer_classes).
CHILE = ("Chile weighs new jets\n\nSANTIAGO, May 2 (Reuters) - Chile is weighing new fighters. Chile has a small "
         "budget, and Chile wants ships too.\n\n")


@pytest.mark.parametrize(("sentences", "supplier", "item"), [
    ("Sweden has sold 14 Gripen jets to Brazil. Officials held talks in Seoul last month on the possible purchase "
     "of South Korean K9 howitzers, two people said.", "KOR", "K9"),
    ("Brazil has ordered 14 Gripen jets from Sweden. The Navy is still waiting for a decision on the acquisition "
     "of four Type 31 frigates from Britain's Babcock.", "GBR", "frigates"),
])
def test_an_unnamed_buyer_is_the_state_of_the_text(extractor, sentences, supplier, item):
    report = extractor.extract_text(CHILE + sentences, published="2024-06-01")
    assert find(report, supplier, "CHL", item), report.transfers
    assert not find(report, supplier, "BRA", item), report.transfers


def test_a_sale_named_by_its_buyer_keeps_it(extractor):
    report = extractor.extract_text(CHILE + "Sweden has sold 14 Gripen jets to Brazil.", published="2024-06-01")
    assert find(report, "SWE", "BRA", "Gripen") and not find(report, "SWE", "CHL", "Gripen")


# A designation the parser hangs elsewhere before the adjectives of a weapon noun ("two dozen A-1 heavy fighters",
# where the tagger reads the designation as a conjunction): the phrase still names that system (mentions/items.py
# _modified_item).
@pytest.mark.parametrize("text", ["In 2018 Peru signed a contract for two dozen Su-35 heavy fighters.",
                                  "In 2018 Peru reportedly signed a contract for about two dozen Su-35 heavy fighters."])
def test_a_designation_before_adjectives_names_the_item(extractor, text):
    rows = find(extractor.extract_text(text, published="2024-06-01"), "RUS", "PER", "Su-35")
    assert rows and {t.quantity for t in rows} == {24}, rows
