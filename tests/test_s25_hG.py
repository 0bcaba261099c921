"""Stage and factuality of mainstream wording (twenty-fifth session, helper hG):

- a future delivery told "under" a deal is that deal carried out, stage ordered, also when the "under" phrase is
  fronted and the parser hangs it on a noun of the clause ("Under a contract signed in May worth $9m, X will
  deliver"), on the verb governing the delivery ("is to deliver", "is set to", "is due to") or names the deal's
  terms ("under the terms of a contract") (`scheduled.py`, words.toml `scheduled.deal_parts`);
- a buyer's choice of a system ("Ruritania picks X's Y", stage considered) that a later sentence of the same document
  reports ordered from that supplier's state for that buyer is the step before the order: it becomes the order
  (`scheduled.py` `_choices_ordered`);
- a transfer noun held by a negated support verb ("has still not made a formal offer of X", "has yet to place an
  order for X") is a transfer that has not happened: negated (`frames/support_negation.py`, words.toml
  `support_negation.verbs`);

Sentences written for these tests (invented firms and models, combinations of states of no article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row

UNDER_A_DEAL = [
    ("Under a contract signed Oct. 9 worth about 700 million kroner ($66 million), Karvell Systems will deliver "
     "four Tamsin-7 air-defence batteries to Estonia.", None, "EST", "Tamsin-7", 4),
    ("Under a 2023 agreement, France is to deliver 12 Borvane helicopters to Kenya.", "FRA", "KEN", "Borvane", 12),
    ("Under a deal signed in June worth $300 million, Spain will supply Chile with eight Borvane helicopters.",
     "ESP", "CHL", "Borvane", 8),
    ("Under the agreement, worth 1.2 billion euros, Germany is set to deliver six Tarsk-4 tanks to Peru.",
     "DEU", "PER", "Tarsk-4", 6),
    ("Under an accord reached last year, the Italian firm Karvell Marine is due to deliver two corvettes to Oman.",
     "ITA", "OMN", "corvettes", 2),
    ("Under a $460 million contract signed Sept. 4, Karvell Systems will deliver seven Tamsin-7 air-defence "
     "batteries, each with a radar, to Estonia.", None, "EST", "Tamsin-7", 7),
    ("Under a contract worth 40 billion won ($30 million), South Korea will deliver three patrol boats to Ghana.",
     "KOR", "GHA", "patrol boats", 3),
    ("Under the deal, which was signed on Friday, Brazil is to deliver eleven Kestrel-2 trainer aircraft to Peru.",
     "BRA", "PER", "Kestrel-2", 11),
    ("Under the terms of a 2022 contract, Sweden will deliver 20 Vask-3 radars to Chile.", "SWE", "CHL", "Vask-3",
     20),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), UNDER_A_DEAL)
def test_a_future_delivery_under_a_deal_is_ordered(extractor, text, supplier, recipient, word,  # noqa: ANN001
                                                   quantity) -> None:
    rows = _rows(extractor, text)
    found = [r for r in rows if r[1] == recipient and word in r[3] and r[4] == quantity]
    assert found and all(r[2] == "ordered" for r in found), rows
    if supplier is not None:
        assert has_country_row(rows, supplier, recipient, "ordered", word, quantity), rows


@pytest.mark.parametrize("text", [
    "Karvell Systems will deliver six Tamsin-7 air-defence batteries to Estonia.",  # no deal told: a promise
    "Under pressure from allies, France will deliver 12 Borvane helicopters to Kenya.",
    "Under the new minister, Spain will deliver eight helicopters to Chile.",
])
def test_a_future_delivery_under_no_deal_stays_offered(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert rows and all(r[2] == "offered" for r in rows), rows


@pytest.mark.parametrize("text", [
    "The president will deliver a speech under a contract with the broadcaster.",
    "Under the contract, the minister will deliver a report to parliament by May.",
])
def test_a_delivery_of_no_materiel_under_a_deal_gives_no_row(extractor, text) -> None:  # noqa: ANN001
    assert not _rows(extractor, text)


SUPPORT_NEGATED = [
    ("Rome has still not made a formal offer of Tarsk-4 tanks to Peru.", "ITA", "PER", "offered", "Tarsk-4"),
    ("Madrid has yet to make a formal offer of frigates to Chile.", "ESP", "CHL", "offered", "frigates"),
    ("Kenya has not received an offer of Borvane helicopters from France.", "FRA", "KEN", "offered", "Borvane"),
    ("Chile has not yet placed an order for Spanish frigates.", "ESP", "CHL", "ordered", "frigates"),
    ("Peru has yet to sign a contract with Germany for Tarsk-4 tanks.", "DEU", "PER", "ordered", "Tarsk-4"),
    ("Seoul has not made an offer of patrol boats to Ghana, a Korean diplomat said.", "KOR", "GHA",
     "offered", "patrol boats"),
    ("The Swedish government, which has not extended any offer of Vask-3 radars to Chile, declined to comment.",
     "SWE", "CHL", "offered", "Vask-3"),
    ("Ghana is yet to place an order for Brazilian trainer aircraft.", "BRA", "GHA", "ordered", "trainer aircraft"),
]


def _facts(extractor, text: str) -> list[tuple[str | None, str | None, str, str, str]]:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.item.text, t.factuality) for t in extractor.extract_text(text).transfers]


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage", "word"), SUPPORT_NEGATED)
def test_a_transfer_noun_under_a_negated_support_verb_is_negated(extractor, text, supplier, recipient, stage,  # noqa: ANN001
                                                                 word) -> None:
    rows = _facts(extractor, text)
    assert any(r[:3] == (supplier, recipient, stage) and word in r[3] and r[4] in ("negated", "denied") for r in rows), rows
    assert not [r for r in rows if r[4] == "asserted"], rows


@pytest.mark.parametrize(("text", "stage"), [
    ("Germany has made a formal offer of Tarsk-4 tanks to Peru.", "offered"),
    ("Chile placed an order for Spanish frigates last year.", "ordered"),
    ("Peru signed a contract with Germany for Tarsk-4 tanks, though it has not made the terms public.", "ordered"),
])
def test_a_transfer_noun_under_an_affirmed_support_verb_stays_asserted(extractor, text, stage) -> None:  # noqa: ANN001
    rows = _facts(extractor, text)
    assert rows and all(r[2] == stage and r[4] == "asserted" for r in rows), rows


CHOICE_THEN_ORDER = [
    ("Peru picks Swedish Vask-3 radar for coastal watch\n\nLIMA - Peru has selected the Swedish Vask-3 radar for its "
     "coastal surveillance network, the defence ministry announced on Thursday.\n\nUnder a contract signed on Monday, "
     "Sweden will deliver six Vask-3 radars by 2027.", "SWE", "PER", "Vask-3"),
    ("Chile chooses Spanish frigates\n\nChile has chosen Spanish Orca-class frigates over a Dutch design. The navy "
     "signed a contract with Spain for four Orca-class frigates on Friday.", "ESP", "CHL", "Orca-class"),
    ("The Kenyan air force picked the Brazilian Kestrel-2 trainer aircraft in March. In June, Kenya ordered eight "
     "Kestrel-2 trainer aircraft from Brazil.", "BRA", "KEN", "Kestrel-2"),
    ("Ghana selected South Korean patrol boats last year. Ghana has since ordered three South Korean patrol boats.",
     "KOR", "GHA", "patrol boats"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word"), CHOICE_THEN_ORDER)
def test_a_choice_the_document_reports_ordered_is_that_order(extractor, text, supplier, recipient,  # noqa: ANN001
                                                             word) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, "ordered", word), rows
    assert not [r for r in rows if r[2] == "considered"], rows


@pytest.mark.parametrize(("text", "supplier", "recipient", "word"), [
    ("Peru picks Swedish Vask-3 radar for coastal watch\n\nLIMA - Peru has selected the Swedish Vask-3 radar for "
     "its coastal surveillance network, the defence ministry announced on Thursday. A contract is expected next year.",
     "SWE", "PER", "Vask-3"),  # no order told: the choice stands
    ("Chile has chosen Spanish Orca-class frigates. Peru ordered four Orca-class frigates from Spain in 2019.",
     "ESP", "CHL", "Orca-class"),  # another buyer's order
    ("Chile has chosen Spanish Orca-class frigates. Chile ordered four Dutch corvettes in 2019.",
     "ESP", "CHL", "Orca-class"),  # another system
])
def test_a_choice_with_no_order_of_its_own_stays_considered(extractor, text, supplier, recipient,  # noqa: ANN001
                                                            word) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, supplier, recipient, "considered", word), rows
