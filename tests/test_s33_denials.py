"""Patterns of the thirty-third session's helper `denials` (claims and their denials).

- A denial that points back past a sentence with no row of its own (extraction/rejected_charges.py): "Z said X had
  sent Y rifles. Nobody could confirm it. X denied it." The denial verb takes a pronoun ("denied it",
  "rejected this") or a labelling verb of false_labels.py puts a label of falsehood on a pointing claim noun or a
  pronoun ("called the allegation baseless", "dismissed it as a fabrication"); its subject is a state or a body of it.
  The latest delivery told earlier as someone's claim whose supplier is the denier gains a denied copy. No copy when
  the label says nothing false ("called the report credible"), when another state denies, or when the pronoun
  follows a sentence with rows of its own (then it stands for that sentence: claim_denials.py).
- A denial that names the country where the charged group fights (extraction/charged_places.py): "Monitors said X
  had supplied rifles to the <Name> Brigade. X denied that any rifles had been shipped to <the group's country>."
  The denied delivery to a state told by its name takes the armed group of the charge it answers: the charge of the
  same supplier told just before or naming a group of that state, or a charge with no supplier naming a group of
  that state. Not when the state is another and the charge is further back, when the supplier had delivered to that
  state's own forces before, or when the group is known only by its country ("Ukrainian rebels").
- A denial that says what the denier holds after a colon (frames/clauses.py `charged`): "Z rejected it: 'Z has never
  armed, and would never arm, any militia'". A denial verb ("reject", "deny", "dismiss") with an object of its
  own standing for the charge (a pronoun or claim noun) does not govern the quoted clause after it: the clause is
  the denier's own statement (a negated or denied delivery), not a transfer it refuses. A denial verb that takes
  the transfer itself ("rejected a plan to sell", "rejected selling") still refuses it.

Sentences written for these tests (not taken from any article); the positives failed before the change."""
from __future__ import annotations

import pytest

from _helpers import find

RUMOUR = ("The opposition Unity Front said last week that Serbia had shipped 400 Zastava rifles to the Malian army "
          "before the election. The front gave no proof, and no one else could confirm the story. ")
FLIGHTS = ("Rebel commanders told reporters that Bulgaria had flown mortars to the Chadian army in March. Nobody "
           "else confirmed the account. ")

POINTED = [
    (RUMOUR + "The Serbian foreign ministry denied it on Tuesday.", "serbia", "mali", "rifles"),
    (RUMOUR + "Belgrade rejected this in a short statement.", "serbia", "mali", "rifles"),
    (FLIGHTS + "The Bulgarian embassy called the allegation \"baseless\".", "bulgaria", "chad", "mortars"),
    (FLIGHTS + "The Bulgarian embassy dismissed it as a fabrication.", "bulgaria", "chad", "mortars"),
    (FLIGHTS + "Sofia described the claims as \"pure fiction\" on Friday.", "bulgaria", "chad", "mortars"),
]

NOT_POINTED = [
    FLIGHTS + "The Bulgarian embassy called the report credible.",  # no label of falsehood
    FLIGHTS + "The Romanian embassy denied it.",  # another state denies
    FLIGHTS + "Romania called the allegation baseless.",  # another state labels it false
    RUMOUR + "Belgrade welcomed it.",  # no denial
]


def _denied(report, sup: str, rec: str, word: str) -> list:  # noqa: ANN001
    return [t for t in find(report, sup, rec, word) if t.factuality == "denied"]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), POINTED)
def test_a_pronoun_or_labelled_denial_denies_the_charge_further_back(extractor, text, sup, rec, word):  # noqa: ANN001
    report = extractor.extract_text(text)
    assert _denied(report, sup, rec, word), report.transfers
    assert any(t.factuality == "asserted" for t in find(report, sup, rec, word)), report.transfers


@pytest.mark.parametrize("text", NOT_POINTED)
def test_no_denied_copy_without_a_denial_by_the_supplier(extractor, text):  # noqa: ANN001
    report = extractor.extract_text(text)
    assert report.transfers, "the charge itself is a row"
    assert not [t for t in report.transfers if t.factuality == "denied"], report.transfers


PLACES = [
    ("Human rights monitors said Belarus had supplied assault rifles to the Azov Brigade. Minsk denied that any "
     "Belarusian rifles had been shipped to Ukraine.", "belarus", "azov", "rifles"),
    ("Two defectors said Libya had flown rockets to the Syrian Democratic Forces in 2016. Tripoli said it had never "
     "sent rockets to Syria.", "libya", "syrian democratic", "rockets"),
    ("A UN panel said the mortars found in Basra in May had been intended for Kata'ib Hezbollah. The boxes carried "
     "Syrian markings. Syria said it has never sent weapons to Iraq.", "syria", "kata", "weapons"),
]

NOT_PLACES = [
    ("Human rights monitors said Belarus had supplied assault rifles to the Azov Brigade. The weather was cold. Minsk "
     "denied that any Belarusian rifles had been shipped to Poland.", "belarus", "pol", "rifles"),  # another state
    ("Belarus sold twenty tanks to the Ukrainian army in 2009. Human rights monitors said Belarus had supplied assault "
     "rifles to the Azov Brigade. Minsk denied that any Belarusian rifles had been shipped to Ukraine.",
     "belarus", "ukr", "rifles"),  # the state's own forces were served before
    ("Human rights monitors said Belarus had supplied assault rifles to Ukrainian rebels. Minsk denied that any "
     "Belarusian rifles had been shipped to Ukraine.", "belarus", "ukr", "rifles"),  # a group known by its country
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), PLACES)
def test_a_denial_naming_the_groups_country_denies_the_charge(extractor, text, sup, rec, word):  # noqa: ANN001
    report = extractor.extract_text(text)
    assert _denied(report, sup, rec, word), report.transfers


@pytest.mark.parametrize(("text", "sup", "rec", "word"), NOT_PLACES)
def test_a_denial_naming_another_state_keeps_it(extractor, text, sup, rec, word):  # noqa: ANN001
    report = extractor.extract_text(text)
    denied = [t for t in report.transfers if t.factuality == "denied"]
    assert denied and all(t.recipient is not None and t.recipient.kind == "state" for t in denied), denied
    assert _denied(report, sup, rec, word), report.transfers


COLON = [
    ("Police said the Kivu Liberation Front gets rifles from Zambian troops. In Lusaka, an aide to the Zambian "
     "president rejected it: \"Zambia has never armed, and would never arm, the Kivu Liberation Front or any "
     "other militia.\"", "zambia", "kivu"),
    ("Police said the Kivu Liberation Front gets rifles from Zambian troops. Nobody could confirm his claim. In "
     "Lusaka, a spokesman for the Zambian cabinet rejected it: \"Zambia has never armed, and would never arm, "
     "rebels fighting a friendly government.\"", "zambia", "rebel"),
    ("Police said the Kivu Liberation Front gets mortars from Kenyan officers. In Nairobi, a spokesman for the Kenyan "
     "defence ministry dismissed the claims: \"Kenya has never sold, and would never sell, mortars to the Kivu "
     "Liberation Front or any other militia.\"", "kenya", "kivu"),
]

STILL_REFUSED = [
    ("Zambia rejected a plan to sell rifles to Kenya.", "zambia", "ken"),
    ("The Zambian government rejected selling rifles to the Kivu Liberation Front.", "zambia", "kivu"),
]


@pytest.mark.parametrize(("text", "sup", "rec"), COLON)
def test_a_denial_with_its_own_object_does_not_refuse_the_quote(extractor, text, sup, rec):  # noqa: ANN001
    report = extractor.extract_text(text)
    said = [t for t in find(report, sup, rec, "") if "never" in t.evidence.text.lower()]
    assert said and all(t.stage == "delivered" and t.factuality in ("denied", "negated") for t in said), said


@pytest.mark.parametrize(("text", "sup", "rec"), STILL_REFUSED)
def test_a_denial_verb_over_the_transfer_still_refuses(extractor, text, sup, rec):  # noqa: ANN001
    report = extractor.extract_text(text)
    assert [t for t in find(report, sup, rec, "rifles") if t.stage == "refused"], report.transfers
