"""Deal verbs of everyday reporting (issue 12): a purchase pursued "in talks" is weighed, not made; a
government "clearing" a sale offers it, and "clear" over anything but a sale is no row. Every sentence
is written for these tests."""
from __future__ import annotations


def _got(extractor, text: str) -> set[tuple[str | None, str | None, str]]:  # noqa: ANN001
    rows = extractor.extract_text(text, published="2024-03-01").transfers
    return {(t.supplier.id if t.supplier else None, t.recipient.id if t.recipient else None, t.stage) for t in rows}


def test_a_purchase_pursued_in_talks_is_considered(extractor):
    assert _got(extractor, "Vietnam is in talks with India to buy BrahMos missiles.") == {("IND", "VNM", "considered")}
    assert _got(extractor, "Manila is in advanced negotiations with Seoul to acquire two more corvettes.") == \
        {("KOR", "PHL", "considered")}


def test_a_place_is_no_talks(extractor):
    assert _got(extractor, "Peru is in Lima to buy 12 KT-1 trainers from South Korea.") == {("KOR", "PER", "ordered")}


def test_clearing_a_sale_offers_it(extractor):
    assert _got(extractor, "Washington cleared the sale of 40 Stinger missiles to Estonia.") == {("USA", "EST", "offered")}
    assert _got(extractor, "Paris has cleared the export of six Caesar howitzers to Ghana.") == {("FRA", "GHA", "offered")}


def test_clearing_anything_but_a_sale_is_no_row(extractor):
    assert _got(extractor, "The freighter carrying 30 tanks for Georgia cleared customs in Poti.") == set()
    assert _got(extractor, "The frigate cleared the Suez Canal with 20 helicopters aboard.") == set()
    assert _got(extractor, "Troops cleared the village of weapons left by the rebels.") == set()
