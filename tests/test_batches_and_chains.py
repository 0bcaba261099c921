"""Batches and swaps (issue 12): "took delivery of the second of six frigates" is one delivered and an
order for the six ("the last of six" stays six delivered: it completes them); a relative clause that only
judges the item ("the jets it deems obsolete") neither is a transfer of its own nor keeps the recipient
("to X") and the counter-item ("in exchange for Y") the parse hangs on it; a plural relative clause on a
singular maker ("shells made by the firm X, which were sold to Y") stands for the items the maker made; a
bare batch noun ("match a batch that X delivered to Y") stands for the designated system named before.
Every sentence is written for these tests."""
from __future__ import annotations


def _rows(extractor, text: str) -> set[tuple[str | None, str | None, str, int | float | None]]:  # noqa: ANN001
    """(supplier, recipient, stage, quantity) of each row, a party as its state (its country)."""
    rows = extractor.extract_text(text, published="2024-03-01").transfers
    return {(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.quantity) for t in rows}


def test_the_second_of_a_counted_batch_is_one_delivered_of_an_order_for_the_whole(extractor):
    got = _rows(extractor, "The Nigerian Navy took delivery of the second of four fast attack craft from Turkey.")
    assert ("TUR", "NGA", "delivered", 1) in got
    assert ("TUR", "NGA", "ordered", 4) in got


def test_the_third_of_a_counted_batch_received_says_the_whole_was_ordered(extractor):
    got = _rows(extractor, "The Estonian army received the third of 12 K9 howitzers from South Korea on Tuesday.")
    assert got == {("KOR", "EST", "delivered", 1), ("KOR", "EST", "ordered", 12)}
    uncounted = _rows(extractor, "The Estonian army received the first of the K9 howitzers from South Korea on Tuesday.")
    assert {r[2] for r in uncounted} == {"delivered"}  # no count of the whole: no order read


def test_a_recipient_after_a_judging_relative_clause_belongs_to_the_transfer(extractor):
    assert _rows(extractor, "Poland delivered the T-72 tanks it deemed surplus to Ukraine last year.") == \
        {("POL", "UKR", "delivered", None)}


def test_a_swap_after_a_judging_relative_clause_moves_the_counter_item_the_other_way(extractor):
    got = _rows(extractor, "Peru said it would give the old helicopters it considers obsolete to Canada in exchange "
                           "for new Canadian armoured vehicles.")
    assert got == {("PER", "CAN", "offered", None), ("CAN", "PER", "offered", None)}


def test_a_predicate_introduced_by_as_is_judged_too(extractor):
    got = _rows(extractor, "Argentina will send the Mirage jets it regards as obsolete to Uruguay in return for "
                           "Uruguayan patrol boats.")
    assert got == {("ARG", "URY", "offered", None), ("URY", "ARG", "offered", None)}


def test_a_plural_relative_clause_on_a_maker_stands_for_the_items_it_made(extractor):
    got = _rows(extractor, "Investigators found artillery shells made by the Czech company Excalibur Army, which "
                           "were sold to Ukraine in 2023.")
    assert got == {("CZE", "UKR", "delivered", None)}
    items = {t.item.text for t in extractor.extract_text(
        "The team photographed rockets produced by the Iranian firm Shahid Bagheri, which were shipped to the "
        "Houthis last year.", published="2024-03-01").transfers}
    assert items == {"rockets"}


def test_a_bare_batch_stands_for_the_designated_system_named_before(extractor):
    rows = extractor.extract_text("Markings on the recovered Kornet missiles match a batch that Russia delivered to "
                                  "Syria in 2015.", published="2024-03-01").transfers
    assert [(t.supplier.country, t.recipient.country, t.stage, t.item.designation, t.quantity) for t in rows] == \
        [("RUS", "SYR", "delivered", "9M133 Kornet", None)]
    assert _rows(extractor, "Markings on the recovered missiles match a batch that Russia delivered to Syria in "
                            "2015.") == set()  # no designated system before it: no row
