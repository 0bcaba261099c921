"""Session 34, seizures: arms found in a container or conveyance whose origin the finding sentence tells, with no
seizure told before it (`shipped_finds.py`).

Pattern: a verb of finding or holding takes counted materiel ("found 12 rifles in a crate shipped from A",
"a drum that arrived from A contained 9 pistols", "a van from A was found to hold 30 rifles") and the container
or conveyance carries a "from" place; the find is the interception: one intercepted row per counted item, the
origin place's state as supplier, and as recipient the destination told of the load in that sentence or the
next ones ("a consignment for Y", "the weapons were meant for Y", "..., destined for Y"). No row when no
destination is told, when the find is in a place with no origin (a house), or when what was found is no
materiel; the destination told again after the find adds no delivery of its own.
"""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> list[tuple[str, str, str, float | None, str]]:
    out = []
    for t in get_extractor().extract_text(text).transfers:
        sup = t.supplier.name if t.supplier else ""
        rec = t.recipient.name if t.recipient else ""
        out.append((sup, rec, t.item.text, t.quantity, t.stage))
    return out


def _has(rows: list[tuple[str, str, str, float | None, str]], sup: str, rec: str, item: str, qty: float) -> bool:
    return any(s == sup and rec.lower() in r.lower() and item in i and q == qty and st == "intercepted"
               for s, r, i, q, st in rows)


@pytest.mark.parametrize("text,sup,rec,item,qty", [
    ("Port inspectors in Kenya found 22 rifles and 4,000 rounds of ammunition inside a container shipped from "
     "Houston. Detectives believe the guns were meant for gangs.", "United States", "gang", "rifles", 22),
    ("Port inspectors in Kenya found 22 rifles and 4,000 rounds of ammunition inside a container shipped from "
     "Houston. Detectives believe the guns were meant for gangs.", "United States", "gang", "rounds", 4000),
    ("A crate sent from Antwerp held five pistols and two shotguns, Ghanaian police said, in what they called a "
     "shipment for a gang in Kumasi.", "Belgium", "gang", "shotguns", 2),
    ("A drum that arrived from Lagos contained 12 handguns, police in Ghana said. The guns were destined for gangs.",
     "Nigeria", "gang", "handguns", 12),
    ("Police found 20 pistols in a parcel sent from Serbia, destined for gangs in Oslo.", "Serbia", "gang",
     "pistols", 20),
])
def test_found_in_a_shipped_container(text: str, sup: str, rec: str, item: str, qty: float) -> None:
    assert _has(_rows(text), sup, rec, item, qty), _rows(text)


def test_destination_told_again_is_no_delivery() -> None:
    rows = _rows("A drum that arrived from Lagos contained 12 handguns, police in Ghana said. "
                 "The guns were destined for gangs.")
    assert not [r for r in rows if r[4] == "delivered"], rows


@pytest.mark.parametrize("text", [
    "Customs officers found 22 rifles in a container shipped from Houston. Nobody knows who ordered them.",
    "Police found 10 rifles in a house in Nairobi. They were meant for gangs.",
    "A container shipped from Houston held 300 bicycles, officials said. The bicycles were meant for schools.",
])
def test_no_row(text: str) -> None:
    assert not [r for r in _rows(text) if r[4] == "intercepted" and r[0]], _rows(text)


def _cut_list(text: str, item: int, said: int) -> tuple[object, object]:
    """The sentence parsed, then cut as the parser sometimes cuts a seized list: the second item made the subject
    of the verb of saying, the comma after the first item left hung on it."""
    from materiel.extraction.mentions.items import ItemFinder

    doc = get_extractor().nlp(text)
    doc[item].head = doc[said]
    doc[item].dep_ = "nsubj"
    return doc, ItemFinder(doc)


def test_flat_tail_after_a_comma_hung_on_the_object() -> None:
    """"held three A, six B and 1,200 C, the police said" cut after A: the tail's counted items are still read."""
    from materiel.extraction import inventory_lists

    doc, items = _cut_list("A box sent from Rotterdam held four carbines, nine revolvers and 2,500 rounds of "
                           "ammunition, the Ruritanian police said on Monday.", 10, 20)
    assert doc[8].head.i == 7  # type: ignore[index]
    tail = inventory_lists.flat_tail(doc[5], items)  # type: ignore[index]
    assert [(m.head.text, m.quantity) for m in tail] == [("revolvers", 9), ("rounds", 2500)]


def test_flat_tail_stops_at_a_clause() -> None:
    from materiel.extraction import inventory_lists
    from materiel.extraction.mentions.items import ItemFinder

    doc = get_extractor().nlp("A crate sent from Antwerp held three rifles, which the Ruritanian police said were old.")
    assert doc[8].head.i == 7  # the comma hung on the object, a relative clause after it: no list
    assert inventory_lists.flat_tail(doc[5], ItemFinder(doc)) == []


@pytest.mark.parametrize("text,sup,rec,item,qty", [
    ("Dock police found 15 carbines and 800 cartridges hidden in a container of washing machines shipped from "
     "Mersin in Turkey, thought to have been meant for the Zulu Knife gang.", "Türkiye", "Zulu Knife", "carbines", 15),
    ("Officers at the port found nine revolvers concealed in a crate of spare parts sent from Durban, believed to be "
     "destined for gangs.", "South Africa", "gang", "revolvers", 9),
])
def test_hidden_in_a_container_of_goods(text: str, sup: str, rec: str, item: str, qty: float) -> None:
    """The origin on the container's declared goods, the place's state in an "in" phrase, the destination as a
    participle under a verb of thinking."""
    assert _has(_rows(text), sup, rec, item, qty), _rows(text)
