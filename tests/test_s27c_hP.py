"""Session 27 (helper P): the stage of a deal as procurement copy words it.

- an offer a buyer weighs ("is weighing an offer of X from Y", "is considering an offer", "is studying an offer"):
  the offer is made (`offered`) to the one who weighs it; the verb of weighing is the buyer's, not the offer's
  stage (`frames/weighed_offers.offer_stands`); a bare "the offer" told before gives no row of its own;
- a deal noun with a reduced relative of signing ("an order for X placed by Y with Z", "the deal, signed by Y with
  Z,"): its agent and "with" party are the deal's, also when the deal is cancelled (`frames/passive_deals`);
- "exercised an option for N more X": an order (`governors.bound_nouns.option`); "with an option for N more"
  orders nothing of its own;
- "notified lawmakers of a possible sale of X to Y": offered (`frames/notified_sales.py`);
- "suspended the contract for 20 X with Y", "froze the deal for X with Y": refused, the "for" phrase on the verb
  is the deal's (`frames/nouns.py`);
- "is poised to receive/deliver X": still to come, as "is set to" (`governors.future` in predicates.toml).

Every sentence is written for these tests (invented models, firms and pairings; not taken from any article)."""
from __future__ import annotations

import pytest

Row = tuple[str | None, str | None, str, str, str, object]


def _rows(extractor, text: str) -> list[Row]:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.factuality, t.item.text, t.quantity) for t in extractor.extract_text(text).transfers]


def _has(rows: list[Row], s: str | None, r: str, stage: str, fact: str, word: str, q: object) -> bool:
    return any(x[0] == s and x[1] == r and x[2] == stage and x[3] == fact and word in x[4] and (q is None or x[5] == q)
               for x in rows)


@pytest.mark.parametrize(("text", "s", "r", "fact", "word", "q"), [
    ("Ghana is weighing an offer of six Karvell-7 patrol boats from Norway, diplomats said.",
     "NOR", "GHA", "asserted", "Karvell-7", 6),
    ("The Chilean navy is considering an offer from Spain of four Ostrava-9 corvettes.",
     "ESP", "CHL", "asserted", "Ostrava-9", 4),
    ("Officials in Accra said on Monday they were weighing a Brazilian offer of 12 trainer jets.",
     "BRA", "GHA", "asserted", "trainer jets", 12),
    ("Quito is studying an offer of 20 armoured vehicles from Ankara, the defence ministry said.",
     "TUR", "ECU", "asserted", "armoured vehicles", 20),
    ("Uruguay, which lost two patrol boats in a storm, is weighing an offer of three Karvell-7 boats from Portugal.",
     "PRT", "URY", "asserted", "Karvell-7", 3),
    ("Zambia is reportedly weighing an offer of 24 Ostrava-9 radars from Czechia.",
     "CZE", "ZMB", "asserted", "Ostrava-9", 24),
    ("Senegal is not considering an offer of four Karvell-7 boats from France, its navy chief said.",
     "FRA", "SEN", "asserted", "Karvell-7", 4),
    ("Lima is evaluating offers from Seoul and Madrid for ten Tarsis-3 helicopters.",
     "KOR", "PER", "asserted", "Tarsis-3", 10),
])
def test_weighed_offer_is_made(extractor, text: str, s: str, r: str, fact: str, word: str, q: int) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, s, r, "offered", fact, word, q), rows
    assert not any(x[0] == r for x in rows), rows  # the one who weighs it sells nothing


def test_bare_weighed_offer_adds_no_row(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Last May a Korean envoy proposed Tarsis-3 helicopters to Oman. The ambassador wrote that "
                            "the Omani side seemed to be weighing the offer and the loans that came with it.")
    assert {x[2] for x in rows} <= {"offered"}, rows
    assert not any(x[0] == "OMN" for x in rows), rows


@pytest.mark.parametrize("text", [
    "Peru weighed the pros and cons of the plan for weeks.",
    "The ministry is considering an offer of help from the Red Cross after the floods.",
    "Kenya is weighing an offer to host the regional summit next year.",
])
def test_weighed_offer_negatives(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


@pytest.mark.parametrize(("text", "s", "r", "stage", "word", "q"), [
    ("An order for six Karvell-7 patrol boats placed by Ghana with Norway was cancelled two years later.",
     "NOR", "GHA", "refused", "Karvell-7", 6),
    ("The deal for 24 armoured vehicles, signed by Quito with Ankara in 2015, was cancelled last year.",
     "TUR", "ECU", "refused", "armoured vehicles", 24),
    ("A contract for four Ostrava-9 radars signed by Lima with Prague was scrapped in 2020.",
     "CZE", "PER", "refused", "Ostrava-9", 4),
    ("In 2019, an order for ten Tarsis-3 helicopters placed by Oman with Italy was terminated.",
     "ITA", "OMN", "refused", "Tarsis-3", 10),
    ("The planned sale of ten Tarsis-3 helicopters to Senegal was cancelled by France.",
     "FRA", "SEN", "refused", "Tarsis-3", 10),
    ("Uruguay cancelled the order for three Karvell-7 boats from Portugal.",
     "PRT", "URY", "refused", "Karvell-7", 3),
    ("Peru's contract for four Ostrava-9 radars from Czechia was scrapped after the election.",
     "CZE", "PER", "refused", "Ostrava-9", 4),
    ("An order for eight trainer jets placed by Zambia with Brazil in 2012 is still open.",
     "BRA", "ZMB", "ordered", "trainer jets", 8),
])
def test_reduced_signing_names_deal_parties(extractor, text: str, s: str, r: str, stage: str, word: str,
                                            q: int) -> None:  # noqa: ANN001
    assert _has(_rows(extractor, text), s, r, stage, "asserted", word, q), _rows(extractor, text)


@pytest.mark.parametrize("text", [
    "The concert in Lima was cancelled because of the storm.",
    "The flight to Accra, booked by the minister, was cancelled on Monday.",
])
def test_cancelled_negatives(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


@pytest.mark.parametrize(("text", "s", "r", "fact", "word", "q"), [
    ("Ghana has exercised an option for four more Karvell-7 patrol boats from Norway, the shipyard said.",
     "NOR", "GHA", "asserted", "Karvell-7", 4),
    ("In March, Quito exercised an option for two additional Tarsis-3 helicopters from Italy.",
     "ITA", "ECU", "asserted", "Tarsis-3", 2),
    ("The Omani defence ministry said it had exercised an option for six Ostrava-9 radars from Czechia.",
     "CZE", "OMN", "asserted", "Ostrava-9", 6),
    ("Lima has exercised its option for 12 more trainer jets from Brazil, the air force said.",
     "BRA", "PER", "asserted", "trainer jets", 12),
    ("Senegal has not exercised the option for two more Ostrava-9 radars from France.",
     "FRA", "SEN", "negated", "Ostrava-9", 2),
])
def test_exercised_option_is_an_order(extractor, text: str, s: str, r: str, fact: str, word: str,
                                      q: int) -> None:  # noqa: ANN001
    assert _has(_rows(extractor, text), s, r, "ordered", fact, word, q), _rows(extractor, text)


def test_option_alone_orders_nothing_more(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Peru ordered 12 Tarsis-3 helicopters from Italy in 2019, with an option for three more.")
    assert _has(rows, "ITA", "PER", "ordered", "asserted", "Tarsis-3", 12), rows
    assert not any(x[5] == 3 for x in rows), rows


@pytest.mark.parametrize("text", [
    "The contract with Spain includes an option for six further Karvell-7 corvettes.",
    "Lima has the option of buying more helicopters later.",
    "Voters exercised their option to stay at home.",
])
def test_option_negatives(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


@pytest.mark.parametrize(("text", "s", "r", "word", "q"), [
    ("The Korean government notified lawmakers of a possible sale of eight Tarsis-3 helicopters to Peru.",
     "KOR", "PER", "Tarsis-3", 8),
    ("The State Department on Friday notified Congress of the proposed sale of 12 Ostrava-9 radars to Ghana.",
     "USA", "GHA", "Ostrava-9", 12),
    ("Washington notified Congress of a possible $2 billion sale of 36 trainer jets to Kenya.",
     "USA", "KEN", "trainer jets", 36),
    ("On Friday, Paris informed parliament of the planned sale of four Karvell-7 corvettes to Oman.",
     "FRA", "OMN", "Karvell-7", 4),
    ("Madrid, which faces an election in May, notified MPs of the sale of six Ostrava-9 radars to Chile.",
     "ESP", "CHL", "Ostrava-9", 6),
])
def test_sale_notified_to_legislature_is_offered(extractor, text: str, s: str, r: str, word: str,
                                                  q: int) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, s, r, "offered", "asserted", word, q), rows
    assert not any(x[2] in ("ordered", "delivered") for x in rows), rows


def test_notified_delivery_to_committee_stays(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Belgium notified the UN sanctions committee of its delivery of 450 rifles to Zambia.")
    assert _has(rows, "BEL", "ZMB", "delivered", "asserted", "rifles", 450), rows


@pytest.mark.parametrize("text", [
    "The minister notified lawmakers of her resignation on Monday.",
    "Congress was informed of the budget shortfall in May.",
])
def test_notified_negatives(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


@pytest.mark.parametrize(("text", "s", "r", "word", "q"), [
    ("Kenya suspended the contract for 20 armoured vehicles with Turkey after the audit.",
     "TUR", "KEN", "armoured vehicles", 20),
    ("Oman froze the deal for four Ostrava-9 radars with Czechia.", "CZE", "OMN", "Ostrava-9", 4),
    ("In May, Lima halted the purchase agreement for 12 Tarsis-3 helicopters with Italy, the ministry said.",
     "ITA", "PER", "Tarsis-3", 12),
    ("The new government in Accra has frozen its contract for six Karvell-7 boats with Norway.",
     "NOR", "GHA", "Karvell-7", 6),
    ("Chile suspended the deal for ten trainer jets with Brazil pending an inquiry.", "BRA", "CHL", "trainer jets", 10),
])
def test_deal_frozen_by_its_buyer(extractor, text: str, s: str, r: str, word: str, q: int) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, s, r, "refused", "asserted", word, q), rows


@pytest.mark.parametrize("text", [
    "Peru froze the contract for the new stadium with a Spanish builder.",
    "Kenya suspended the contract for road repairs with a Turkish firm.",
])
def test_frozen_deal_negatives(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


@pytest.mark.parametrize(("text", "s", "r", "stage", "word", "q"), [
    ("Peru is poised to receive 12 Tarsis-3 helicopters from Italy next year.", "ITA", "PER", "ordered", "Tarsis-3", 12),
    ("Italy is poised to deliver 12 Tarsis-3 helicopters to Peru.", "ITA", "PER", "offered", "Tarsis-3", 12),
    ("Ghana, which lost two boats last year, is poised to take delivery of six Karvell-7 boats from Norway.",
     "NOR", "GHA", "ordered", "Karvell-7", 6),
    ("Brazil is poised to send eight trainer jets to Zambia, officials said.", "BRA", "ZMB", "offered", "trainer jets", 8),
])
def test_poised_is_still_to_come(extractor, text: str, s: str, r: str, stage: str, word: str,
                                 q: int) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert _has(rows, s, r, stage, "asserted", word, q), rows
    assert not any(x[2] == "delivered" for x in rows), rows


def test_poised_negative(extractor) -> None:  # noqa: ANN001
    assert _rows(extractor, "The army is poised to launch an offensive near the border.") == []
