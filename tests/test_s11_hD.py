"""Precision patterns of the eleventh session's helper hD (false rows of the development sets, grouped by cause).

- A bare armed service told as a name ("the Army", "The Air Force": the tagger marks it ORG) with no state in
  the phrase is the body of the state the text is about, as the lower-case "the air force" already was
  (mentions/topic.py `is_bare_body`, words.toml [resolve] topic_bodies); "the Government" alone stays as it
  was, and a service that names its state ("the Kenya Navy") keeps its own name.
- A standing rule barring transfers is no refusal: a refused row whose barring verb has a general legal
  instrument as subject, or hangs on one as a relative clause ("rules that had barred the export of X",
  "sanctions that bar the transfer of X to Y"), is dropped (extraction/general_statements.py, words.toml
  [standing_rules]); a state or its government barring a transfer stays a refusal.
- An aggregate flow is no transfer: a row on a plural trade noun ("Norwegian arms exports reached a record")
  whose recipient is not in the noun's own phrase (filled from context) is dropped (general_statements.py,
  words.toml [aggregates]); "arms exports to X" and "the export of 40 rifles" stay.
- A purpose told in the passive is no plan: a row on "intended for", "were needed to" whose recipient is not in
  the participle's own phrases is dropped (general_statements.py, words.toml [purposes]); "Ghana intends to
  buy X" and "X intended for Ghana" stay.
- A generic dual-use item ("aircraft", "jets", no designation) with no military context in a clause that names
  a civil type ("the first of 20 A350s ordered as part of a 100-aircraft purchase") is a civil fleet's, not a
  row (extraction/civil_use.py `civil_fleet`); a civil type in a coordinated clause, or beside a weapon or a
  military modifier, changes nothing.

Sentences written for these tests (not taken from any article); the positives failed before the change; the
counterparts say what must stay."""
from __future__ import annotations

import pytest

from _helpers import find

HOME = ("Kenya modernises its forces\nNAIROBI, March 3 - Kenya's president opened a new barracks on Monday. "
        "Kenya plans to spend more on defence next year. ")

BARE_SERVICES = [
    (HOME + "The Air Force has received four jet trainers from Italy.", "ITA", "trainer"),
    (HOME + "In 2020 the Army inducted its first howitzers from France.", "FRA", "howitzer"),
]


@pytest.mark.parametrize(("text", "supplier", "item"), BARE_SERVICES)
def test_bare_service_is_the_topic_states(extractor, text, supplier, item):
    rows = find(extractor.extract_text(text, published="2024-06-01"), supplier, "KEN", item)
    assert rows and all(t.recipient is not None and t.recipient.country == "KEN" for t in rows), rows


def test_service_naming_its_state_keeps_its_name(extractor):
    text = HOME + "The Kenya Navy received two patrol boats from Spain."
    rows = find(extractor.extract_text(text, published="2024-06-01"), "ESP", "Navy", "patrol boat")
    assert rows, rows


def test_bare_service_without_topic_state_is_unchanged(extractor):
    rows = extractor.extract_text("The Air Force has received four jet trainers from Italy.",
                                  published="2024-06-01").transfers
    assert all(t.recipient is None or t.recipient.country != "KEN" for t in rows)


RULES = [
    "The cargo violated United Nations sanctions that bar the transfer of weapons to Eritrea.",
    "Lawmakers cited the European Union sanctions, which prohibit the sale of arms to Belarus.",
]


@pytest.mark.parametrize("text", RULES)
def test_standing_rule_is_no_refusal(extractor, text):
    assert extractor.extract_text(text, published="2024-06-01").transfers == []


def test_rule_beside_a_transfer_keeps_the_transfer_only(extractor):
    text = "Norway will send rifles to Peru, hours after loosening rules that had barred the export of lethal weapons."
    rows = extractor.extract_text(text, published="2024-06-01").transfers
    assert not [t for t in rows if t.stage == "refused"], rows
    assert find(extractor.extract_text(text, published="2024-06-01"), "NOR", "PER", "rifle")


@pytest.mark.parametrize(("text", "supplier", "recipient", "item"), [
    ("Germany barred the export of tanks to Qatar.", "DEU", "QAT", "tank"),
    ("Canada's government prohibits the transfer of arms to Eritrea.", "CAN", "ERI", "arms"),
])
def test_party_barring_a_transfer_stays_a_refusal(extractor, text, supplier, recipient, item):
    rows = find(extractor.extract_text(text, published="2024-06-01"), supplier, recipient, item)
    assert rows and {t.stage for t in rows} == {"refused"}, rows


def test_generic_aircraft_in_a_clause_naming_a_civil_type_is_civil(extractor):
    text = ("Air Kenya has received its first Airbus A350-900. It is the first of 20 A350s ordered last year as "
            "part of a record 100-aircraft purchase from Airbus and Boeing.")
    assert extractor.extract_text(text, published="2024-06-01").transfers == []


@pytest.mark.parametrize(("text", "item"), [
    ("Kenya ordered 12 fighter jets and two A320s from France.", "fighter jets"),
    ("Egypt ordered 30 aircraft from France, including A350s and Rafale fighters.", "Rafale"),
    ("Egypt bought 24 aircraft from France, and its airline took two A320s.", "aircraft"),
])
def test_military_or_other_clause_keeps_the_row(extractor, text, item):
    assert find(extractor.extract_text(text, published="2024-06-01"), "FRA", "", item)


AGGREGATES = [
    "Norway sent rifles to Peru in May. Figures published on Monday show Norwegian arms exports reached a record "
    "5 billion crowns in 2023.",
    "Peru has bought rifles from Norway. Officials said Norway's arms exports are conducted strictly in accordance "
    "with its laws.",
]


@pytest.mark.parametrize("text", AGGREGATES)
def test_aggregate_exports_take_no_recipient_from_context(extractor, text):
    rows = extractor.extract_text(text, published="2024-06-01").transfers
    assert find(extractor.extract_text(text, published="2024-06-01"), "NOR", "PER", "rifle")
    assert not [t for t in rows if t.item.text == "arms"], rows


@pytest.mark.parametrize(("text", "item"), [
    ("Norwegian arms exports to Peru reached a record 5 billion crowns in 2023.", "arms"),
    ("Peru welcomed the export of 40 rifles from Norway.", "rifle"),
])
def test_exports_with_their_own_recipient_stay(extractor, text, item):
    assert find(extractor.extract_text(text, published="2024-06-01"), "NOR", "PER", item)


PURPOSES = [
    ("Peru has bought patrol boats from Spain. Spain has also supplied 12 helicopters intended for the new frigates, "
     "according to the navy.", "helicopter"),
    ("Peru has bought patrol boats from Spain. The officer said the missiles were needed to shoot down drones, "
     "which the government bought from Spain.", "missile"),
]


@pytest.mark.parametrize(("text", "item"), PURPOSES)
def test_passive_purpose_is_no_plan_or_request(extractor, text, item):
    rows = find(extractor.extract_text(text, published="2024-06-01"), "ESP", "PER", item)
    assert not [t for t in rows if t.stage in ("considered", "requested")], rows


@pytest.mark.parametrize(("text", "stage"), [("Ghana intends to buy six helicopters from Brazil.", "considered"),
                                           # "intended for Ghana" is the destination of the delivery (hB's
                                           # tests/test_s11_hB.py): the delivery to Ghana stays
                                           ("Six helicopters intended for Ghana were delivered by Brazil in May.",
                                            "delivered")])
def test_own_purpose_recipient_stays(extractor, text, stage):
    rows = find(extractor.extract_text(text, published="2024-06-01"), "BRA", "GHA", "helicopter")
    assert stage in {t.stage for t in rows}, rows
