"""Wrong stage (thirty-third session, helper stages).

Pattern 1, a part fronted before "of which" (`extraction/which_wholes.py`, `_fronted_part`): in "X bought 40 A from
a dealer, the first 12 of which were delivered in May" or "X ordered 40 A from Y, 12 of which arrived in May" the
parser hangs the relative on the party after the items ("dealer", "Y"), or takes the part for an apposition with
the verb as its clause. The clause is a relative on the items, the part its subject: the part is a delivery of its
own (12 delivered) beside the order of the whole (40 ordered). The clause is left alone when the noun it hangs on
can be the whole ("from two dealers, one of which went bankrupt") or when its verb is no transfer ("12 of which
were later scrapped").

Sentences written for these tests (invented combinations of states, firms and counts)."""
from __future__ import annotations

import pytest


def _rows(extractor, text):  # noqa: ANN001, ANN202
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.quantity) for t in extractor.extract_text(text).transfers]


FRONTED = [
    ("Chile bought 40 armoured vehicles from a Norwegian firm, the first 12 of which were delivered in May.",
     "NOR", "CHL", 40, 12),
    ("Peru bought 16 transport helicopters from Russia, four of which were handed over in June.",
     "RUS", "PER", 16, 4),
    ("Kenya ordered 30 patrol boats from Turkey, the first eight of which arrived in Mombasa last week.",
     "TUR", "KEN", 30, 8),
    ("Ghana purchased 24 howitzers from a South Korean manufacturer, the first six of which were delivered in 2021.",
     "KOR", "GHA", 24, 6),
    ("Jordan acquired 50 used tanks from a dealer in Belgium, 20 of which were shipped to Aqaba in March.",
     "BEL", "JOR", 50, 20),
    ("Bolivia ordered ten trainer aircraft from Brazil, the first three of which landed at El Alto in April.",
     "BRA", "BOL", 10, 3),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "whole", "part"), FRONTED)
def test_a_fronted_part_of_which_is_a_delivery_of_its_own(extractor, text, supplier, recipient,  # noqa: ANN001
                                                          whole, part) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert (supplier, recipient, "delivered", part) in rows, rows
    assert (supplier, recipient, "ordered", whole) in rows, rows


@pytest.mark.parametrize("text", [
    "Chile bought 40 armoured vehicles from two Norwegian dealers, one of which went bankrupt in May.",
    "Peru bought 16 transport helicopters from Russia, four of which were later scrapped.",
    "Kenya ordered 30 patrol boats from Turkey, the first eight of which are moored at Lamu.",
])
def test_no_part_delivery_without_a_transfer_of_the_items(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert not any(st == "delivered" and q not in (16, 30, 40) for _, _, st, q in rows), rows


# Pattern 2 (`extraction/frames/shared_infinitives.py`): a bare infinitive coordinated with an earlier one ("will
# train the crews and deliver X", "was to build the hulls and deliver X", "agreed to train pilots and supply X")
# has no subject, auxiliary or "to" of its own: it shares the first verb's future, schedule or governor, and the
# row is no finished delivery. A finite past ("trained pilots and delivered X") or a verb with its own subject keeps
# its own tense.

SHARED = [
    ("Sweden will train Ghanaian crews and deliver four patrol boats to Ghana.", "SWE", "GHA", "offered"),
    ("Spain is to refit the shipyard and deliver two corvettes to Peru.", "ESP", "PER", "offered"),
    ("Under the 2019 contract, Italy was to build the hulls and deliver six frigates to Egypt by 2024.",
     "ITA", "EGY", "ordered"),
    ("Turkey agreed to train Somali officers and supply 30 armoured vehicles to Somalia.", "TUR", "SOM", "ordered"),
    ("Brazil plans to upgrade its yards and sell eight trainer aircraft to Angola.", "BRA", "AGO", "considered"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "stage"), SHARED)
def test_a_coordinated_bare_infinitive_shares_the_first_verbs_reading(extractor, text, supplier,  # noqa: ANN001
                                                                      recipient, stage) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(r[:3] == (supplier, recipient, stage) for r in rows), rows
    assert not any(r[:3] == (supplier, recipient, "delivered") for r in rows), rows


@pytest.mark.parametrize("text", [
    "Sweden refitted its shipyard and delivered four patrol boats to Ghana.",
    "Sweden has trained Ghanaian crews and delivered four patrol boats to Ghana.",
    "Sweden will train Ghanaian crews, and it delivered four patrol boats to Ghana last year.",
])
def test_a_conjoined_verb_with_tense_of_its_own_stays_a_delivery(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert ("SWE", "GHA", "delivered", 4) in rows, rows
