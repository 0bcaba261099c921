"""Session 31, spurious rows of supply-side verbs (helper wrongsup).

Patterns:
1. Non-materiel goods handed over, donated, sold or bartered by a supply verb are no rows (extraction/civil_goods.py,
   extraction/non_items.py with the word lists as data): clothing by its own head ("uniforms"; helmets stay, as body armour),
   grid plant ("power transformers"), raw commodities ("in exchange for uranium ore"), an item told by its civil use
   ("de-mining equipment", "telecommunications equipment") and a consumer craft told by its hobby use ("hobby drones").
   Materiel beside them in the same list stays, and a military modifier of the item's own keeps it.
2. A seller's own effort to sell is an offer, not a request (extraction/frames/sales_efforts.py): "X tried / has been
   trying / attempted / sought to sell Y to Z" gives stage `offered`. Kept as asked: the effort verb with an object of
   its own ("asked X to sell"), a buyer's effort ("tried to buy") and transfer verbs other than a sale.
"""
from __future__ import annotations

from functools import lru_cache

import pytest

from materiel.extraction.pipeline import get_extractor


@lru_cache(maxsize=1)
def _ex():  # type: ignore[no-untyped-def]
    return get_extractor()


def rows(text: str) -> list[tuple[str, str, str, str]]:
    return [((t.supplier.name if t.supplier else ""), (t.recipient.name if t.recipient else ""),
             t.item.text.lower(), t.stage) for t in _ex().extract_text(text).transfers]


def items(text: str) -> list[str]:
    return [r[2] for r in rows(text)]


# --- 1. non-materiel goods ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, gone", [
    ("Paraguay presented the Moldovan police with 150 rifles, 25 motorcycles, uniforms and batons.", "uniform"),
    ("Paraguay donated 3,000 uniforms to the Moldovan army last month.", "uniform"),
    ("Paraguay said it would also provide de-mining equipment to Moldova.", "mining"),
    ("Paraguay delivered telecommunications equipment to the Moldovan rebels in May.", "telecommunications"),
    ("Traders in the capital say they have sold hundreds of hobby drones to Moldovan fighters since March.", "hobby"),
    ("Paraguay handed power transformers and 30 armoured vehicles to Moldova.", "transformer"),
    ("Paraguay will supply drones to Moldova in return for uranium concentrate.", "uranium"),
])
def test_non_materiel_goods_give_no_row(text: str, gone: str) -> None:
    assert not any(gone in i for i in items(text)), rows(text)


@pytest.mark.parametrize("text, kept", [
    ("Paraguay presented the Moldovan police with 150 rifles, 25 motorcycles, uniforms and batons.", "rifles"),
    ("Paraguay donated uniforms and combat helmets to the Moldovan army last month.", "combat helmets"),
    ("Paraguay handed power transformers and 30 armoured vehicles to Moldova.", "armoured vehicles"),
    ("Paraguay will supply drones to Moldova in return for uranium concentrate.", "drones"),
    ("Paraguay delivered 12 attack drones and mine-laying equipment to Moldova.", "attack drones"),
    ("Paraguay delivered 12 attack drones and mine-laying equipment to Moldova.", "mine-laying equipment"),
])
def test_materiel_beside_them_stays(text: str, kept: str) -> None:
    assert kept in items(text), rows(text)


# --- 2. a seller's own effort to sell -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, item", [
    ("In 2006 Belarus tried to sell eight Mi-24 attack helicopters to the government of Paraguay, but it failed.",
     "mi-24"),
    ("The Belarusian firm has been trying to sell 122 mm shells to Laos for two years.", "shells"),
    ("Belarus attempted to sell four used frigates to Paraguay in 2010.", "frigates"),
    ("Belarus sought to sell twelve Su-25 aircraft to Laos.", "su-25"),
])
def test_sellers_effort_is_an_offer(text: str, item: str) -> None:
    got = [r for r in rows(text) if item in r[2] and r[0] == "Belarus"]
    assert got and all(r[3] == "offered" for r in got), rows(text)


@pytest.mark.parametrize("text, item", [
    ("Paraguay asked Belarus to sell eight Mi-24 helicopters to its army.", "mi-24"),
    ("Laos has asked Belarus to sell twelve Su-25 aircraft to the Lao air force.", "su-25"),
    ("Paraguay tried to buy eight Mi-24 helicopters from Belarus.", "mi-24"),
])
def test_asked_or_bought_stays_requested(text: str, item: str) -> None:
    got = [r for r in rows(text) if item in r[2]]
    assert got and all(r[3] == "requested" for r in got), rows(text)
