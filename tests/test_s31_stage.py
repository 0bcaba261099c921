"""Patterns of the thirty-first session's helper `stage` (a transfer read at the wrong stage).

- A deal undone in the same sentence, named by a pronoun ("signed a contract to sell X but suspended it", "agreed
  to buy Y, but this was cancelled", "a deal for Z, which was frozen"): the deal's rows stay ordered and a refused
  row of the same deal is added (extraction/undone_deals.py; words.toml [undone_deals]). So, for a delivery denied
  that names the ordered goods by a pronoun ("ordered 5 jets in 2017, but they were never delivered", "paid for 40
  rifles that X never delivered"): a delivered, negated row of the order is added.
- Goods seized once and now to be handed on ("a proposal to give the army rifles that the navy seized from a dhow",
  "proposed to hand the police pistols customs had confiscated"): the seizure is the goods' history, the transfer
  still to come is no interception (frames/seized_before.py). A supplier's "proposal to hand X to Y" is its offer,
  as its "plans to gift X" are (words.toml [governors] supplier_plan_nouns).
- A transfer told as the topic of talks ("negotiations with X on the acquisition of Y are in the final stage"):
  weighed, stage considered, not ordered (frames/weighed_topics.py; words.toml [weighed_topics]).

Sentences written for these tests (not taken from any article); the positives failed before the change (but for
the relative "a deal ..., which was frozen", already refused by an earlier rule and kept as a guard)."""
from __future__ import annotations

import pytest

from _helpers import country_rows, has_country_row
from materiel.extraction.frames.weighed_topics import weighed_topic

UNDONE = [
    ("Norway signed a contract in 2009 to sell Chile Zorak air-defence batteries, but suspended it in 2012.",
     "NOR", "CHL", "Zorak"),
    ("Portugal signed a contract in 2015 to buy 12 Zorak trainers from Switzerland but cancelled it in 2017.",
     "CHE", "PRT", "Zorak"),
    ("Hungary agreed to buy 20 Zorak tanks from Germany, but this was cancelled two years later.",
     "DEU", "HUN", "Zorak"),
    ("In 2012 Kenya signed a deal with Israel for six Zorak drones, which was frozen in 2014.",
     "ISR", "KEN", "Zorak"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "item"), UNDONE)
def test_deal_undone_by_a_pronoun_is_also_refused(extractor, text, sup, rec, item):
    rows = country_rows(extractor, text)
    assert has_country_row(rows, sup, rec, "ordered", item), rows
    assert has_country_row(rows, sup, rec, "refused", item), rows


@pytest.mark.parametrize(("text", "sup", "rec"), [
    ("Peru ordered 7 Zorak jets from Brazil in 2016, but by the end of 2020 they had not been delivered.",
     "BRA", "PER"),
    ("Peru ordered 5 Zorak jets from Brazil in 2017, but they were never delivered.", "BRA", "PER"),
    ("Georgia paid for 40 Zorak rifles that Ukraine never delivered, the minister said.", "UKR", "GEO"),
])
def test_order_never_delivered_adds_a_negated_delivery(extractor, text, sup, rec):
    report = extractor.extract_text(text)
    rows = [t for t in report.transfers if "Zorak" in t.item.text]
    assert any(t.stage == "ordered" for t in rows), rows
    assert any(t.stage == "delivered" and t.factuality == "negated" and t.supplier and t.supplier.country == sup
               and t.recipient and t.recipient.country == rec for t in rows), rows


@pytest.mark.parametrize("text", [
    "Peru ordered 5 Zorak jets from Brazil in 2017, and they were delivered in 2019.",
    "Peru ordered 5 Zorak jets from Brazil, but Chile has not delivered its radars.",
])
def test_no_negated_delivery_of_the_order_otherwise(extractor, text):
    rows = [t for t in extractor.extract_text(text).transfers if "Zorak" in t.item.text]
    assert rows and not any(t.stage == "delivered" and t.factuality == "negated" for t in rows), rows


@pytest.mark.parametrize("text", [
    "Norway signed a contract to sell Chile 12 Zorak howitzers and delivered them in 2010.",
    "Norway signed a contract to sell Chile 12 Zorak howitzers, but Chile later suspended talks on radars.",
    "The ministry ordered 30 Zorak trucks from Tatra and said it would cancel it if the price rose.",
])
def test_no_refusal_without_a_deal_undone(extractor, text):
    assert not any(st == "refused" for _, _, st, _, _ in country_rows(extractor, text))


@pytest.mark.parametrize(("text", "sup", "rec"), [
    ("Last month, Moldova placed a hold on a Dutch proposal to give the army 300 Zorak rifles that the Danish "
     "coast guard seized from a trawler in 2019.", "NLD", None),
    ("The Netherlands proposed to hand the Somali police 500 Zorak pistols that customs had confiscated at the "
     "port of Aarhus.", "NLD", "SOM"),
])
def test_goods_seized_before_an_offer_are_offered(extractor, text, sup, rec):
    rows = [r for r in country_rows(extractor, text) if "Zorak" in r[3]]
    assert rows and all(st != "intercepted" for _, _, st, _, _ in rows), rows
    assert any(s == sup and st == "offered" and (rec is None or r == rec) for s, r, st, _, _ in rows), rows


@pytest.mark.parametrize("text", [
    "The coast guard seized 200 Zorak rifles that smugglers had shipped from Yemen to Somalia.",
    "Customs seized the Zorak drones that Xland had offered to the militia.",
])
def test_seizure_of_a_shipment_stays_intercepted(extractor, text):
    rows = [r for r in country_rows(extractor, text) if "Zorak" in r[3]]
    assert rows and all(st == "intercepted" for _, _, st, _, _ in rows), rows


def test_buyers_proposal_stays_weighed(extractor):
    rows = country_rows(extractor, "Chad tabled a proposal to buy 12 Zorak helicopters from Russia.")
    assert has_country_row(rows, "RUS", "TCD", "considered", "Zorak"), rows


@pytest.mark.parametrize(("text", "sup", "rec"), [
    ("Negotiations with the Finnish company Patria on the acquisition of 40 Zorak armoured vehicles by Latvia are "
     "in the final stage.", "FIN", "LVA"),
    ("Estonia's negotiations with Patria on the acquisition of 30 Zorak trucks are in the final stage.",
     "FIN", "EST"),
])
def test_transfer_topic_of_talks_is_considered(extractor, text, sup, rec):
    rows = country_rows(extractor, text)
    assert has_country_row(rows, sup, rec, "considered", "Zorak"), rows
    assert not any(st == "ordered" for _, _, st, _, _ in rows), rows


@pytest.mark.parametrize(("text", "stage"), [
    ("Latvia signed a contract with Patria for the acquisition of 40 Zorak vehicles.", "ordered"),
    ("Latvia acquired 40 Zorak vehicles from Finland after talks on the price.", "delivered"),
])
def test_deal_or_delivery_beside_talks_keeps_its_stage(extractor, text, stage):
    rows = country_rows(extractor, text)
    assert rows and all(st == stage for _, _, st, _, _ in rows), rows


def test_offer_noun_topic_is_left_alone(extractor):
    doc = extractor.nlp("The decision on the purchase of jets was announced.")
    purchase = next(t for t in doc if t.lower_ == "purchase")
    assert weighed_topic(purchase, {"decision": "offered", "talks": "considered"}) == (None, None)
    doc = extractor.nlp("The talks on the purchase of jets continued.")
    purchase = next(t for t in doc if t.lower_ == "purchase")
    assert weighed_topic(purchase, {"decision": "offered", "talks": "considered"})[0] == "considered"
