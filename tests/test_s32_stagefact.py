"""Session 32, stage and factuality: a denial that points back to a delivery told earlier (earlier_denials.py).

Pattern: a denial verb ("deny", "reject", "dispute", ...) whose clause tells a transfer but names no item of its
own ("denied that the arms had come from its soil", "denies that any of its arms were sold", "rejected
reports that its weapons had been diverted", "disputed that any of those rifles had been delivered") gives a
denied copy of the latest earlier delivery by the same supplier (the clause's active subject, else the denier; a
state and its bodies are one side), to the recipient the clause names if it names one. Not when the clause has an
item of its own, names another supplier or recipient, the denial is withheld ("neither confirmed nor denied"), the
earlier row is no delivery, or the text denies that pair elsewhere in its own words.

Pattern 2 (frames/relatives.py): a plural relative clause the parser hung on a year or on a party name in a
prepositional phrase ("ordered three boats from X in 2014, which were delivered in 2015", "the purchase of three
boats from X, which were delivered") stands for the plural object of the verb or the "of" noun of the deal noun the
phrase hangs on, so its delivery is a row of its own. Not for a future clause or a singular one that does not
agree."""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    out = []
    for t in get_extractor().extract_text(text).transfers:
        out.append((t.supplier.name if t.supplier else "", t.recipient.name if t.recipient else "", t.stage,
                    t.factuality))
    return out


def _denied(text: str, supplier: str, recipient_part: str) -> bool:
    return any(s == supplier and recipient_part in r and st == "delivered" and f == "denied"
               for s, r, st, f in _rows(text))


@pytest.mark.parametrize("text,supplier,recipient", [
    ("Rebels in Chad received 300 rifles from Bolivia last year, according to a UN report. "
     "The government of Bolivia denied that the arms had come from its soil.", "Bolivia", "Chad"),
    ("Rebels in Chad received 300 rifles from Bolivia last year. "
     "Bolivia's military denies that any of its arms were sold.", "Bolivia", "Chad"),
    ("Guatemala sold 40 machine guns to a militia in Honduras in 2019, investigators found. The weather was bad. "
     "Guatemala's defence ministry rejected reports that its weapons had been diverted.", "Guatemala", "Honduras"),
    ("A UN panel said Kenya shipped 500 rifles to Somaliland in 2020. "
     "Kenya's government later disputed that any of those rifles had been delivered.", "Kenya", "Somaliland"),
])
def test_denial_points_back(text: str, supplier: str, recipient: str) -> None:
    assert _denied(text, supplier, recipient)


@pytest.mark.parametrize("text", [
    # another supplier denies: not Bolivia's delivery
    "Bolivia supplied the Chad rebels with 300 rifles, a UN panel said. Peru has a new president. "
    "Peru denied that it had armed the rebels.",
    # the clause names another recipient
    "Bolivia supplied the Chad rebels with 300 rifles, a UN panel said. "
    "Bolivia denied that it had sold anything to Ukraine.",
    # a withheld denial
    "Rebels in Chad received 300 rifles from Bolivia last year. "
    "Bolivia neither confirmed nor denied that the arms had come from its soil.",
    # the earlier row is an order, not a delivery
    "Chad ordered 300 rifles from Bolivia last year. "
    "Bolivia denied that the arms had come from its soil.",
])
def test_no_denial_of_another_row(text: str) -> None:
    assert not _denied(text, "Bolivia", "Chad")


def test_one_denial_per_pair() -> None:
    text = ("Bolivia shipped 300 rifles and 20 mortars to the Chad rebels in 2020, a UN panel said. "
            "Bolivia's military denies that any of its arms were sold.")
    denied = [r for r in _rows(text) if r[3] == "denied"]
    assert len(denied) == 1


def _stages(text: str) -> set[str]:
    return {st for _, _, st, f in _rows(text) if f == "asserted"}


@pytest.mark.parametrize("text", [
    "Peru ordered three patrol boats from Spain in 2014, which were delivered in 2015.",
    "In 2013 Peru approved the purchase of four patrol boats from Spain, which were delivered in 2016.",
    "Ghana signed a contract for four helicopters from Italy in 2019, which were handed over last year.",
])
def test_relative_on_year_or_party_delivers(text: str) -> None:
    assert "delivered" in _stages(text)


@pytest.mark.parametrize("text", [
    "Peru ordered three patrol boats from Spain in 2014, which will be delivered in 2027.",
    "Peru ordered one patrol boat from Spain in 2014, which was a record year for the yard.",
])
def test_relative_not_a_delivery(text: str) -> None:
    assert "delivered" not in _stages(text)
