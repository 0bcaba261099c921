"""Stage patterns of the eleventh session's wrong-stage round (helper hB).

- A weighing verb that is also a destination word ("intended", predicates.toml `destination_words`), as a passive
  participle with a "for" phrase, names where an item goes, not a purchase weighed: "Spain sold Uruguay 20 armoured
  vehicles intended for the border brigades" is a delivery and no `considered` row (frames/checks.py `_destination`).
- A supplier's plan noun with a giving verb ("its plans to gift equipment to X", "Canada's plans to deliver X to Y";
  words.toml [governors] supplier_plan_nouns) is its announced programme, stage `offered`
  (frames/supplier_plans.py); a buyer's "plans to buy" and the verb "X plans to send" stay `considered`.
- "A handful" with no "of" phrase, as the subject of a delivery or arrival after an order, is part of the system
  ordered (words.toml [items] bare_batch_nouns, as "a first batch"): the second telling, at stage `delivered`
  ("agreed to supply 20 K9 howitzers to Ghana, but only a handful had arrived").
- A negated future coordinated with a negated past of the same verb ("has never sold and will never sell X",
  "has not provided and will not provide X") is a negated delivery, not a refusal (frames/modality.py
  `never_before`); "will not provide X" alone stays a refusal.
- The addressee of an informing verb is the recipient only of a promised (future or modal) transfer ("told Kyiv it
  would send X", "informed X they could not export Y"); told of a past one ("told Reuters that a first batch had been
  delivered") it only hears the news, and the delivery keeps the parties of the transfer told before it
  (frames/framebase.py `promised`, frames/arguments.py `_addressee`).

Sentences written for these tests (not taken from any article); the positives failed before the change; the
counterparts say what must stay."""
from __future__ import annotations

import pytest

from _helpers import find

DAY = "2024-06-01"

INTENDED_FOR = [
    ("Spain sold Uruguay 20 Pizarro armoured vehicles intended for the border brigades in 2019.", "ESP", "URY",
     "armoured vehicle"),
    ("Ghana has bought 40 rifles from Serbia intended for the police.", "SRB", "GHA", "rifle"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), INTENDED_FOR)
def test_intended_for_is_a_destination_not_a_plan(extractor, text, supplier, recipient, item):
    rows = find(extractor.extract_text(text, published=DAY), supplier, recipient, item)
    assert rows and {t.stage for t in rows} == {"delivered"}, rows


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), [
    ("Uruguay intends to buy 20 armoured vehicles from Spain.", "ESP", "URY", "armoured vehicle"),
    ("Uruguay is intending the purchase of 20 armoured vehicles from Spain.", "ESP", "URY", "armoured vehicle"),
])
def test_intending_to_buy_stays_considered(extractor, text, supplier, recipient, item):
    rows = find(extractor.extract_text(text, published=DAY), supplier, recipient, item)
    assert rows and {t.stage for t in rows} == {"considered"}, rows


SUPPLIER_PLANS = [
    ("The Canadian government has announced its plans to gift non-lethal equipment to the Ghanaian army.",
     "CAN", "GHA", "equipment"),
    ("Canada's plans to deliver armoured vehicles to Ghana were announced on Monday.", "CAN", "GHA",
     "armoured vehicle"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), SUPPLIER_PLANS)
def test_a_suppliers_plans_to_give_are_offered(extractor, text, supplier, recipient, item):
    rows = find(extractor.extract_text(text, published=DAY), supplier, recipient, item)
    assert rows and {t.stage for t in rows} == {"offered"}, rows


@pytest.mark.parametrize("text", ["Ghana's plans to buy armoured vehicles from Canada were announced on Monday.",
                                  "Canada plans to send armoured vehicles to Ghana."])
def test_a_buyers_plans_and_the_verb_stay_considered(extractor, text):
    rows = find(extractor.extract_text(text, published=DAY), "CAN", "GHA", "armoured vehicle")
    assert rows and {t.stage for t in rows} == {"considered"}, rows


HANDFUL = [
    ("South Korea agreed in 2019 to supply 20 K9 howitzers to Ghana, but officials said only a handful had arrived.",
     "KOR", "GHA", "K9"),
    ("Brazil signed for 12 Gripen fighters from Sweden in 2014; only a handful have been delivered.", "SWE", "BRA",
     "Gripen"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), HANDFUL)
def test_a_handful_delivered_after_an_order(extractor, text, supplier, recipient, item):
    rows = find(extractor.extract_text(text, published=DAY), supplier, recipient, item)
    assert {t.stage for t in rows} == {"ordered", "delivered"}, rows


def test_a_handful_of_people_is_no_item(extractor):
    assert extractor.extract_text("A handful of protesters arrived at the ministry.", published=DAY).transfers == []
    rows = find(extractor.extract_text("Sweden delivered a handful of Gripen fighters to Brazil.", published=DAY),
                "SWE", "BRA", "Gripen")
    assert [t.item.text for t in rows] == ["Gripen fighters"], rows


NEVER_BEFORE = [
    ('A spokesman said Serbia "has never sold and will never sell" weapons to Cameroon.', "SRB", "CMR", "weapon"),
    ("Chile has not provided and will not provide any rifles to Bolivia.", "CHL", "BOL", "rifle"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), NEVER_BEFORE)
def test_never_before_and_never_again_is_a_negated_delivery(extractor, text, supplier, recipient, item):
    rows = find(extractor.extract_text(text, published=DAY), supplier, recipient, item)
    assert rows and {(t.stage, t.factuality) for t in rows} == {("delivered", "negated")}, rows


@pytest.mark.parametrize(("text", "stage", "factuality"), [
    ("Chile will not provide any rifles to Bolivia.", "refused", "asserted"),
    ("Chile has not provided any rifles to Bolivia.", "delivered", "negated"),
])
def test_one_negation_alone_keeps_its_reading(extractor, text, stage, factuality):
    rows = find(extractor.extract_text(text, published=DAY), "CHL", "BOL", "rifle")
    assert rows and {(t.stage, t.factuality) for t in rows} == {(stage, factuality)}, rows


def test_the_hearer_of_a_past_delivery_is_no_recipient(extractor):
    text = "Ghana bought K9 howitzers from South Korea. An official told Reuters that a first batch had been delivered."
    report = extractor.extract_text(text, published=DAY)
    assert not [t for t in report.transfers if t.recipient is not None and "reuters" in t.recipient.name.lower()]
    assert "delivered" in {t.stage for t in find(report, "KOR", "GHA", "K9")}


def test_the_hearer_of_a_promise_stays_its_recipient(extractor):
    rows = find(extractor.extract_text("Ankara told Kyiv it would send drones.", published=DAY), "TUR", "UKR", "drone")
    assert rows and {t.stage for t in rows} == {"offered"}, rows
