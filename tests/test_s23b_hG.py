"""Stages of rows whose parties and items are right (twenty-third session, round b, helper hG):

- a delivery that a party is asked or urged to hurry ("Y asked X to speed up delivery of Z") is of an order
  already made: ordered, not a purchase still weighed (frames/nouns.py `_still_pursued`, after `postponed`);
- a request sent, submitted or handed to a supplier ("Y sent a request to X for Z") is a request from Y to X,
  not a shipment from Y (words.toml [sent_requests], frames/checks.py; the request noun keeps the support
  verb's "to"/"for" phrases, frames/nouns.py).

Sentences written for these tests (invented firms and models; not taken from any article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row as _has

Rows = list[tuple[str | None, str | None, str, str, object]]


HURRIED = [
    ("The Kenyan government has asked Spain to speed up the delivery of more Ostrava-9 radars, two officials say.",
     "ESP", "KEN", "Ostrava-9", None),
    ("Nairobi urged Madrid to expedite the delivery of 12 Ostrava-9 radars.", "ESP", "KEN", "Ostrava-9", 12),
    ("In its written answer, the ministry said Peru had asked Italy to accelerate deliveries of the Kestrel-2 drones.",
     "ITA", "PER", "Kestrel-2", None),
    ("Lima has pressed Rome to hasten the delivery of six Kestrel-2 drones and two Varden-7 radars.",
     "ITA", "PER", "Kestrel-2", 6),
    ("Lima has pressed Rome to hasten the delivery of six Kestrel-2 drones and two Varden-7 radars.",
     "ITA", "PER", "Varden-7", 2),
    ("Officials said Peru, which is short of aircraft, asked Italy to speed up the delivery of the remaining eight "
     "Kestrel-2 jets.", "ITA", "PER", "Kestrel-2", 8),
    ("13:05 - Ghana has urged Brazil to speed up deliveries of the Talvik-3 patrol boats, a navy spokesman said.",
     "BRA", "GHA", "Talvik-3", None),
    ("Ghana asked Brazil to expedite the delivery of four Varden-7 radars.", "BRA", "GHA", "Varden-7", 4),
]


@pytest.mark.parametrize("text,sup,rec,word,qty", HURRIED)
def test_hurried_delivery_is_an_order(extractor, text: str, sup: str, rec: str, word: str,  # noqa: ANN001
                                      qty: int | None) -> None:
    rows = _rows(extractor, "Report\n\n" + text)
    assert _has(rows, sup, rec, "ordered", word, qty), rows
    assert not any(st == "considered" for _, _, st, _, _ in rows), rows


@pytest.mark.parametrize("text", [
    "Peru asked Italy to speed up the paperwork.",
    "Ghana urged Brazil to speed up talks on a new trade agreement.",
])
def test_hurried_non_materiel_gives_no_row(extractor, text: str) -> None:  # noqa: ANN001
    assert _rows(extractor, "Report\n\n" + text) == []


def test_pursued_purchase_stays_weighed(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Report\n\nPeru is seeking to conclude the purchase of Kestrel-2 drones from Italy.")
    assert _has(rows, "ITA", "PER", "considered", "Kestrel-2"), rows


REQUESTS = [
    ("Kenya has sent a request to Spain for Ostrava-9 radars.", "ESP", "KEN", "Ostrava-9", None),
    ("Kenya has sent a request for Ostrava-9 radars to Spain.", "ESP", "KEN", "Ostrava-9", None),
    ("Kenya has submitted a request to Spain for Ostrava-9 radars.", "ESP", "KEN", "Ostrava-9", None),
    ("The Kenyan defence ministry submitted a request for 40 Ostrava rifles to Madrid in May.",
     "ESP", "KEN", "Ostrava", 40),
    ("According to the cable, Ghana had sent a formal request to Brazil for six Talvik-3 patrol boats.",
     "BRA", "GHA", "Talvik-3", 6),
    ("In 2019 the Ghanaian government submitted a request to Brazil for two Talvik-3 patrol boats, an official said.",
     "BRA", "GHA", "Talvik-3", 2),
    ("Peru, which lost two aircraft last year, has sent a request to Italy for 12 Kestrel-2 jets.",
     "ITA", "PER", "Kestrel-2", 12),
    ("Peru has lodged a request to Italy for ten Kestrel-2 drones.", "ITA", "PER", "Kestrel-2", 10),
]


@pytest.mark.parametrize("text,sup,rec,word,qty", REQUESTS)
def test_sent_request_is_a_request(extractor, text: str, sup: str, rec: str, word: str,  # noqa: ANN001
                                   qty: int | None) -> None:
    rows = _rows(extractor, "Report\n\n" + text)
    assert _has(rows, sup, rec, "requested", word, qty), rows
    assert not any(st == "delivered" for _, _, st, _, _ in rows), rows


@pytest.mark.parametrize("text", [
    "Kenya has not sent any request to Spain for Ostrava-9 radars.",
    "Kenya sent a request to Spain for an explanation of the delay.",
    "The request for 40 Ostrava rifles was delivered to the Spanish embassy in May.",
])
def test_sent_request_ships_nothing(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Report\n\n" + text)
    assert not any(st == "delivered" for _, _, st, _, _ in rows), rows


def test_real_shipment_still_delivered(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Report\n\nSpain sent six Ostrava-9 radars to Kenya.")
    assert _has(rows, "ESP", "KEN", "delivered", "Ostrava-9", 6), rows


BATCHES = [
    ("Spain said it would transfer 10 Varden-7 radars to Peru from its own stocks. An earlier batch of four was "
     "handed over in 2018.", "ESP", "PER", 4),
    ("Spain will send 10 Varden-7 radars to Peru. A first batch of four was delivered in 2018.", "ESP", "PER", 4),
    ("Italy ordered 24 Kestrel-2 jets from Brazil in 2015. A batch of six arrived in Naples in 2017.",
     "BRA", "ITA", 6),
    ("Brazil sold 24 Kestrel-2 jets to Italy. In 2017, a second batch of eight was delivered, the ministry said.",
     "BRA", "ITA", 8),
    ("Ghana bought 12 Talvik-3 patrol boats from Brazil. Brazil delivered a batch of three in May.",
     "BRA", "GHA", 3),
    ("Kenya has ordered 40 Ostrava-9 trucks from Spain. A final tranche of ten was shipped last week.",
     "ESP", "KEN", 10),
    ("14:20 - Spain will supply 20 Varden-7 radars to Peru. An initial batch of five has been delivered, "
     "Lima says.", "ESP", "PER", 5),
    ("Peru received 18 Kestrel-2 drones from Italy, officials said. A further batch of two was delivered in March.",
     "ITA", "PER", 2),
]


@pytest.mark.parametrize("text,sup,rec,qty", BATCHES)
def test_batch_of_a_number_is_a_delivery_of_it(extractor, text: str, sup: str, rec: str,  # noqa: ANN001
                                                qty: int) -> None:
    rows = _rows(extractor, "Report\n\n" + text)
    assert any(s == sup and r == rec and st == "delivered" and q == qty for s, r, st, _, q in rows), rows


@pytest.mark.parametrize("text", [
    "Spain will send 10 Varden-7 radars to Peru. A batch of $4 million in aid was delivered.",
    "A batch of six was delivered in 2018.",
])
def test_batch_without_count_or_antecedent(extractor, text: str) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Report\n\n" + text)
    assert not any(st == "delivered" and q is not None and q != 6 for _, _, st, _, q in rows), rows
    assert not any(s is not None and r is not None and st == "delivered" for s, r, st, _, _ in rows
                   if text.startswith("A batch")), rows
