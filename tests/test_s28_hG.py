"""Session 28 (hG): rows with the wrong quantity or supplier.

- a handing-over told ahead of a part of a counted whole ("is due to get the first of three patrol boats",
  "will hand over the first of six howitzers") stands for the whole: its order (or pledge) row takes the whole's
  count, not the part's (`extraction/wholes.py`, `[items] handover_classes`); an order of a part ("ordered the
  first four of twelve planned boats") keeps its own count, and a delivery of a part is still told as such;
- items of one frame whose designations' makers are the frame's suppliers ("flies A jets and B helicopters,
  bought from Ruritania and Vostia") are each given their own maker, not every supplier
  (`extraction/item_origins.py`).

Every sentence is written for these tests (not taken from any article); the firms and systems are invented."""
from __future__ import annotations

import pytest


def _rows(extractor, text: str) -> list[tuple[str, str, str, str, object]]:  # noqa: ANN001
    out = []
    for t in extractor.extract_text(f"Arms transfers\n\n{text}").transfers:  # a heading, then the body
        sup = (t.supplier.country or t.supplier.name) if t.supplier else ""
        rec = (t.recipient.country or t.recipient.name) if t.recipient else ""
        out.append((sup, rec, t.item.text, t.stage, t.quantity))
    return out


def _has(got, sup: str, rec: str, item: str, stage: str, qty: object = "any") -> bool:  # noqa: ANN001
    return any(s == sup and r == rec and item in i and st == stage and (qty == "any" or q == qty)
               for s, r, i, st, q in got)


@pytest.mark.parametrize(("text", "sup", "rec", "item", "stage", "qty"), [
    ("Uruguay is due to get the first of three Halden offshore patrol vessels it ordered from the Norwegian yard "
     "Brekke.", "NOR", "URY", "patrol vessels", "ordered", 3),
    ("Next year Montevideo expects to receive the first two of eight Kessel howitzers from Finland.",
     "FIN", "URY", "howitzers", "ordered", 8),
    ("Ghana's air force, which flies older jets, is set to receive the first four of 12 Tarvo trainers from Brazil "
     "in 2027.", "BRA", "GHA", "Tarvo", "ordered", 12),
    ("Chile will receive the first of ten Ostrava radars from Poland, possibly before the year is out.",
     "POL", "CHL", "radars", "ordered", 10),
    ("Peru is scheduled to get the first three of nine Halden patrol boats from Norway in June, the ministry said.",
     "NOR", "PER", "patrol boats", "ordered", 9),
    ("The first of four Tarvo trainers will be delivered to Ghana by Brazil in March.",
     "BRA", "GHA", "Tarvo", "ordered", 4),  # a part of a batch handed over: of an order (s29b made_deals.py)
    ("Kessel Works, the Finnish maker, will hand over the first of six howitzers to Uruguay in May.",
     "FIN", "URY", "howitzers", "ordered", 6),
])
def test_a_part_handed_over_ahead_counts_the_whole(extractor, text, sup, rec, item, stage, qty):
    got = _rows(extractor, text)
    assert _has(got, sup, rec, item, stage, qty), got
    assert not any(q is not None and q < qty and st == stage for _, _, _, st, q in got), got  # not the part's count


@pytest.mark.parametrize(("text", "sup", "rec", "stage", "qty"), [
    ("Peru ordered the first four of twelve planned Halden patrol boats from Norway.", "NOR", "PER", "ordered", 4),
    ("Uruguay received the first of three Halden patrol vessels from Norway on Monday.", "NOR", "URY", "delivered", 1),
    ("Uruguay received the first of three Halden patrol vessels from Norway on Monday.", "NOR", "URY", "ordered", 3),
    ("Finland will deliver eight Kessel howitzers to Uruguay next year.", "FIN", "URY", "offered", 8),
])
def test_orders_of_parts_and_deliveries_keep_their_counts(extractor, text, sup, rec, stage, qty):
    got = _rows(extractor, text)
    assert _has(got, sup, rec, "", stage, qty), got


def test_an_order_of_a_part_is_no_order_of_the_whole(extractor):
    got = _rows(extractor, "Peru ordered the first four of twelve planned Halden patrol boats from Norway.")
    assert not any(q == 12 for *_, q in got), got


@pytest.mark.parametrize(("text", "rec", "pairs"), [
    ("Chile operates Leopard 2 tanks and Mirage 2000 jets, bought from Germany and France in the 1990s.",
     "CHL", [("DEU", "Leopard"), ("FRA", "Mirage")]),
    ("Lima bought Rafale fighters and Leopard 2 tanks from France and Germany.",
     "PER", [("FRA", "Rafale"), ("DEU", "Leopard")]),
    ("Ghana has received Mi-17 helicopters and Rafale jets from Russia and France this year, the ministry said.",
     "GHA", [("RUS", "Mi-17"), ("FRA", "Rafale")]),
    ("Peru's defence ministry stated that it had bought Rafale jets and Mi-17 helicopters from France and Russia.",
     "", [("FRA", "Rafale"), ("RUS", "Mi-17")]),
    ("In 2015 Peru bought Rafale jets, Leopard 2 tanks and Gripen fighters from France, Germany and Sweden.",
     "PER", [("FRA", "Rafale"), ("DEU", "Leopard"), ("SWE", "Gripen")]),
    ("Rafale jets and Leopard 2 tanks were bought by Peru from France and Germany, according to the ministry.",
     "PER", [("FRA", "Rafale"), ("DEU", "Leopard")]),
    ("Peru reportedly bought Rafale jets and Leopard 2 tanks from France and Germany.",
     "PER", [("FRA", "Rafale"), ("DEU", "Leopard")]),
    ("Ghana, which has few jets, acquired Gripen fighters and Mi-17 helicopters from Sweden and Russia in 2012.",
     "GHA", [("SWE", "Gripen"), ("RUS", "Mi-17")]),
    ("The Ghanaian Defence Ministry has ordered Gripen fighters and Leopard 2 tanks from Sweden and Germany.",
     "", [("SWE", "Gripen"), ("DEU", "Leopard")]),
])
def test_each_designation_goes_to_its_own_maker(extractor, text, rec, pairs):
    got = _rows(extractor, text)
    for sup, item in pairs:
        assert any(s == sup and item in i and (not rec or r == rec) for s, r, i, _, _ in got), got
        others = {s for s, _ in pairs} - {sup}
        assert not any(s in others and item in i for s, _, i, _, _ in got), got  # not the other maker's item


def test_one_supplier_keeps_every_item(extractor):
    got = _rows(extractor, "Peru bought Rafale jets and Mi-17 helicopters from France.")
    assert _has(got, "FRA", "PER", "Rafale", "delivered") and _has(got, "FRA", "PER", "Mi-17", "delivered"), got


@pytest.mark.parametrize(("text", "sup", "rec", "ship"), [
    ("The Type 21 frigate Almirante Soto and the Ada-class corvette Capitan Ruiz, which Peru bought from Turkey, "
     "were retired in 2020.", "TUR", "PER", "Soto"),
    ("The Type 21 frigate Teniente Paz and the Ada-class corvette Rio Claro, which Ghana purchased from Turkey, are "
     "now in reserve.", "TUR", "GHA", "Paz"),
    ("Norway handed the Ada-class corvette Rio Claro to Ghana in 2019.", "NOR", "GHA", "Claro"),
    ("The tanker Vostia Star carried the rifles from Karvell Marine to Ghana.", "Karvell Marine", "GHA", "Star"),
    ("The corvette Rio Claro and the Ada-class corvette Punta Sal, both bought by Peru from Turkey, arrived in Callao.",
     "TUR", "PER", "Claro"),
])
def test_a_ship_named_after_its_vessel_noun_is_no_party(extractor, text, sup, rec, ship):
    got = _rows(extractor, text)
    assert any(s == sup and r == rec for s, r, *_ in got), got
    assert not any(ship in s or ship in r for s, r, *_ in got), got  # the frigate's name buys nothing


def test_a_firm_named_after_a_trade_noun_stays_a_party(extractor):
    got = _rows(extractor, "The shipbuilder Ostrava Yards delivered two corvettes to Peru.")
    assert _has(got, "Ostrava Yards", "PER", "corvettes", "delivered", 2), got
