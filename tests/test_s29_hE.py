"""Offers, competitions and their counts (twenty-ninth session, helper hE):

- a number right after a word of a production series or standard ("14 Strix-4 Block 30 jets", "six Batch 2
  boats", "Flight 3 destroyers") is part of the model's name, never the count (`name_numbers.series_number`,
  cues.toml [items] series_words): the offered row keeps the count before the name;
- a bidder's design told through the system it derives from ("proposed a design derived from its Tarn corvette",
  "put forward a version of the Kestrel jet") offers that system (`contents.derived_from`, words.toml [items]
  derived_words and design_nouns; `tenders.names_no_item`).

Sentences written for these tests (invented models, firms and people; not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, object]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.name if t.supplier else None, t.recipient.name if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text(text).transfers]


def _has(rows: list[Row], supplier: str, recipient: str, stage: str, word: str, quantity: object = "any") -> bool:
    return any(s == supplier and r is not None and recipient in r and st == stage and word in item and
               (quantity == "any" or q == quantity) for s, r, st, item, q in rows)


JETS = "Uruguay weighs new fighter jets\n\n"
SHIPS = "Uruguay weighs new warships\n\n"

SERIES = [
    (JETS + "Industry sources said Sweden had offered 12 TA-50 Block 15 light combat aircraft, with pilot "
     "training in Sweden.", "Sweden", "aircraft", 12),
    (JETS + "Portugal has offered Uruguay 14 TA-50 Block 15 light combat aircraft, a minister said.", "Portugal",
     "aircraft", 14),
    (JETS + "According to diplomats, 14 TA-50 Block 15 light combat aircraft have been offered by Portugal.",
     "Portugal", "aircraft", 14),
    (JETS + "Portugal, which has offered 14 AT-6 Block 20 light attack aircraft, is seen as the favourite.",
     "Portugal", "AT-6", 14),
    (JETS + "Sweden had offered twelve TA-50 Block 15 light combat aircraft, diplomats said.", "Sweden", "aircraft",
     12),
    (JETS + "In March, Italy offered 16 TA-50 Block 10 light combat aircraft, while France pitched its Zephyr jet.",
     "Italy", "aircraft", 16),
    (JETS + "Karvell Aero, a Swedish firm, has offered ten Strix-4 Tranche 3 fighter jets, a spokesman said.",
     "Sweden", "Strix-4", 10),
    (SHIPS + "Spain has offered six Tarn Batch 2 patrol boats, according to the navy.", "Spain", "Tarn", 6),
    (SHIPS + "Britain has offered two Kestrel Flight 3 destroyers and a support ship.", "United Kingdom",
     "Kestrel", 2),
    (JETS + "Uruguay has held talks with Karvell Aero. The Swedish firm had offered 8 AT-6 Block 40 light attack "
     "aircraft, sources said.", "Sweden", "aircraft", 8),
    (SHIPS + "Germany may have offered four Orvel Lot 12 corvettes, diplomats said.", "Germany", "Orvel", 4),
]


@pytest.mark.parametrize(("text", "supplier", "word", "quantity"), SERIES)
def test_series_number_is_no_count(extractor, text: str, supplier: str, word: str, quantity: int) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, supplier, "Uruguay", "offered", "", quantity), rows
    assert not any(q in (20, 10, 3, 2, 40, 12) and q != quantity for *_, q in rows), rows


def test_series_word_not_before_number_keeps_count(extractor) -> None:  # noqa: ANN001
    """"the first batch of 12 jets": the number after "of" still counts."""
    rows = _rows(extractor, JETS + "France offered Uruguay a first batch of 12 Zephyr fighter jets.")
    assert _has(rows, "France", "Uruguay", "offered", "Zephyr", 12), rows


DESIGNS = [
    (SHIPS + "Sweden proposed a design derived from its Tarn corvette.", "Sweden", "Tarn corvette"),
    (SHIPS + "Sweden proposed a design based on the Tarn corvette, fitted with a Swedish combat system.", "Sweden",
     "Tarn corvette"),
    (SHIPS + "Italy offered a derivative of the Orvel frigate, officials said.", "Italy", "Orvel frigate"),
    (SHIPS + "France put forward a version of the Corvo corvette.", "France", "Corvo corvette"),
    (SHIPS + "In 2021 Spain had put forward a modified variant of its Kestrel patrol ship, to be partly built in Uruguay.",
     "Spain", "Kestrel patrol ship"),
    (SHIPS + "Germany offered the Orvel frigate, and Italy proposed a design developed from the Tarn corvette.",
     "Italy", "Tarn corvette"),
    (SHIPS + "A design derived from the Tarn corvette was proposed by Sweden.", "Sweden", "Tarn corvette"),
    (SHIPS + "The Netherlands, which has proposed a version based on its Orvel frigate, is seen as a favourite.",
     "Netherlands", "Orvel frigate"),
]


@pytest.mark.parametrize(("text", "supplier", "word"), DESIGNS)
def test_design_derived_from_system(extractor, text: str, supplier: str, word: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, supplier, "Uruguay", "offered", word), rows


@pytest.mark.parametrize("text", [
    SHIPS + "Sweden proposed a design for a new naval base.",
    SHIPS + "Sweden put forward a version of the treaty.",
    SHIPS + "The plan, based on a study of the Tarn coast, was proposed by Sweden.",
])
def test_design_without_system_gives_no_row(extractor, text: str) -> None:  # noqa: ANN001
    assert not _rows(extractor, text)


HANDED = "Uruguay gets its first jets\n\nPortugal has handed Uruguay two Vantor fighter jets. "

MORE_OF = [
    (HANDED + "A spokesman said Lisbon had now promised two more of the fighter jets next year, along with spare engines.",
     "jets", 2),
    (HANDED + "Lisbon has offered three more of the aircraft.", "aircraft", 3),
    (HANDED + "Next year, Portugal will offer 4 more of the fighter jets, officials said.", "jets", 4),
    (HANDED + "It has also pledged six more of the jets, according to the ministry.", "jets", 6),
    (HANDED + "Lisbon has promised twelve more of the Vantor jets.", "jets", 12),
    (HANDED + "Portugal, which has offered two more of the jets, will train the pilots.", "jets", 2),
    (HANDED + "Lisbon may have promised five more of the jets, diplomats said.", "jets", 5),
    (HANDED + "Two more of the jets have been promised by Lisbon, diplomats said.", "jets", 2),
]


@pytest.mark.parametrize(("text", "word", "quantity"), MORE_OF)
def test_more_of_counts_the_offer(extractor, text: str, word: str, quantity: int) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, "Portugal", "Uruguay", "offered", word, quantity), rows


def test_more_without_count_keeps_none(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, HANDED + "Lisbon has promised more of the jets.")
    assert not any(st == "offered" and q is not None for _, _, st, _, q in rows), rows


def test_negated_offer_of_more_is_negated(extractor) -> None:  # noqa: ANN001
    rows = [(t.stage, t.factuality, t.quantity) for t in extractor.extract_text(
        HANDED + "Lisbon has not promised two more of the fighter jets, a spokesman said.").transfers]
    assert ("offered", "negated", 2) in rows and ("offered", "asserted", 2) not in rows, rows


TRAINERS = "Uruguay weighs new trainer jets\n\n"

CONTENDERS = [
    (TRAINERS + "The shortlisted designs are the Strix-4 jet from Sweden, the Zephyr-2 jet offered by France, and "
     "the Italian Corvo jet.", [("Sweden", "Strix-4"), ("France", "Zephyr-2"), ("Italy", "Corvo")]),
    (TRAINERS + "The contenders are Sweden's Strix-4 jet and France's Zephyr-2 jet.",
     [("Sweden", "Strix-4"), ("France", "Zephyr-2")]),
    (TRAINERS + "The competing bids are the Strix-4 jet from Sweden and the Zephyr-2 jet from France.",
     [("Sweden", "Strix-4"), ("France", "Zephyr-2")]),
    (TRAINERS + "According to the notice, the finalists are the Swedish Strix-4 jet and the French Zephyr-2 jet.",
     [("Sweden", "Strix-4"), ("France", "Zephyr-2")]),
    (TRAINERS + "The rival offers were the Strix-4 jet from Sweden and the Zephyr-2 jet from France, officials said.",
     [("Sweden", "Strix-4"), ("France", "Zephyr-2")]),
    (TRAINERS + "In 2023, the two candidates were Sweden's Strix-4 trainer jets and Italy's Corvo trainer jets.",
     [("Sweden", "Strix-4"), ("Italy", "Corvo")]),
    (TRAINERS + "The shortlisted designs are said to be the Strix-4 jet from Sweden and the Corvo jet from Italy.",
     [("Sweden", "Strix-4"), ("Italy", "Corvo")]),
    (TRAINERS + "The air force said the contenders are Sweden's Strix-4 jet and Italy's Corvo jet.",
     [("Sweden", "Strix-4"), ("Italy", "Corvo")]),
]


@pytest.mark.parametrize(("text", "pairs"), CONTENDERS)
def test_listed_contenders_are_offered(extractor, text: str, pairs: list[tuple[str, str]]) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    for supplier, word in pairs:
        assert _has(rows, supplier, "Uruguay", "offered", word), (supplier, word, rows)


@pytest.mark.parametrize("text", [
    TRAINERS + "The competing bids are worth about $2 billion, officials said.",
    TRAINERS + "The main problems are the engines and the radar, officials said.",
    TRAINERS + "The contenders are not yet known.",
    TRAINERS + "Sources said the Swedish bid was the lowest but that Sweden's yards, which are also building Strix-4 "
    "jets for Chile, are busy.",
])
def test_contest_without_systems_gives_no_row(extractor, text: str) -> None:  # noqa: ANN001
    assert not [r for r in _rows(extractor, text) if r[2] == "offered"]


def test_contender_of_no_known_maker_takes_no_other_bidder(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, TRAINERS + "The shortlisted designs are the Strix-4 jet from Sweden and the Orvel jet.")
    assert _has(rows, "Sweden", "Uruguay", "offered", "Strix-4"), rows
    assert not any(s == "Sweden" and "Orvel" in item for s, _, _, item, _ in rows), rows
