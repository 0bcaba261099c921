"""Session 22 (helper pA): parties the context must not fill.

- a transfer sent "abroad" or "overseas", or bought "from abroad", names no state in particular for that role: no
  party of the sentences before fills it (`frames/unnamed_parties.abroad`, words.toml [arguments] `abroad_adverbs`);
- "X also delivered C" after another supplier's deal told in between takes the recipient of X's own latest telling,
  not the last one told (`discourse._last_recipient`);
- a definite deal noun for a designated system ("The deal for the A") borrows no parties from the row just before
  when that row's supplier is another state than the system's maker (`definite_rows.definite_borrow`).

Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest

LEAD = "Norway sold four Karvell patrol boats to Ghana in 2019. "


def _rows(extractor, text: str) -> list[tuple[str | None, str | None, str]]:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.item.text)
            for t in extractor.extract_text(text).transfers]


@pytest.mark.parametrize(("text", "word", "role"), [
    ("Sweden has never sold its Ostrava-9 radar abroad.", "Ostrava", "recipient"),
    ("Sweden has agreed to ship finished combat vehicles abroad for the first time.", "vehicles", "recipient"),
    ("Last year Sweden exported 30 Ostrava-9 radars overseas, the ministry said.", "Ostrava", "recipient"),
    ("In 2021 the Swedish government sold twelve Ostrava-9 radars overseas.", "Ostrava", "recipient"),
    ("Sweden, which has never exported tanks abroad, said it would not do so.", "tanks", "recipient"),
    ("Ghana also bought ten Tarvik trucks from abroad, officials said.", "trucks", "supplier"),
    ("Ghana's army, however, has bought most of its Tarvik rifles from abroad.", "rifles", "supplier"),
    ("Stockholm may export two Ostrava-9 radars overseas next year, a minister said.", "Ostrava", "recipient"),
])
def test_abroad_takes_no_party_from_context(extractor, text: str, word: str, role: str) -> None:  # noqa: ANN001
    for sup, rec, item in _rows(extractor, LEAD + text):
        if word in item:
            assert not (role == "recipient" and rec == "GHA"), (sup, rec, item)
            assert not (role == "supplier" and sup == "NOR"), (sup, rec, item)


@pytest.mark.parametrize(("text", "sup", "rec", "word"), [
    ("Norway also delivered two radars.", "NOR", "GHA", "radars"),
    ("Sweden delivered two Ostrava-9 radars to Ghana, which buys most of its arms abroad.", "SWE", "GHA", "Ostrava"),
    ("Sweden, which rarely sells weapons overseas, delivered two radars to Ghana.", "SWE", "GHA", "radars"),
])
def test_named_parties_stay(extractor, text: str, sup: str, rec: str, word: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, LEAD + text)
    assert any(s == sup and r == rec and word in item for s, r, item in rows), rows


def test_lead_row_kept(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, LEAD + "Sweden has never sold its Ostrava-9 radar abroad.")
    assert ("NOR", "GHA", "Karvell patrol boats") in rows


MID = "Spain sold four Karvell patrol boats to Chile in 2019. Italy delivered two radars to Peru. "


@pytest.mark.parametrize(("text", "word"), [
    ("Spain also handed over two trucks.", "trucks"),
    ("Madrid also supplied six Tarvik trucks, the ministry said.", "trucks"),
    ("Last year Spain also delivered 12 trucks.", "trucks"),
    ("The Spanish government, which also trains pilots, also sent ten trucks.", "trucks"),
    ("Spain has also sold three Ostrava-9 radars, officials said.", "Ostrava"),
    ("Spain will also deliver two trucks.", "trucks"),
    ("Spain too shipped two trucks.", "trucks"),
])
def test_also_continues_own_deal(extractor, text: str, word: str) -> None:  # noqa: ANN001
    rows = [r for r in _rows(extractor, MID + text) if word in r[2]]
    assert rows and all(r[:2] == ("ESP", "CHL") for r in rows), rows


def test_also_pronoun_keeps_last_supplier(extractor) -> None:  # noqa: ANN001
    rows = [r for r in _rows(extractor, MID + "It also handed over two trucks.") if "trucks" in r[2]]
    assert rows and all(r[:2] == ("ITA", "PER") for r in rows), rows
    assert not any(r[:2] == ("ESP", "PER") for r in _rows(extractor, MID + "Spain also handed over two trucks."))


@pytest.mark.parametrize("text", [
    "The deal for the Gripens was signed a year later.",
    "That contract for Gripen fighters followed in 2021.",
    "The order for six Leopard 2 tanks came next, officials said.",
    "This purchase of K9 howitzers, however, has stalled.",
    "The sale of the Gripens, by contrast, took three years.",
    "The agreement for twelve Gripen jets was not signed.",
    "Bogota said the deal for the K9 howitzers was worth $90 million.",
    "The contract for 30 Leopard 2 tanks, worth $1 billion, was signed in May.",
])
def test_deal_noun_of_another_maker_borrows_nothing(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Colombia bought 40 trucks from Austria in 2020. " + text)
    assert ("AUT", "COL", "trucks") in rows
    assert not any(s == "AUT" and "trucks" not in item for s, _, item in rows), rows


@pytest.mark.parametrize(("lead", "text", "sup", "word"), [
    ("Colombia bought 40 trucks from Sweden in 2020. ", "The deal for the Gripens was signed a year later.", "SWE",
     "Gripen"),
    ("Colombia bought 40 trucks from Germany in 2020. ",
     "The contract for 30 Leopard 2 tanks, worth $1 billion, was signed in May.", "DEU", "Leopard"),
])
def test_deal_noun_of_same_maker_borrows(extractor, lead: str, text: str, sup: str, word: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, lead + text)
    assert any(s == sup and r == "COL" and word in item for s, r, item in rows), rows
