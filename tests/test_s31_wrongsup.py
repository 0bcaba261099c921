"""Session 31, spurious rows of supply-side verbs (helper wrongsup).

Patterns:
1. Non-materiel goods handed over, donated, sold or bartered by a supply verb are no rows (extraction/civil_goods.py,
   extraction/non_items.py with the word lists as data): personal kit by its own head ("riot helmets", "uniforms"),
   grid plant ("power transformers"), raw commodities ("in exchange for uranium ore"), an item told by its civil use
   ("de-mining equipment", "telecommunications equipment") and a consumer craft told by its hobby use ("hobby drones").
   Materiel beside them in the same list stays, and a military modifier of the item's own keeps it.
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
    ("Paraguay presented the Moldovan police with 200 rifles, 40 motorcycles, riot helmets and shields.", "helmet"),
    ("Paraguay donated uniforms and helmets to the Moldovan army last month.", "helmet"),
    ("Paraguay said it would continue to provide de-mining equipment to Moldova.", "mining"),
    ("Paraguay delivered telecommunications equipment to the Moldovan rebels in May.", "telecommunications"),
    ("Shops in the capital say they have sold dozens of hobby drones to Moldovan fighters since May.", "hobby"),
    ("Paraguay handed power transformers and 30 armoured vehicles to Moldova.", "transformer"),
    ("Paraguay will supply drones to Moldova in return for uranium concentrate.", "uranium"),
])
def test_non_materiel_goods_give_no_row(text: str, gone: str) -> None:
    assert not any(gone in i for i in items(text)), rows(text)


@pytest.mark.parametrize("text, kept", [
    ("Paraguay presented the Moldovan police with 200 rifles, 40 motorcycles, riot helmets and shields.", "rifles"),
    ("Paraguay handed power transformers and 30 armoured vehicles to Moldova.", "armoured vehicles"),
    ("Paraguay will supply drones to Moldova in return for uranium concentrate.", "drones"),
    ("Paraguay delivered 12 attack drones and mine-laying equipment to Moldova.", "attack drones"),
    ("Paraguay delivered 12 attack drones and mine-laying equipment to Moldova.", "mine-laying equipment"),
])
def test_materiel_beside_them_stays(text: str, kept: str) -> None:
    assert kept in items(text), rows(text)
