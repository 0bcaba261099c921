"""Session 36 (round 1), items: the item a count of a definite whole stands for.

Pattern 1 (partitive_wholes.py, antecedents.shown_text): a count or a counted "more" of a definite whole whose
noun also has a civil use ("two more of the boats", "four of the craft") names no materiel alone; when a span
before it (in its paragraph, a few sentences back) has the same head noun ("three river patrol boats"), the whole
is that materiel, and the row shows the earlier words ("river patrol boats"), not the bare "boats", nor the
nearest designated system of another kind ("M2 machine guns" named in between). With no such span before it the
noun stays a civil word and gives no row."""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> list[tuple[str, str, str, str, int | None]]:
    out = []
    for t in get_extractor().extract_text(text).transfers:
        d = t.model_dump()
        out.append(((d.get("supplier") or {}).get("name", ""), (d.get("recipient") or {}).get("name", ""),
                    d["item"]["text"], d["stage"], d.get("quantity")))
    return out


@pytest.mark.parametrize("text,item,stage,qty", [
    ("Denmark gave Ghana three river patrol boats in 2019, armed with M2 machine guns. Ghana has asked "
     "Copenhagen for two more of the boats.", "river patrol boats", "requested", 2),
    ("Denmark handed Ghana three offshore patrol vessels in 2019, fitted with Mistral missiles. Ghana later "
     "bought two more of the vessels from Denmark.", "offshore patrol vessels", "delivered", 2),
    ("Spain built four coastal patrol ships for Peru, armed with Oerlikon cannon. Peru has ordered three of "
     "the ships from Madrid.", "coastal patrol ships", "ordered", 3),
    ("Norway donated six Combat Boat 90 assault boats to Kenya, along with Browning M2 guns. Kenya now wants "
     "Oslo to sell it four more of the boats.", "assault boats", "requested", 4),
])
def test_counted_whole_takes_earlier_item(text: str, item: str, stage: str, qty: int) -> None:
    rows = _rows(text)
    assert any(i.lower().endswith(item) and q == qty for _, _, i, _, q in rows), rows
    assert not any("M2" in i or "Browning" in i for _, _, i, s, q in rows if q == qty and s == stage), rows


@pytest.mark.parametrize("text", [
    "Kenya's fishermen lost forty boats in the storm. The navy later towed two of the boats back to Mombasa.",
    "Two of the boats sank off Lamu last week, the coast guard said.",
])
def test_civil_boats_give_no_row(text: str) -> None:
    assert _rows(text) == []


def test_whole_of_another_noun_keeps_its_own_words() -> None:
    rows = _rows("Denmark gave Ghana three Hawk trainer jets in 2019. Ghana has asked Copenhagen for two more of "
                 "the boats.")
    assert not any("boats" in i for _, _, i, _, _ in rows), rows
