"""Transfers told without their supplier in the clause (twenty-ninth session b, helper agentless):

- a row told with a recipient and no supplier takes the party the sentence just before, in its paragraph, names as
  the recipient's supplier ("X has long been Y's main arms supplier", "X is the main supplier of Y's navy"), its
  partner or the giver of its aid ("X is Y's largest security partner"), or the winner of the deal ("X won the
  tender", "the contract was won by X", "X was awarded the contract", "X signed the deal", "Y signed a deal with
  X", "the deal was signed with X"), also in a clause before the row's verb ("After X won the tender, Y received
  ...") (`prior_suppliers.fill`, words.toml [prior_suppliers]);
- a signing party is not read as the seller when it is the recipient's own state, a force, or signs a deal "for"
  items (a buyer as often as a seller); a state named otherwise ("X criticised the deal"), a negated win or a
  sentence of another paragraph lends nothing.

Sentences written for these tests (invented systems, firms and combinations of states; not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, object]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text("Report\n\n" + text).transfers]


BATTERY = [
    ("Norway has long been Peru's main arms supplier. In 2015, 12 Ostrava-9 radars were transferred to the "
     "Peruvian air force.", "Norway", "Peru", "radars", 12),
    ("Spain won the tender in 2018. Chile received the six Varn-12 corvettes two years later.",
     "Spain", "Chile", "corvettes", 6),
    ("Madrid won the contract in 2016. The first two Varn-12 corvettes were delivered to Kenya in May.",
     "Spain", "Kenya", "corvettes", 2),
    ("Italy signed the deal in 2019. The first eight Tarsk-4 howitzers were delivered to Peru in May.",
     "Italy", "Peru", "howitzers", 8),
    ("Karvell Marine was awarded the contract in 2017. The Ghanaian navy took delivery of four Varn-12 patrol "
     "boats last month.", "Karvell Marine", "Ghana", "patrol boats", 4),
    ("Sweden clinched the order in 2012. Eight Ostrava-9 radars, the ministry said, were given to Vietnam two "
     "years later.", "Sweden", "Vietnam", "radars", 8),
    ("Romania is Nigeria's main source of weapons. The Nigerian army received twelve Tarsk-4 howitzers in March.",
     "Romania", "Nigeria", "howitzers", 12),
    ("Norway is Kenya's largest security partner. Last year eight Varn-12 patrol boats were delivered to the "
     "Kenyan navy.", "Norway", "Kenya", "patrol boats", 8),
    ("Norway has been the main supplier of Kenya's navy since 2010. In 2019 the navy received eight Varn-12 "
     "patrol boats.", "Norway", "Kenya", "patrol boats", 8),
    ("The contract was won by Norway in 2016. Eight Varn-12 patrol boats were delivered to Kenya in 2019.",
     "Norway", "Kenya", "patrol boats", 8),
    ("Norway's Karvell Marine won the contract in 2016. Eight Varn-12 patrol boats were delivered to Kenya in "
     "2019.", "Norway", "Kenya", "patrol boats", 8),
    ("After Portugal won the tender in 2018, Ghana received six Varn-12 corvettes.",
     "Portugal", "Ghana", "corvettes", 6),
    ("The deal was signed with Portugal in 2018. Ghana received six Varn-12 corvettes in 2020.",
     "Portugal", "Ghana", "corvettes", 6),
    ("Ghana signed a deal with Portugal in 2018. Six Varn-12 corvettes were handed over to the Ghanaian navy in "
     "2020.", "Portugal", "Ghana", "corvettes", 6),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), BATTERY)
def test_supplier_from_the_sentence_before(extractor, text: str, supplier: str, recipient: str, word: str,  # noqa: ANN001
                                           quantity: int) -> None:
    rows = _rows(extractor, text)
    assert any(s is not None and supplier in s and r is not None and recipient in r and st == "delivered"
               and word in item and q == quantity for s, r, st, item, q in rows), rows


NO_SUPPLIER = [
    # the signer is the recipient itself
    "Chile signed the contract in 2019. Three Tarsk-4 howitzers were delivered to Chile in May.",
    # a third state that only comments on the deal
    "Canada criticised the deal on Monday. The 24 Tarsk-4 howitzers were delivered to Chile last week.",
    # a win the text denies
    "Spain did not win the tender. Chile received six Varn-12 corvettes two years later.",
    # a buyer's signature of a contract for items
    "Peru signed a contract for six Varn-12 corvettes in 2013. Chile received six Varn-12 corvettes in 2019.",
    # another paragraph
    "Spain won the tender in 2018.\n\nChile received six Varn-12 corvettes two years later.",
    # a deal signed "with" a third state
    "Spain signed an agreement with Peru on Monday. Chile received six Varn-12 corvettes in 2019.",
]


@pytest.mark.parametrize("text", NO_SUPPLIER)
def test_no_supplier_from_a_party_that_is_none(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    bad = {"Chile signed": "Chile", "Canada": "Canada", "Spain did": "Spain", "Peru signed": "Peru",
           "Spain won": "Spain", "Spain signed": "Spain"}
    party = next(v for k, v in bad.items() if text.startswith(k))
    assert not any(s is not None and party in s and r is not None and "Chile" in r for s, r, *_ in rows), rows
    assert not any(s is not None and "Chile" in s for s, *_ in rows), rows


def test_agent_after_a_critic_is_the_supplier(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Canada criticised the sale on Monday. Twenty Tarsk-4 howitzers were delivered to "
                            "Peru by Norway in 2019.")
    assert any(s == "Norway" and r is not None and "Peru" in r and st == "delivered" for s, r, st, *_ in rows), rows
    assert not any(s is not None and "Canada" in s for s, *_ in rows), rows
