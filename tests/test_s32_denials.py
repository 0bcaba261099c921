"""Patterns of the thirty-second session's helper `denials` (denials told in other words or further away).

- A denial of a charge told further back (extraction/rejected_charges.py): "Y has received X from Z, according to
  ... . [a paragraph on something else] Z has rejected the accusations." The denial's verb takes a claim noun that
  points back ("the accusations", "these allegations", "such claims", "the charge") and tells no content of its
  own; its subject is a state or a body of it. The latest delivery told earlier as someone's claim whose supplier is
  the denier gains a denied copy. No copy when another state denies, when the claim noun has content or a source of
  its own ("accusations of torture", "Peruvian claims", "claims that ..."), when the denied noun is "the report"
  (often a study telling many deals), or when the earlier delivery is told as plain fact.
- What someone found or told, denied (claim_denials.py, lexicon `rejected_charges.record_nouns`): "Z rejected the
  findings", "Z denied the navy's account", "Z disputed that conclusion" deny the delivery told in the sentence
  before, as "Z rejected the allegations" does. Not when the verb is no denial ("welcomed the findings") nor when
  the noun is another sense ("opened an account at a bank").

Sentences written for these tests (not taken from any article); the positives failed before the change."""
from __future__ import annotations

import pytest

from _helpers import find

CHARGE = ("The rebel group has received machine guns from Bolivia, according to two commanders interviewed by this "
          "newspaper.\n\nPrices of food have risen sharply in the region.\n\n")
RIFLES = ("Rebels in eastern Chad have received new assault rifles smuggled in from Zambia, a police spokesman said "
          "on Monday.\n\nOfficials say the fighting has displaced thousands.\n\n")

POSITIVE = [
    (CHARGE + "Bolivia dismissed such claims on Friday.", "bolivia", "rebel", "machine guns"),
    (CHARGE + "The Bolivian government denied these allegations.", "bolivia", "rebel", "machine guns"),
    (CHARGE + "La Paz has rejected the charge.", "bolivia", "rebel", "machine guns"),
    (RIFLES + "Lusaka has rejected the accusations. \"We do not allow anyone to cross our border with guns,\" its "
     "interior minister said.", "zambia", "rebel", "rifles"),
]

NEGATIVE = [
    CHARGE + "Peru has rejected the accusations.",  # another state denies
    CHARGE + "Bolivia has rejected Peruvian claims.",  # a claim with a source of its own
    RIFLES + "Lusaka rejected the accusations of torture made by the opposition.",  # content of its own
    RIFLES + "Lusaka rejected the report.",  # the report: a study, not one charge
    ("Bolivia delivered twelve howitzers to Chile last year.\n\nPrices of food have risen sharply in the region.\n\n"
     "Bolivia rejected the accusations."),  # a delivery told as fact, no charge
]


def _denied(report, sup: str, rec: str, word: str) -> list:  # noqa: ANN001
    return [t for t in find(report, sup, rec, word) if t.factuality == "denied"]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), POSITIVE)
def test_a_pointing_denial_denies_the_earlier_charge(extractor, text, sup, rec, word):  # noqa: ANN001
    report = extractor.extract_text(text)
    assert _denied(report, sup, rec, word), report.transfers
    assert any(t.factuality == "asserted" for t in find(report, sup, rec, word)), report.transfers


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_denied_copy_without_a_pointing_denial_by_the_supplier(extractor, text):  # noqa: ANN001
    report = extractor.extract_text(text)
    assert not [t for t in report.transfers if t.factuality == "denied"], report.transfers


RECORDS = [
    ("A United Nations panel reported last year that the Kessel Brigade had received rifles from Zambia. Lusaka "
     "rejected the findings.", "zambia", "kessel", "rifles"),
    ("The navy said the seized mortars had been sold to the militia by Bolivia. Bolivia denied the navy's account.",
     "bolivia", "militia", "mortars"),
    ("The navy said the seized mortars had been sold to the militia by Bolivia. The ministry rejected the account.",
     "bolivia", "militia", "mortars"),
    ("Investigators concluded that Ghana had shipped rockets to the rebels. The government in Accra disputed that "
     "conclusion.", "ghana", "rebel", "rockets"),
]

NOT_RECORDS = [
    "A United Nations panel reported last year that the Kessel Brigade had received rifles from Zambia. Lusaka "
    "welcomed the findings.",
    "The navy said the seized mortars had been sold to the militia by Bolivia. Bolivia later opened an account at a "
    "Swiss bank.",
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), RECORDS)
def test_a_denied_finding_or_account_denies_the_delivery_before(extractor, text, sup, rec, word):  # noqa: ANN001
    report = extractor.extract_text(text)
    assert _denied(report, sup, rec, word), report.transfers


@pytest.mark.parametrize("text", NOT_RECORDS)
def test_a_finding_or_account_not_denied_denies_nothing(extractor, text):  # noqa: ANN001
    report = extractor.extract_text(text)
    assert report.transfers, "the delivery itself is a row"
    assert not [t for t in report.transfers if t.factuality == "denied"], report.transfers
