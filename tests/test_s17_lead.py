"""Session 17 (lead): constructions of government releases and delivery reports that gave no row or a wrong one.

- a message noun modifying the item is no message: "six multi-mission response vessels" is an item, unlike "sent its
  response to parliament" (`frames/checks._sends_message`);
- an ordinal before the count of a designated system keeps the count: "the last three Leopard 2A7 tanks"
  (`mentions/items._quantity`);
- a value's "in" phrase holds the recipient: "$15 million in security assistance to X, including six boats"
  (`frames/arguments._container_parties`);
- a reduced relative on a list member is that member's own: "..., B bought from X in 2015, and the first of the new
  C": X does not supply the C (`frames/objects.py`);
- the parser's split of a paragraph's first word from the next ("Lockheed | Martin Rotary ... is awarded")
  is no sentence (`recognizers.paragraphs`).

Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest


def _rows(extractor, text: str) -> list[tuple[str | None, str | None, str, int | None]]:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.quantity) for t in extractor.extract_text(text).transfers]


@pytest.mark.parametrize(("text", "want"), [
    ("Spain will hand over eight rapid response boats to the Senegalese Navy.", ("ESP", "SEN", 8)),
    ("South Korea will provide six multi-mission response vessels to the Vietnamese Navy.", ("KOR", "VNM", 6)),
])
def test_message_word_modifying_an_item(extractor, text: str, want: tuple[str, str, int]) -> None:  # noqa: ANN001
    assert want in {(s, r, q) for s, r, _, q in _rows(extractor, text)}


@pytest.mark.parametrize("text", [
    "The ministry sent its response to the parliament on Tuesday.",
    "Italy delivered a briefing note to the Albanian defence ministry.",
])
def test_messages_stay_no_rows(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


@pytest.mark.parametrize(("text", "want"), [
    ("The last three Leopard 2A7 tanks were handed over to Hungary by Germany in June.", ("DEU", "HUN", 3)),
    ("Germany handed the final two Leopard 2A8 tanks to Lithuania in March.", ("DEU", "LTU", 2)),
])
def test_ordinal_before_a_designated_count(extractor, text: str, want: tuple[str, str, int]) -> None:  # noqa: ANN001
    assert want in {(s, r, q) for s, r, _, q in _rows(extractor, text)}


@pytest.mark.parametrize(("text", "want"), [
    ("Canada provided C$50 million in non-lethal aid to Jordan, including 30 armoured trucks.", ("CAN", "JOR", 30)),
    ("Since 2018 Japan has given $12 million in maritime security assistance to Sri Lanka, including four patrol "
     "boats.", ("JPN", "LKA", 4)),
])
def test_recipient_inside_a_value(extractor, text: str, want: tuple[str, str, int]) -> None:  # noqa: ANN001
    assert want in {(s, r, q) for s, r, _, q in _rows(extractor, text)}


def test_first_word_of_a_paragraph_is_no_sentence(extractor) -> None:  # noqa: ANN001
    text = ("NAVY\n\nBoeing Defense and Space Systems, Arlington, Virginia, is awarded a firm-fixed-price contract "
            "for six P-8A aircraft for the government of Canada.")
    doc = extractor.nlp(text)
    starts = [t.text for t in doc if t.is_sent_start]
    assert "Defense" not in starts and "Boeing" in starts


def test_participle_on_a_list_member_is_its_own(extractor) -> None:  # noqa: ANN001
    text = ("Colombia marked the 200th anniversary of its army on Sunday with a parade featuring recently acquired "
            "equipment, including Israeli-made Spike missiles, Black Hawk helicopters bought from the United States in "
            "2015, and the first of the air force's new Spanish-built transport aircraft.")
    rows = [(t.supplier.country if t.supplier else None, t.item.text) for t in extractor.extract_text(text).transfers]
    assert ("USA", "Black Hawk helicopters") in rows
    assert not any(s == "USA" and "transport" in item for s, item in rows)
