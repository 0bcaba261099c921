"""Stage constructions (thirtieth session, helper stage):

- a weighing asked of the supplier ("X asked Y to consider supplying A", "urged Y to weigh sending A", "requested
  that Y consider selling it A") is a request by the asker, not a step Y weighs of its own accord: stage requested,
  governed by the verb of asking (frames/asked_weighing.py, [asked_weighing] askers in words.toml); a question
  ("asked whether Y would consider") and a weighing nobody asked for stay considered or give no request;
- a future arrival of items told due or outstanding ("two more jets still due from X will arrive in March", "the
  outstanding frigates will arrive in 2027") carries out an order: stage ordered, not offered
  (frames/owed_arrivals.py, [owed_arrivals] adjectives); an arrival of items not told owed stays offered;
- a purchase or order with a conjoined clause of none ("ordered 12 jets from X, but none has arrived", "bought ten
  tanks, and none have been delivered") also tells the delivery negated, and a purchase told as done is then an
  order (extraction/none_arrived.py, [none_arrived] verbs); "all have arrived" or none of another item does not.

Sentences written for these tests (invented states' wordings and models; not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, object]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text(text).transfers]


def _has(rows: list[Row], supplier: str, recipient: str, stage: str, word: str) -> bool:
    return any(s is not None and supplier in s and r is not None and recipient in r and st == stage and word in item
               for s, r, st, item, _ in rows)


ASKED_WEIGHING = [
    ("Ghana had asked India to consider supplying two Varuna-class patrol vessels for its navy.", "India", "Ghana",
     "patrol vessels"),
    ("Mali asked Russia to consider providing Korsak attack helicopters.", "Russia", "Mali", "helicopters"),
    ("Chile has requested that Spain consider selling it four Albor frigates.", "Spain", "Chile", "frigates"),
    ("Kyiv urged Berlin to weigh sending Leopard tanks to Ukraine.", "Germany", "Ukraine", "tanks"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word"), ASKED_WEIGHING)
def test_asked_weighing_is_requested(extractor, text: str, supplier: str, recipient: str, word: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, supplier, recipient, "requested", word)
    assert not _has(rows, supplier, recipient, "considered", word)


@pytest.mark.parametrize("text", [
    "India is considering supplying two Varuna-class patrol vessels to Ghana.",
    "Spain is considering selling four Albor frigates to Chile.",
])
def test_unasked_weighing_stays_considered(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert rows and all(st == "considered" for _, _, st, _, _ in rows)


def test_asked_question_is_no_request(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Ghana's parliament asked whether India would consider supplying patrol vessels to Ghana.")
    assert not any(st == "requested" for _, _, st, _, _ in rows)


OWED_ARRIVALS = [
    ("Two more F-16 fighters still due from the United States will arrive in Jordan in March.", "United States",
     "Jordan", "fighters"),
    ("The outstanding Rafale jets from France will arrive in Egypt in 2027.", "France", "Egypt", "jets"),
    ("The remaining Tarn howitzers due from Serbia will arrive in Kenya in May.", "Serbia", "Kenya", "howitzers"),
    ("Six overdue Tarn howitzers from Serbia will arrive in Kenya in May.", "Serbia", "Kenya", "howitzers"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word"), OWED_ARRIVALS)
def test_owed_arrival_is_ordered(extractor, text: str, supplier: str, recipient: str, word: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, supplier, recipient, "ordered", word)
    assert not _has(rows, supplier, recipient, "offered", word)


@pytest.mark.parametrize("text", [
    "Ten Leopard tanks from Germany will arrive in Chile next year.",
    "Four Albor frigates from Spain will arrive in Peru in 2027.",
])
def test_unowed_arrival_stays_offered(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert rows and all(st == "offered" for _, _, st, _, _ in rows)


NONE_ARRIVED = [
    ("Ghana ordered 12 Brennor jets from China in 2019, but none has arrived.", "China", "Ghana", "jets"),
    ("Kenya ordered ten Tarn tanks from Serbia in 2020, but none have been delivered.", "Serbia", "Kenya", "tanks"),
    ("Peru bought 24 Mi-35 helicopters from Russia in 2021, but none has been delivered so far.", "Russia", "Peru",
     "helicopters"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word"), NONE_ARRIVED)
def test_none_arrived_is_negated_delivery(extractor, text: str, supplier: str, recipient: str,  # noqa: ANN001
                                          word: str) -> None:
    transfers = extractor.extract_text(text).transfers
    assert any(t.stage == "delivered" and t.factuality == "negated" and t.supplier and supplier in t.supplier.name
               and t.recipient and recipient in t.recipient.name and word in t.item.text for t in transfers)
    assert any(t.stage == "ordered" and t.factuality == "asserted" and word in t.item.text for t in transfers)
    assert not any(t.stage == "delivered" and t.factuality == "asserted" for t in transfers)


@pytest.mark.parametrize("text", [
    "Ghana ordered 12 Brennor jets from China in 2019, and all have arrived.",
    "Ghana ordered 12 Brennor jets from China in 2019, but none of the trainers from Italy has arrived.",
])
def test_no_negated_delivery_without_none_of_the_lot(extractor, text: str) -> None:  # noqa: ANN001
    transfers = extractor.extract_text(text).transfers
    assert transfers and not any(t.factuality == "negated" for t in transfers)
