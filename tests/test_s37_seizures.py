"""Session 37, helper `seizures`: seizures in transit and covert supply.

1. A relative clause after a seized conveyance's load that the parser hung on the carrying verb (or the seizure
   verb) as a clause of its own ("stopped a lorry ... carrying 30 carbines and 900 cartridges that officers said
   were meant for Y") still tells the load's destination (`frames/bound.reported_relatives`). Negatives: a
   clause with its own subject ("officers said the crew were heading for Y") is no destination of the load.
2. Barter: materiel got for other goods is delivered to the one who bartered, by the partner of "with"
   ("traded gold for carbines with smugglers from X"); materiel given away for goods goes the other way; a
   passive barter with no party ("200 goats were exchanged for ...") takes the parties of the barter told just
   before (`frames/barters.py`). Negatives: goods for goods, materiel for materiel, a negated barter.
3. One more seized load of a series ("a second container with N X was seized") takes the parties of the seized
   load told just before (`seized_series.py`). Negative: a first load with no party stays without one.
4. "The insurgents" are not a force named as hired ("mercenaries of the X Group") named before
   (`mentions/earlier_groups.hired_for`).
5. A load listed before its seizure ("The crates held A and B. Customs seized the cargo") is what the seizure of the
   load named again took (`seized_told_load.py`). Negative: a seizure naming its own items takes none from before.
6. A recipient noun whose copula names a go-between ("the consignee was a firm acting on behalf of Y"; "the
   intended end user was Y") gives the seized load the party the go-between stands for
   (`seized_groups._principal`).
7. Seized goods told as the subject of a copula over a noun of seizure ("The mortars, copies made in X, were the
   biggest seizure of X-ian arms this year") are the seizure's items, with the maker the subject names as supplier
   (`frames/seizure_subjects.py`; the superlative ranks this seizure, `continued_deals.one_of_a_ranking`).
   Negative: a copula subject that names no materiel leaves the seizure's own items.
8. The buyer of a seized load named again ("the shipment was purchased by Y") is who it was
   for (`seized_groups._bought`). Negative: a negated purchase names no recipient.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

import pytest

from materiel.extraction.pipeline import get_extractor


@lru_cache(maxsize=1)
def _ex() -> Any:
    return get_extractor()


Row = tuple[str | None, str | None, str, str, object]


def _rows(text: str) -> list[Row]:
    """(supplier's name or country, recipient's name or country, stage, item text, quantity) of each row."""
    out = []
    for t in _ex().extract_text(text).transfers:
        sup = (t.supplier.country or t.supplier.name) if t.supplier else None
        rec = (t.recipient.country or t.recipient.name) if t.recipient else None
        out.append((sup, rec, t.stage, t.item.text.lower(), t.quantity))
    return out


def _has(rows: list[Row], sup: str | None, rec: str, stage: str, word: str, quantity: int | None = None) -> bool:
    return any((s == sup or s is not None and sup is not None and sup.lower() in s.lower()) and r is not None and rec.lower() in r.lower() and st == stage and word in item and
               (quantity is None or q == quantity) for s, r, st, item, q in rows)


@pytest.mark.parametrize(("text", "rec", "word", "quantity"), [
    ("In March Kenyan police stopped a lorry near Garissa carrying 30 carbines and 900 cartridges that officials "
     "said were meant for the Velmar Liberation Front.", "velmar liberation front", "carbines", 30),
    ("In May Zambian police stopped a van near Chipata carrying 25 G3 rifles and nearly 1,500 rounds of "
     "pistol ammunition that they claimed were destined for Ngozi Resistance Movement.", "ngozi resistance movement",
     "g3 rifles", 25),
])
def test_destination_of_a_relative_hung_on_the_verb(text: str, rec: str, word: str, quantity: int) -> None:
    rows = _rows(text)
    assert _has(rows, None, rec, "intercepted", word, quantity), rows


def test_a_clause_with_its_own_subject_is_no_destination() -> None:
    rows = _rows("In March Kenyan police stopped a lorry near Garissa carrying 30 carbines, and officials said that "
                 "the driver was heading for the Velmar Liberation Front.")
    assert not any(r is not None and "velmar" in r.lower() and st == "intercepted" for _, r, st, _, _ in rows), rows


@pytest.mark.parametrize(("text", "sup", "rec", "word", "quantity"), [
    ("In 2016 the Velmar Liberation Front traded gold for 300 carbines with smugglers from Chad.",
     "TCD", "velmar liberation front", "carbines", 300),
    ("The Ngozi Resistance Movement bartered cattle for 45 mortars with Eritrean officers, the report says.",
     "ERI", "ngozi resistance movement", "mortars", 45),
])
def test_materiel_got_in_a_barter(text: str, sup: str, rec: str, word: str, quantity: int) -> None:
    rows = _rows(text)
    assert _has(rows, sup, rec, "delivered", word, quantity), rows


def test_materiel_given_in_a_barter_goes_the_other_way() -> None:
    rows = _rows("The Velmar Liberation Front swapped 60 carbines for fuel with smugglers from Niger.")
    assert _has(rows, "Velmar Liberation Front", "NER", "delivered", "carbines", 60), rows
    assert not _has(rows, "NER", "velmar liberation front", "delivered", "carbines"), rows


def test_a_passive_barter_takes_the_parties_told_before() -> None:
    rows = _rows("The Ngozi Resistance Movement has swapped livestock for weapons with traders from Chad. In one "
                 "deal in 2019, 200 goats were exchanged for 70 carbines and 5,000 cartridges.")
    assert _has(rows, "TCD", "ngozi resistance movement", "delivered", "carbines", 70), rows
    assert _has(rows, "TCD", "ngozi resistance movement", "delivered", "cartridges", 5000), rows


@pytest.mark.parametrize("text", [
    "Farmers traded maize for fertiliser with merchants from Kenya.",
    "The two states exchanged ambassadors for the first time in 1995.",
    "The Velmar Liberation Front did not trade gold for carbines with smugglers from Chad.",
    "The Velmar Liberation Front exchanged 30 rifles for 40 carbines with smugglers from Chad.",
])
def test_no_barter_of_materiel(text: str) -> None:
    rows = _rows(text)
    assert not any(st == "delivered" for _, _, st, _, _ in rows), rows


def test_a_second_seized_load_takes_the_parties_of_the_first() -> None:
    rows = _rows("In 2019 customs officers at the port of Tema seized a container of 600 pistols shipped from "
                 "Bulgaria; a second container with 150 pistols was impounded there in June.")
    assert _has(rows, "BGR", "GHA", "intercepted", "pistols", 600), rows
    assert _has(rows, "BGR", "GHA", "intercepted", "pistols", 150), rows


def test_a_first_seized_load_takes_no_parties_from_a_delivery() -> None:
    rows = _rows("Bulgaria delivered 600 pistols to Ghana in 2018. A container with 150 pistols was seized at "
                 "the port of Tema in June.")
    assert not any(st == "intercepted" and q == 150 for _, _, st, _, q in rows), rows


def test_insurgents_are_not_the_mercenaries_named_before() -> None:
    rows = _rows("Belarusian mercenaries of the Wagner Group left the province in 2020. In May Malawian police "
                 "stopped a lorry carrying 35 carbines bound for the insurgents.")
    assert _has(rows, None, "insurgents", "intercepted", "carbines", 35), rows
    assert not any(r is not None and "wagner" in r.lower() for _, r, _, _, _ in rows), rows


def test_a_load_listed_before_its_seizure() -> None:
    rows = _rows("In May 2021 customs officers inspected three crates at the port of Durban. The crates held the "
                 "barrels of forty mortars and sixty grenade launchers. South African authorities seized the cargo. The "
                 "intended recipient was the Velmar Liberation Front, officials said.")
    assert _has(rows, None, "velmar liberation front", "intercepted", "grenade launchers"), rows


def test_a_seizure_with_its_own_items_takes_none_from_before() -> None:
    rows = _rows("In May 2021 customs officers inspected three crates at the port of Durban. The crates held "
                 "sixty grenade launchers. South African authorities seized 300 carbines from the cargo. The intended "
                 "recipient was the Velmar Liberation Front, officials said.")
    assert not _has(rows, None, "velmar liberation front", "intercepted", "grenade launchers"), rows


@pytest.mark.parametrize("text", [
    "Malawian police seized 35 carbines from a lorry near Mzuzu. The consignee was a shipping agent acting on "
    "behalf of the Zambian army, officials said.",
    "Malawian police seized 35 carbines from a lorry near Mzuzu. The consignee was a firm acting for the Zambian "
    "army, officials said.",
    "Malawian police seized 35 carbines from a lorry near Mzuzu. The intended end user was the Zambian army, "
    "officials said.",
])
def test_recipient_behind_a_go_between(text: str) -> None:
    rows = _rows(text)
    assert _has(rows, None, "ZMB", "intercepted", "carbines", 35), rows


def test_seized_goods_as_the_subject_of_a_seizure_noun() -> None:
    rows = _rows("The mortars, copies made in Belarus, were the biggest seizure of Belarusian arms in Guinea this "
                 "decade. The consignee was a broker acting on behalf of the Liberian army, officials said.")
    assert _has(rows, "BLR", "LBR", "intercepted", "mortars"), rows


def test_a_subject_naming_no_materiel_keeps_the_seizures_own_items() -> None:
    rows = _rows("The operation was the biggest seizure of Belarusian mortars in Guinea this decade. The consignee "
                 "was a broker acting on behalf of the Liberian army, officials said.")
    assert not any("operation" in item for _, _, _, item, _ in rows), rows


def test_the_buyer_of_the_seized_cargo_is_its_recipient() -> None:
    rows = _rows("In 2015 Liberian customs stopped a freighter off Monrovia. Hidden under sacks of rice were 900 "
                 "mortar bombs. Investigators learned that the shipment was purchased by the Guinean army.")
    assert _has(rows, None, "GIN", "intercepted", "mortar bombs", 900), rows


def test_a_negated_purchase_of_the_cargo_names_no_recipient() -> None:
    rows = _rows("In 2015 Liberian customs stopped a freighter off Monrovia. Hidden under sacks of rice were 900 "
                 "mortar bombs. Investigators learned that the shipment was not purchased by the Guinean army.")
    assert not _has(rows, None, "GIN", "intercepted", "mortar bombs"), rows
