"""Patterns found by probing real news (session 11, helper hE), each on sentences written for these tests
(not taken from any article); every positive failed before its change, the counterparts say what must stay.

- Seizure route participles (frames/seizure.py `route`, predicates.toml [seizure] `route_participles`): a
  conveyance "bound for"/"destined for" Y, or a participle conjoined to the seizure verb, gives the seized
  items their recipient ("seized rifles from a truck driven by Z and destined for Y").
- Deal partners (frames/partners.py `partner_of_deal`): "X signed a contract / agreed a deal with Y to buy /
  supply Z": the "with" party of the deal is the other side of the transfer.
- Held sales (frames/held_sales.py, words.toml `held_sale_nouns`, `delaying_verbs`): "postponed a planned sale
  of X to Y" is refused, as "put on hold"; "suspend issuing licences for the sale of X" with the "for" phrase
  hung on the verb of issuing is refused too. A delayed delivery stays an order.
- Titles passed on (cues.toml [items] containers "custody", "ownership"): "transferred custody of two patrol
  boats to Y" delivers the boats.
- Interest adjectives (frames/interested.py, words.toml `interest_adjectives`): "Peru was interested in Rafale
  fighters and armoured vehicles" is a purchase weighed, one row per item; "not interested" is negated.
- Endowed parties (frames/endowed.py): "Y was presented with two patrol boats by X", "X presented Y with
  ..." are deliveries; "presented a medal", "presented its rifle at the fair" are not.
"""
from __future__ import annotations

import pytest

from _helpers import find

DATE = "2024-06-01"

POSITIVE = [
    ("Police seized 5,000 rifles from a ship bound for Chile.", None, "CHL", "rifle", "intercepted"),
    ("Police seized 5,000 rifles from a truck driven by a local man and destined for Chile.", None, "CHL",
     "rifle", "intercepted"),
    ("Peru signed a contract with France to buy ten howitzers.", "FRA", "PER", "howitzer", "ordered"),
    ("France agreed a deal with Peru to deliver ten howitzers.", "FRA", "PER", "howitzer", "ordered"),
    ("The United States will postpone a planned sale of F-16 jets to Egypt.", "USA", "EGY", "F-16", "refused"),
    ("Norway said it would suspend issuing new licences for the sale of rifles to Ghana.", "NOR", "GHA", "rifle",
     "refused"),
    ("The Norwegian navy transferred custody of two patrol boats to the Kenyan navy.", "NOR", "KEN",
     "patrol boat", "delivered"),
    ("Norway handed over ownership of three corvettes to Ghana.", "NOR", "GHA", "corvette", "delivered"),
    ("Ghana was presented with two patrol boats by Norway.", "NOR", "GHA", "patrol boat", "delivered"),
    ("Norway presented Ghana with two patrol boats.", "NOR", "GHA", "patrol boat", "delivered"),
    ("The minister said Peru was interested in Rafale fighters and armoured vehicles.", "FRA", "PER",
     "armoured vehicle", "considered"),
    ("Peru is interested in Rafale fighters.", "FRA", "PER", "Rafale", "considered"),
]


def test_not_interested_is_negated(extractor):
    rows = find(extractor.extract_text("Peru said it was not interested in the Rafale.", published=DATE),
                "FRA", "PER", "Rafale")
    assert rows and {t.factuality for t in rows} == {"negated"}, rows


@pytest.mark.parametrize(("text", "supplier", "recipient", "item", "stage"), POSITIVE)
def test_pattern_gives_the_row(extractor, text, supplier, recipient, item, stage):
    rows = find(extractor.extract_text(text, published=DATE), supplier, recipient, item)
    assert rows and {t.stage for t in rows} == {stage}, rows


UNCHANGED = [
    # a delivery delayed stays an order
    ("The delivery of F-16 jets to Egypt was postponed.", "EGY", "F-16", "ordered"),
    # the route of a seized load told on the load itself, as before
    ("The navy seized 5,000 rifles from a dhow heading to Yemen.", "YEM", "rifle", "intercepted"),
    ("Norway presented two patrol boats to Ghana.", "GHA", "patrol boat", "delivered"),
]


@pytest.mark.parametrize(("text", "recipient", "item", "stage"), UNCHANGED)
def test_counterparts_keep_their_stage(extractor, text, recipient, item, stage):
    rows = [t for t in extractor.extract_text(text, published=DATE).transfers
            if t.recipient is not None and recipient in t.recipient.id and item.lower() in t.item.text.lower()]
    assert rows and {t.stage for t in rows} == {stage}, rows


@pytest.mark.parametrize("text", [
    "The general was presented with a medal by Norway.",
    "Norway presented its new rifle at the fair.",
    "Police took custody of the suspect.",
    "Police seized the suspect's car and destroyed it.",
    "Norway expects the sale of its shipyard to close this year.",
    "Investors are interested in defence stocks.",
])
def test_no_row(extractor, text):
    assert extractor.extract_text(text, published=DATE).transfers == []
