"""Pronouns as supplier or recipient (thirtieth session, helper pron):

- a dummy "it", the subject of an extraposition ("the law made it illegal to sell X to Y", "making it a crime
  to provide them with X", "it is illegal to export X to Y", "it is unclear whether Y sold X"): it holds the
  place of the clause after it and is never resolved to a party named before (`mentions/dummy_pronouns`);
  "it was ready to sell X", "it is expected to deliver X" keep their antecedent;
- an object pronoun of a clause whose subject carries an apposition or a relative clause naming another party
  ("Turkey, Georgia's largest partner, has not sold it arms", "France, the former ruler of Chad, sold it jets"):
  the party inside the apposition, not one named sentences before (`mentions/nearest.described_inside`);
- a quoted "we"/"us" of a member of an armed group is the group, not the state the group is based in
  ("'Moscow sends us drones,' a Houthi commander said"); of a body of a state whose state is the other party
  of the clause, the body (`Coreference._speaker_side`).

Sentences written for these tests (invented wordings; not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str | None, str | None, str]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.id if t.supplier else None, t.supplier.text if t.supplier else None,
             t.recipient.id if t.recipient else None, t.recipient.text if t.recipient else None, t.item.text)
            for t in extractor.extract_text(text).transfers]


DUMMY = [
    "Norway banned the front in 2010. The new law made it illegal to sell rifles to the rebels.",
    "Norway listed the front as a terrorist group in 2011, making it a crime for anyone to provide them with rifles.",
    "Norway banned the front in 2010. It is illegal to sell rifles to the rebels.",
    "Norway banned the front in 2010. It was a mistake to sell rifles to the rebels, officials said.",
    "Norway banned the front in 2010. Officials found it hard to deliver rifles to the rebels.",
]


@pytest.mark.parametrize("text", DUMMY)
def test_dummy_it_is_no_party(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any("it" == (st or "").lower() or "it" == (rt or "").lower() for _, st, _, rt, _ in rows), rows


REFERENTIAL = [
    ("Norway said it was ready to sell rifles to Chile.", "NOR", "CHL"),
    ("Norway said it is expected to deliver rifles to Chile next year.", "NOR", "CHL"),
    ("Norway said it believes that it can sell rifles to Chile.", "NOR", "CHL"),
]


@pytest.mark.parametrize("text,supplier,recipient", REFERENTIAL)
def test_referential_it_keeps_antecedent(extractor, text: str, supplier: str, recipient: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s == supplier and r == recipient for s, _, r, _, _ in rows), rows


def test_unclear_whether_keeps_named_supplier(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Norway banned the front in 2010. It is unclear whether Sweden sold rifles to the rebels.")
    assert not any(s == "NOR" for s, _, _, _, _ in rows), rows


APPOSED = [
    ("The United States sold jets to Chile. Russia, Armenia's main trade partner, has not sold it rifles "
     "since 2000, an official said.", "RUS", "ARM"),
    ("The United States sold jets to Chile. France, the former colonial ruler of Chad, sold it six jets in 2019.",
     "FRA", "TCD"),
    ("The United States sold jets to Chile. Russia, whose instructors train the army of Mali, sold it four "
     "helicopters last year.", "RUS", "MLI"),
]


@pytest.mark.parametrize("text,supplier,recipient", APPOSED)
def test_object_pronoun_takes_apposed_party(extractor, text: str, supplier: str, recipient: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(s == supplier and r == recipient for s, _, r, _, _ in rows), rows
    assert not any(s == supplier and r == "USA" for s, _, r, _, _ in rows), rows


def test_subject_pronoun_not_apposed_party(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "The United States sold jets to Chile. Russia, Armenia's biggest partner, said it "
                            "would sell tanks to Peru.")
    assert any(s == "RUS" and r == "PER" for s, _, r, _, _ in rows), rows
    assert not any(s == "ARM" for s, _, _, _, _ in rows), rows


def test_object_pronoun_without_apposition(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Chile asked for help in 2019. Russia's defence ministry later sold it four helicopters.")
    assert not any(r == "RUS" for _, _, r, _, _ in rows), rows


GROUP_SPEAKERS = [
    ('The United States trains the army. "Moscow has not sent us a single tank," a Houthi commander said.',
     "houthis"),
    ('The United States trains the army. "Moscow sends us drones every month," said a Houthi commander.',
     "houthis"),
]


@pytest.mark.parametrize("text,group", GROUP_SPEAKERS)
def test_quoted_we_of_group_member_is_group(extractor, text: str, group: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(r == group for _, _, r, _, _ in rows), rows
    assert not any(r in ("YEM", "USA") for _, _, r, _, _ in rows), rows


def test_quoted_we_of_body_of_the_supplier_state(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, 'The United States trains foreign cadets. "Tehran has not given us a single pistol," a '
                            'Revolutionary Guards commander said.')
    assert not any(r == "USA" for _, _, r, _, _ in rows), rows


def test_quoted_we_of_minister_is_state(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, '"We have delivered 20 howitzers to Ukraine," the French defence minister said.')
    assert any(s == "FRA" and r == "UKR" for s, _, r, _, _ in rows), rows


MATERIEL_THEY = [
    "Navy officers said the Danish corvettes were picked since they were newer and could be handed over sooner.",
    "Army officers said the Korean howitzers were picked because they were cheaper.",
    "Air force officers said the Brazilian jets were selected because they could be delivered in a year.",
]


@pytest.mark.parametrize("text", MATERIEL_THEY)
def test_they_of_materiel_is_no_party(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any((rt or "").lower() == "they" or (st or "").lower() == "they" for _, st, _, rt, _ in rows), rows


def test_they_of_buyer_act_keeps_party(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Navy officers in Chile said the jets were ordered from Spain because they needed a "
                            "quick replacement.")
    assert any(s == "ESP" for s, _, _, _, _ in rows), rows

