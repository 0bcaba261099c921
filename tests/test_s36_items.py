"""Session 36 (round 1), items: the item a count of a definite whole stands for.

Pattern 1 (partitive_wholes.py, antecedents.shown_text): a count or a counted "more" of a definite whole whose
noun also has a civil use ("two more of the boats", "four of the craft") names no materiel alone; when a span
before it (in its paragraph, a few sentences back) has the same head noun ("three river patrol boats"), the whole
is that materiel, and the row shows the earlier words ("river patrol boats"), not the bare "boats", nor the
nearest designated system of another kind ("M2 machine guns" named in between). With no such span before it the
noun stays a civil word and gives no row.

Pattern 2 (among_lists.py): a general transfer ("approved arms export licences for Y", "sold Y weapons worth
$90m") whose goods the next sentence lists with "among" and "be" ("Among them were licences for 200 A and 10,000
rounds", "Among the items delivered were six B and 40 mortars"): each listed item takes the transfer's parties
and stage, and the general row, told again by its parts, goes. An "among" sentence of people or of anything but
the goods ("Among the buyers were ...", "Among the problems were ..."), or one after a row of particular goods,
adds nothing.

Pattern 3 (mentions/counts.batch_part): "the first", "the second" of a batch told before keeps its row when the
part's own name stands beside it in apposition ("The first, the former HMS X, was handed over in 2015"): the part
is one of the batch named before, with its parties. A part with a name whose verb tells no transfer, or a part of
people, gives no row."""
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
     "Copenhagen for three more of the boats.", "river patrol boats", "requested", 3),
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


@pytest.mark.parametrize("text,items", [
    ("Norway's trade ministry says it approved arms export licences for Kenya worth $35m in 2023. Among "
     "them were licences for 150 anti-tank missiles and 8,000 rounds of ammunition for pistols.",
     {("anti-tank missiles", 150), ("rounds of ammunition", 8000)}),
    ("Italy sold Peru weapons worth $90m last year. Among the items delivered were six Centauro tank destroyers "
     "and 40 mortars.", {("Centauro tank destroyers", 6), ("mortars", 40)}),
    ("Poland supplied Ghana with military equipment in 2021. Among these were 12 Rosomak armoured vehicles.",
     {("Rosomak armoured vehicles", 12)}),
])
def test_among_lists_the_general_goods(text: str, items: set[tuple[str, int]]) -> None:
    rows = _rows(text)
    assert items <= {(i, q) for _, _, i, _, q in rows}, rows
    assert not any(q is None for *_, q in rows), rows  # the general row told again by its parts


@pytest.mark.parametrize("text,kept", [
    ("Italy sold Peru weapons worth $90m last year. Among the buyers were also Chile and Ecuador.", "weapons"),
    ("Italy sold Peru weapons worth $90m last year. Among the problems were late payments.", "weapons"),
    ("Italy sold Peru six Centauro tank destroyers last year. Among them were two command vehicles.",
     "Centauro tank destroyers"),
])
def test_among_adds_nothing_else(text: str, kept: str) -> None:
    rows = _rows(text)
    assert [i for _, _, i, _, _ in rows] == [kept], rows


@pytest.mark.parametrize("text,qty_words", [
    ("Britain has given Chile two decommissioned frigates. The first, HMS Cornwall, was handed over in 2015.",
     "frigates"),
    ("Britain has given Chile two decommissioned frigates. The first, the former HMS Cornwall, was handed over "
     "in 2015 and renamed Almirante Lynch.", "frigates"),
    ("Denmark agreed to give Ghana three patrol vessels. The first, the former HDMS Agdlek, was transferred in "
     "2019.", "patrol vessels"),
])
def test_named_part_of_batch(text: str, qty_words: str) -> None:
    rows = _rows(text)
    assert any(q == 1 and i.endswith(qty_words) and s == "delivered" for _, _, i, s, q in rows), rows


@pytest.mark.parametrize("text", [
    "Chile has two frigates. The first, Almirante Lynch, was built in Britain.",
    "Two suspects were arrested in Lima. The first, John Okoro, was handed over to the police.",
])
def test_named_part_no_transfer(text: str) -> None:
    assert not any(q == 1 for *_, q in _rows(text))
