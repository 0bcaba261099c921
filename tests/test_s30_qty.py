"""Quantities attached across a broken parse or from the sentence before (thirtieth session, helper qty):

- a count before a maker's name and a designation that the parser splits off the item's phrase ("the 14 Halvard
  HT-4 Jet Trainers that X bought", "14" hung on the maker or the designation): the count right before the
  proper names that open the phrase is the item's (`mentions/lead_counts`);
- a part of a counted whole on order ("The remaining 14 of the 20 jets on order are due by 2027"): the "on order"
  phrase hangs on the part, the order is of the whole (20), with the parties of the text before
  (`frames/on_order`, `definite_rows.held_on_order`);
- an active verb of waiting whose object is a counted item ("the navy is awaiting eight X-class submarines"): an
  order, the subject the buyer (`frames/tenders._awaits_counted`, `scheduled._awaits_count`, words.toml
  [scheduled] awaiting_verbs);
- a plain definite item named by a broader noun of its kind ("X is refitting three frigates for Y. The ships were
  sold to Y in 2023"): the count of the one counted mention of its category in the sentence before (`kin_counts`).

Sentences written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, object]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text(text).transfers]


def _has(rows: list[Row], recipient: str, word: str, stage: str, quantity: object) -> bool:
    return any(r is not None and recipient in r and st == stage and word in item and q == quantity
               for _, r, st, item, q in rows)


LEAD_COUNTS = [
    ("Primary pilot courses will remain on the 14 Halvard HT-4 Jet Trainers that Chile acquired from Sweden in "
     "1986.", "Chile", "Trainers", 14),
    ("Cadets fly the 11 Corvane CT-6 Prop Trainers that Tunisia acquired from Canada in 2012.",
     "Tunisia", "Trainers", 11),
    ("Courses will remain on the 9 Orvane OT-2 Jet Trainers that Oman acquired from Sweden in 1994.",
     "Oman", "Trainers", 9),
]


@pytest.mark.parametrize(("text", "recipient", "word", "quantity"), LEAD_COUNTS)
def test_count_before_a_makers_name(extractor, text, recipient, word, quantity):  # noqa: ANN001
    assert _has(_rows(extractor, text), recipient, word, "delivered", quantity)


def test_no_count_before_the_makers_name(extractor):  # noqa: ANN001
    rows = _rows(extractor, "Courses remain on the Halvard HT-4 Jet Trainers that Chile acquired from Sweden in "
                            "1986.")
    assert _has(rows, "Chile", "Trainers", "delivered", None)


ON_ORDER = [
    ("Chile has received the first six F-16 fighters it bought from Norway. The remaining 14 of the 20 jets on order "
     "are due by 2027.", "Chile", "jets", 20),
    ("Peru has received the first four K9 howitzers it bought from South Korea. The last two of the 24 howitzers on "
     "order will follow next year.", "Peru", "howitzers", 24),
    ("Ghana received the first three of its Mi-17 helicopters from Russia in May. The other five of the eight "
     "helicopters on order are due in 2026.", "Ghana", "helicopters", 8),
]


@pytest.mark.parametrize(("text", "recipient", "word", "quantity"), ON_ORDER)
def test_whole_of_a_part_on_order(extractor, text, recipient, word, quantity):  # noqa: ANN001
    assert _has(_rows(extractor, text), recipient, word, "ordered", quantity)


def test_part_of_a_whole_not_on_order(extractor):  # noqa: ANN001
    rows = _rows(extractor, "Chile has received the first six F-16 fighters it bought from Norway. The remaining 14 "
                            "of the 20 jets on display were built in the Netherlands.")
    assert not any(st == "ordered" for _, _, st, _, _ in rows)


AWAITING = [
    ("Peru's navy is awaiting six Haerin-class frigates from South Korea.", "Peru", "frigates", 6),
    ("Chile's navy is awaiting four Tarn-class frigates from the United Kingdom.", "Chile", "frigates", 4),
    ("Lima has bought K2 tanks from South Korea, and its army is awaiting 30 more K2 tanks.", "Peru", "K2", 30),
]


@pytest.mark.parametrize(("text", "recipient", "word", "quantity"), AWAITING)
def test_awaiting_counted_items(extractor, text, recipient, word, quantity):  # noqa: ANN001
    assert _has(_rows(extractor, text), recipient, word, "ordered", quantity)


@pytest.mark.parametrize("text", [
    "Peru is awaiting a decision from South Korea on the frigates.",
    "The army is awaiting 12 new recruits from the academy.",
    "The ministry is awaiting three reports from South Korea on the frigates.",
])
def test_awaiting_no_items(extractor, text):  # noqa: ANN001
    assert _rows(extractor, text) == []


KIN = [
    ("Navantia is refitting three frigates for the Chilean navy. The ships were built for the Spanish navy and sold "
     "to Chile in 2023.", "Chile", "ships", 3),
    ("Damen is overhauling four patrol boats for the Ghanaian navy. The vessels were built for the Dutch navy and "
     "sold to Ghana last year.", "Ghana", "vessels", 4),
]


@pytest.mark.parametrize(("text", "recipient", "word", "quantity"), KIN)
def test_definite_kin_takes_the_count_before(extractor, text, recipient, word, quantity):  # noqa: ANN001
    assert _has(_rows(extractor, text), recipient, word, "delivered", quantity)


def test_definite_kin_two_counts_take_none(extractor):  # noqa: ANN001
    rows = _rows(extractor, "Navantia is refitting three frigates and two corvettes for the Chilean navy. The ships "
                            "were built for the Spanish navy and sold to Chile in 2023.")
    assert _has(rows, "Chile", "ships", "delivered", None)
