"""Requests in wire stories (twenty-seventh session, helper hC; frames/asked_parties.py, words.toml
[asked_buyers]):

- "X asked Y to buy N A": the parser's object control makes Y the buyer; when Y is the state that makes A (the
  designation's origin), X asked to buy A from Y, one requested row per item of the clause;
- "Y was asked by X for N A", "Y was asked for N A by X", "Y was asked by X to supply N A": the passive subject
  is asked and supplies, the "by" agent asks and receives.

Sentences written for these tests (invented people and places; combinations of states taken from no article)."""
from __future__ import annotations

import pytest

from _helpers import country_rows as _rows
from _helpers import has_country_row

ASKED_TO_BUY = [  # (text, supplier, recipient, item word, quantity)
    ("Chile asked Sweden in May to buy 12 JAS 39 Gripen fighters.", "SWE", "CHL", "Gripen", 12),
    ("Chile asked Sweden in May 2022 to buy 12 JAS 39 Gripen fighters.", "SWE", "CHL", "Gripen", 12),
    ("Colombia has formally asked France to buy 18 Rafale jets, with an option for six more, officials said.",
     "FRA", "COL", "Rafale", 18),
    ("Bogota asked Paris to buy 18 Rafale jets and 40 spare engines to keep them flying.", "FRA", "COL", "Rafale", 18),
    ("Bogota asked Paris to buy 18 Rafale jets and 40 spare engines to keep them flying.", "FRA", "COL", "engines", 40),
    ("Egypt's defence ministry asked South Korea last year to buy 24 K9 Thunder howitzers.",
     "KOR", "EGY", "K9", 24),
    ("Peru needs new guns. It asked Seoul in March to buy twenty-four K9 Thunder howitzers.",
     "KOR", "PER", "K9", 24),
    ("Norway, which retired its old tanks in 2019, asked Germany to buy 30 Leopard 2 tanks.", "DEU", "NOR", "Leopard", 30),
    ("Ghana may have asked Russia to buy six Su-30 fighters, a diplomat in Accra said.",
     "RUS", "GHA", "Su-30", 6),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), ASKED_TO_BUY)
def test_asked_the_maker_to_buy(extractor, text: str, sup: str, rec: str, word: str, qty: int) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, sup, rec, "requested", word, qty), rows
    assert not any(s == rec and r == sup for s, r, *_ in rows), rows  # never the reverse


NOT_ASKED_TO_BUY = [  # (text, supplier that must not appear, recipient that must not appear)
    "Chile asked Sweden to buy its copper.",
    "Chile asked reporters about the 12 JAS 39 Gripen fighters.",
    "LATAM asked France to buy 20 Airbus A320neo airliners.",
    "Kenya asked Sweden for patience over the delayed payments.",
]


@pytest.mark.parametrize("text", NOT_ASKED_TO_BUY)
def test_asked_without_a_request_for_arms(extractor, text: str) -> None:
    assert not [r for r in _rows(extractor, text) if r[2] == "requested"], _rows(extractor, text)


def test_maker_asking_is_not_the_buyer(extractor) -> None:
    """"Sweden asked Chile to buy Gripens": the asker makes them; Chile never sells them to Sweden."""
    rows = _rows(extractor, "Sweden asked Chile to buy 12 JAS 39 Gripen fighters.")
    assert not any(s == "CHL" and r == "SWE" for s, r, *_ in rows), rows


def test_asked_party_not_the_maker_keeps_no_asker_row(extractor) -> None:
    """"Ukraine asked Norway to buy Leopards": Norway does not make them, so Ukraine buys nothing from Norway."""
    rows = _rows(extractor, "Ukraine asked Norway to buy 30 Leopard 2 tanks.")
    assert not any(s == "NOR" and r == "UKR" for s, r, *_ in rows), rows


PASSIVE = [  # (text, supplier, recipient, item word, quantity)
    ("Brazil was asked for 12 Tucano aircraft by Norway.", "BRA", "NOR", "Tucano", 12),
    ("Brazil was asked by Norway for 12 Tucano aircraft.", "BRA", "NOR", "Tucano", 12),
    ("Brazil was asked by Norway to supply 12 Tucano aircraft.", "BRA", "NOR", "Tucano", 12),
    ("In March, Pretoria was asked by Nairobi to deliver six Rooivalk helicopters, officials said.",
     "ZAF", "KEN", "Rooivalk", 6),
    ("Sweden has been asked by Chile to sell it 12 JAS 39 Gripen fighters.", "SWE", "CHL", "Gripen", 12),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), PASSIVE)
def test_passive_asked(extractor, text: str, sup: str, rec: str, word: str, qty: int) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, sup, rec, "requested", word, qty), rows


@pytest.mark.parametrize("text", ["Brazil was asked by reporters about the 12 Tucano aircraft.",
                                  "Brazil was asked by Norway to buy its coffee."])
def test_passive_asked_without_a_request(extractor, text: str) -> None:
    assert not [r for r in _rows(extractor, text) if r[2] == "requested"], _rows(extractor, text)


CONSENT_WITHHELD = [  # (text, refuser, recipient, item word, quantity)
    ("Chile has asked Spain about buying 20 Eurofighter Typhoon jets. But Italy, a partner in the consortium, "
     "must sign off on every export, and officials said Rome would not give its consent.", "ITA", "CHL", "Eurofighter", 20),
    ("Peru asked Spain for four Avante corvettes last year. Madrid withheld its approval, two officials said.",
     "ESP", "PER", "corvettes", 4),
    ("Quito has requested six Tiburon patrol boats from Spain. Italy, which builds their engines, has refused its "
     "consent, according to a diplomat.", "ITA", "ECU", "patrol boats", 6),
    ("Brazil asked Pretoria to supply 30 Ratel vehicles. Pretoria did not grant its approval.", "ZAF", "BRA", "Ratel", 30),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), CONSENT_WITHHELD)
def test_consent_withheld_refuses_the_request(extractor, text: str, sup: str, rec: str, word: str, qty: int) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, sup, rec, "refused", word, qty), rows
    assert any(st == "requested" and r == rec for _, r, st, *_ in rows), rows  # the request stays


@pytest.mark.parametrize("text", [
    "Peru asked Spain for four Avante corvettes last year. Madrid gave its consent in May.",
    "Peru asked Spain for four Avante corvettes. The opposition gave its consent to the budget.",
    "The minister asked for patience. Parliament would not give its consent.",
])
def test_consent_not_withheld(extractor, text: str) -> None:
    assert not [r for r in _rows(extractor, text) if r[2] == "refused"], _rows(extractor, text)


def test_consent_to_a_named_sale_is_one_refusal(extractor) -> None:
    """"would not give its consent to the sale of the corvettes" names its own transfer: one refused row."""
    rows = _rows(extractor, "Peru asked Spain for four Avante corvettes last year. Madrid would not give its "
                            "consent to the sale of the corvettes.")
    assert len([r for r in rows if r[2] == "refused"]) == 1, rows


SUBMITTED = [  # (text, supplier, recipient, item word, quantity)
    ("A request for six patrol boats was submitted by Ecuador to Spain in March.", "ESP", "ECU", "patrol boats", 6),
    ("A request for 30 Ratel vehicles was sent to Pretoria by Brasilia last year, officials said.",
     "ZAF", "BRA", "Ratel", 30),
    ("Lima has, however, asked Seoul for help with its artillery. A request for 24 K9 Thunder howitzers was filed "
     "in June.", "KOR", "PER", "K9", 24),
    ("Quito has asked Madrid for help with coastal surveillance. In March a request for a coastal radar was "
     "submitted, a Spanish embassy official confirmed.", "ESP", "ECU", "radar", None),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word", "qty"), SUBMITTED)
def test_request_submitted(extractor, text: str, sup: str, rec: str, word: str, qty: int | None) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, sup, rec, "requested", word, qty), rows


@pytest.mark.parametrize("text", [
    "Quito has asked Madrid for patience over the debt. A request for a new loan was submitted in March.",
    "A request for six patrol boats was submitted in March.",
])
def test_request_submitted_without_parties(extractor, text: str) -> None:
    assert not [r for r in _rows(extractor, text) if r[2] == "requested" and r[1]], _rows(extractor, text)


def _wire(dateline: str, body: str) -> str:
    return f"Army keeps its fleet\n\n{dateline} (Reuters) - {body}\n"


HELD_BY_TOPIC = [  # (text, holder, asker, item word)
    (_wire("SOFIA, May 3, 2023", "Bulgaria has sent ten BTR-60 carriers to Ukraine. A ministry spokesman denied "
           "that its Mi-17 transport helicopters were part of the shipment. The Ukrainians want the helicopters too, "
           "and the Ukrainian capital asked for the helicopters as well, a deputy minister told reporters."), "BGR", "UKR", "helicopters"),
    (_wire("BRATISLAVA, June 9, 2022", "Slovakia handed its S-300 battery to Ukraine in April. A spokesman denied "
           "reports that the country's MiG-29 jets had also been sent. Kyiv has asked for the jets, a ministry "
           "official said."), "SVK", "UKR", "jets"),
]


@pytest.mark.parametrize(("text", "sup", "rec", "word"), HELD_BY_TOPIC)
def test_request_for_the_items_of_the_texts_state(extractor, text: str, sup: str, rec: str, word: str) -> None:
    rows = _rows(extractor, text)
    assert has_country_row(rows, sup, rec, "requested", word), rows
    assert not any(s == "RUS" and st == "requested" for s, _, st, *_ in rows), rows  # not the maker's guess


def test_request_for_new_items_keeps_the_maker(extractor) -> None:
    """"Kyiv has asked for Mi-17 helicopters" (no item told before): the maker's guess stays."""
    rows = _rows(extractor, _wire("SOFIA, May 3, 2023", "Bulgaria has sent ten BTR-60 carriers to Ukraine. Kyiv "
                                  "has asked for Mi-17 transport helicopters, a deputy minister told reporters."))
    assert not any(s == "BGR" and st == "requested" for s, _, st, *_ in rows), rows
