"""Requests with no row near them (thirty-fourth session, helper none):

- a request "for" a carrier noun whose own phrase names the goods by a system's name before a head noun the
  gazetteer does not take alone ("asked X for a price for one K-5 transport", "a quote for two Falko fighters"):
  the named system is the requested item (`frames/solicited._named_goods`); a carrier phrase that names no system
  and no weapon noun ("a price for its coffee exports") gives no row;
- a request for the handing back or over of goods the asked party holds ("asked X for the return of 300 rifles",
  "for the release of the impounded howitzers"): the goods are requested from X (words.toml [solicited] carriers);
  the return of people or of money is no row;
- a participle of transfer set off by a comma after the maker's phrase of an item ("grenades made by X's Y, sold to
  Z in 2009"), which the parser hangs on the maker: it is the item's (`maker_participles.py`, a parse repair), so
  the item is sold to Z and the maker is no buyer; a maker's phrase followed by a description, not a participle of
  transfer, gives no delivery;
- a past participle of giving with a "by" phrase that trails (or opens) a clause of receiving and that the parser
  hangs on its verb ("the X navy received two boats in 2012, supplied by Y under a 2008 agreement", "reached Z in
  May, donated by Y"): the "by" party supplies the clause's items (`frames/trailing_agents.py`); a participle of
  paying or watching ("paid for by", "watched by") names no supplier.

Sentences written for these tests (invented systems, places and people; not taken from any article)."""
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
    ("Peru has asked Airbus for an offer for one C295 transport, officials said.", "Airbus", "Peru", "C295", 1),
    ("Ghana asked France for a price for four Rafale fighters last year.", "France", "Ghana", "Rafale", 4),
    ("The Chilean air force has asked Embraer for prices for two C-390 transports.", "Brazil", "Chile", "C-390", 2),
    ("Peru asked Chile for the return of 300 rifles seized at the border in 2019.", "Chile", "Peru", "rifles", 300),
    ("The government of Ghana has asked Norway for the release of the 12 howitzers impounded in Oslo.", "Norway",
     "Ghana", "howitzers", 12),
    ("Bolivia has formally asked Argentina for the handover of 40 mortars held since 2015.", "Argentina", "Bolivia",
     "mortars", 40),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), SOLICITED)
def test_goods_of_a_solicited_carrier_are_requested(extractor, text: str, supplier: str, recipient: str,  # noqa: ANN001
                                                    word: str, quantity: int) -> None:
    rows = _rows(extractor, text)
    assert _has(rows, supplier, recipient, "requested", word, quantity), rows


NO_ROWS = [
    "Peru has asked Chile for a price for its coffee exports.",
    "Ghana asked Norway for the return of two fishermen detained at sea.",
    "Bolivia has asked Argentina for the release of the funds frozen in 2019.",
    "Peru asked Chile for the return of the money paid in advance.",
]


@pytest.mark.parametrize("text", NO_ROWS)
def test_no_row_for_a_carrier_of_no_goods(extractor, text: str) -> None:  # noqa: ANN001
    assert not _rows(extractor, text), text


MAKER_PARTICIPLES = [
    ("Grenades made by Ruritania's Karvell Arms, sold to Peru's army in 2011, were found at three crime scenes.",
     "Ruritania", "Peru", "Grenades"),
    ("Mortar bombs produced by Chile's FAMAE, exported to Bolivia in 2016, were later found with smugglers.",
     "Chile", "Bolivia", "Mortar bombs"),
    ("Investigators said rifles manufactured by Serbia's Zastava, supplied to Ghana's police in 2014, were seized in "
     "the raid.", "Serbia", "Ghana", "rifles"),
    ("Pistols made in Turkey, sold to the Peruvian army in 2018, were among the weapons recovered.", "Türkiye", "Peru",
     "Pistols"),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word"), MAKER_PARTICIPLES)
def test_a_participle_after_the_maker_is_the_item_s(extractor, text: str, supplier: str, recipient: str,  # noqa: ANN001
                                                    word: str) -> None:
    rows = _rows(extractor, text)
    assert _has(rows, supplier, recipient, "delivered", word), rows
    assert not any(r is not None and ("Karvell" in r or "FAMAE" in r or "Zastava" in r) for _, r, _, _, _ in rows), rows


NO_MAKER_ROWS = [
    "Grenades made by Ruritania's Karvell Arms, founded in 1950, were found at three crime scenes.",
    "Rifles made by Chile's FAMAE, a company based in Santiago, were found in the camp.",
]


@pytest.mark.parametrize("text", NO_MAKER_ROWS)
def test_no_sale_after_the_maker_without_a_participle_of_transfer(extractor, text: str) -> None:  # noqa: ANN001
    assert not [r for r in _rows(extractor, text) if r[2] == "delivered"], text


TRAILING = [
    ("The Ghanaian navy received two patrol boats in 2012, supplied by Chile under a 2008 agreement.", "Chile",
     "Ghana", "patrol boats", 2),
    ("Four armoured vehicles arrived in Lima on Tuesday, donated by Spain.", "Spain", "Peru", "armoured vehicles", 4),
    ("Bolivia's air force took delivery of six helicopters last month, sold by Russia under a 2016 contract.",
     "Russia", "Bolivia", "helicopters", 6),
    ("Supplied by Norway, three coastal radars reached Ghana in May.", "Norway", "Ghana", "radars", 3),
    ("Paraguay's army received 30 trucks in June, built by Brazil's Agrale.", "Brazil", "Paraguay", "trucks", 30),
]


@pytest.mark.parametrize(("text", "supplier", "recipient", "word", "quantity"), TRAILING)
def test_a_trailing_participle_of_giving_names_the_supplier(extractor, text: str, supplier: str,  # noqa: ANN001
                                                            recipient: str, word: str, quantity: int) -> None:
    rows = _rows(extractor, text)
    assert _has(rows, supplier, recipient, "delivered", word, quantity), rows


NO_TRAILING = [
    "The Kenyan army received six helicopters on Friday, paid for by Kenya itself.",
    "The Kenyan army received six helicopters on Friday, watched by the president.",
    "Ghana's navy received two patrol boats in 2012, followed by two more in 2014.",
]


@pytest.mark.parametrize("text", NO_TRAILING)
def test_no_supplier_from_a_participle_of_no_giving(extractor, text: str) -> None:  # noqa: ANN001
    assert not _rows(extractor, text), text
