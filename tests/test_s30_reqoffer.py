"""Requests and offers told through a noun of what is solicited or proposed (thirtieth session, helper reqoffer):

- a request whose "for" phrase names what is solicited rather than the goods ("asked X for a quotation for 14
  howitzers", "for a price quote for", "a request for proposals for 24 trainers") requests the goods of the
  carrier noun's own "for" / "of" / "on" phrase; a request "about" goods ("asked Madrid about two of the retiring
  frigates") requests them too (`frames/solicited.py`, words.toml [solicited]); a carrier whose phrase names no
  materiel ("a quotation for the repair of its port", "information on the fate of tanks") gives no row;
- a "proposal" of goods is an offer like "offer" (predicates.toml [classes.offer] nouns): "Rheinmetall's
  proposal of 40 vehicles to Hungary", "a Turkish proposal for 20 Cobra vehicles"; a proposal that is no
  supplier's ("a request for proposals", "the proposal for a ceasefire") gives no offer row;
- a second infinitive conjoined to the first complement of a governor takes the governor's stage ("offered to
  overhaul A and to sell it B": B offered, not sold; "agreed to train crews and to sell two frigates": ordered)
  (`frames/governors.py`, the "conj" case); a conjoined finite clause ("refused to comment and said it had
  sold X") keeps its own stage.

Sentences written for these tests (invented systems and quantities; not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, object]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text("Report\n\n" + text).transfers]


def _has(rows: list[Row], supplier: str, recipient: str, stage: str, word: str, quantity: int | None = None) -> bool:
    return any(s is not None and supplier in s and r is not None and recipient in r and st == stage and word in item
               and (quantity is None or q == quantity) for s, r, st, item, q in rows)


SOLICITED = [
    ("Latvia has asked South Korea for a price quote for 12 Tarvas howitzers.", ("Korea", "Latvia", "howitzers", 12)),
    ("Chile asked Sweden for a quotation for nine Orrvik patrol boats last spring.", ("Sweden", "Chile", "boats", 9)),
    ("Kenya has asked Italy for an estimate of 16 Veltro armoured vehicles, officials said.",
     ("Italy", "Kenya", "vehicles", 16)),
    ("Peru has asked Spain about two of the retiring Corsa-class frigates.", ("Spain", "Peru", "frigates", None)),
    ("Ghana asked France about 30 Lorme armoured vehicles.", ("France", "Ghana", "vehicles", 30)),
]


@pytest.mark.parametrize("text,want", SOLICITED)
def test_solicited_goods_are_requested(extractor, text: str, want: tuple[str, str, str, int | None]) -> None:  # noqa: ANN001
    supplier, recipient, word, quantity = want
    rows = _rows(extractor, text)
    assert _has(rows, supplier, recipient, "requested", word, quantity), rows


NOT_SOLICITED = [
    "Estonia asked Finland for a quotation for the repair of its port.",
    "Germany asked Chile for information on the fate of its envoy.",
    "Ghana asked France about the weather in Lyon.",
]


@pytest.mark.parametrize("text", NOT_SOLICITED)
def test_solicited_without_goods_gives_no_row(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


PROPOSALS = [
    ("Germany's proposal of 40 Zorak-K vehicles to Slovakia is under review.", ("Germany", "Slovakia", "vehicles", 40)),
    ("Slovakia is weighing a Turkish proposal for 20 Zorak-C vehicles.", ("Türkiye", "Slovakia", "vehicles", 20)),
    ("Norway's proposal of six Skarv patrol boats to Ghana was still on the table in May.",
     ("Norway", "Ghana", "boats", 6)),
]


@pytest.mark.parametrize("text,want", PROPOSALS)
def test_proposal_of_goods_is_an_offer(extractor, text: str, want: tuple[str, str, str, int | None]) -> None:  # noqa: ANN001
    supplier, recipient, word, quantity = want
    rows = _rows(extractor, text)
    assert _has(rows, supplier, recipient, "offered", word, quantity), rows


NOT_OFFERED = [
    "The Latvian air force issued a request for proposals for 24 Kestrel trainer aircraft.",
    "Chile rejected the proposal for a ceasefire.",
    "Parliament approved the government's budget proposal for 2026.",
]


@pytest.mark.parametrize("text", NOT_OFFERED)
def test_proposal_of_no_supplier_gives_no_offer(extractor, text: str) -> None:  # noqa: ANN001
    assert not any(st == "offered" for _, _, st, _, _ in _rows(extractor, text))


CONJOINED = [
    ("Ukrainian officials offered to overhaul Moldova's old Zorak-25 aircraft and to sell it 30 Varta armoured "
     "personnel carriers.", ("Ukraine", "Moldova", "offered", "carriers", 30)),
    ("Poland offered to train Ukrainian pilots and to send Kyiv 14 Zorak-4 tanks.",
     ("Poland", "Ukraine", "offered", "tanks", 14)),
    ("Chile agreed to train Peruvian crews and to sell Lima two Almirante-class frigates.",
     ("Chile", "Peru", "ordered", "frigates", 2)),
    ("Sweden refused to comment and said it had sold 12 Ostra howitzers to Chile.",
     ("Sweden", "Chile", "delivered", "howitzers", 12)),
]


@pytest.mark.parametrize("text,want", CONJOINED)
def test_conjoined_infinitive_takes_the_governor_stage(extractor, text: str,  # noqa: ANN001
                                                       want: tuple[str, str, str, str, int]) -> None:
    supplier, recipient, stage, word, quantity = want
    rows = _rows(extractor, text)
    assert _has(rows, supplier, recipient, stage, word, quantity), rows
    assert not any(st in ("ordered", "delivered") for _, _, st, item, _ in rows if word in item and st != stage), rows
