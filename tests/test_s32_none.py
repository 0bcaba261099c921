"""Session 32 (none): gold rows no rule came near, by construction.

1. A destination clause after a whole list, hung by the parser on an earlier member of it
   (frames/bound.py `list_clauses`): "carrying 20 pistols, 12 kg of TNT and fuses that police believe were
   headed for X" (the parser makes the measure "12 kg" an apposition of the first item, joins the last item to
   it, and hangs the relative clause on the measure). The clause comes after the items, so it tells where all of
   them go; only a clause after the item is read, so one on a member before it stays that member's own. A clause
   after the list that names no destination ("that police said had been buried in sacks") gives none.
2. A buyer who buys what a state holds (frames/held_sellers.py): "X asked to buy all 9 of Y's jets", "X bought Y's
   12 used Gripens": the state that possesses the item (or the whole of "N of Y's ...") sells it, in place of a
   company read off the item's name, and also for a system with no state of origin to guess from. A possessor
   outside the item ("for Y's air force", "Y's army bought"), a passive with no buyer ("the Army's units, bought
   from Z") or a company possessor give no such seller.
3. A state's officer stands for the state ([actors] agent_nouns of cues.toml had "officers" only): "an Iranian
   procurement officer asked X for 200 rifles" is Iran's request, as "an Iranian official asked" was. An officer
   of no state named ("a procurement officer asked X") gives no state.
4. "brought" as a passive participle on a noun with a "from" phrase naming a place (frames/carriers.py
   `brought_from`): "X had received pistols brought over the frontier from Y" is a movement of the pistols from Y,
   whatever carried them ("bring" is otherwise a verb of supplying only with a conveyance as its subject). A "from"
   phrase naming no place ("brought from its own depots") or "brought" as a finite verb ("the deal brought the
   fleet to 40") gives no row.
"""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> list[tuple[str | None, str | None, str, str]]:
    out = get_extractor().extract_text(text).transfers
    return [(r.supplier.name if r.supplier else None, r.recipient.name if r.recipient else None,
             r.item.text, r.stage) for r in out]


@pytest.mark.parametrize("text", [
    "Coastguards intercepted a skiff carrying nine sniper rifles, 25 kg of Semtex and grenades that investigators "
    "said were bound for the Tarvo Liberation Front.",
    "Soldiers seized a lorry carrying 40 rifles, 20 kg of explosives and detonators which police said were "
    "destined for the Tarvo Liberation Front.",
    "Border guards intercepted a truck carrying 12 pistols, 50 kg of TNT and grenades that investigators believe "
    "were bound for the Tarvo Liberation Front.",
])
def test_clause_after_list_on_measure(text: str) -> None:
    rows = _rows(text)
    assert any(rec and "Tarvo Liberation Front" in rec and stage == "intercepted" for _, rec, _, stage in rows), rows


@pytest.mark.parametrize("text", [
    "Coastguards intercepted a skiff carrying nine sniper rifles, 25 kg of Semtex and grenades, investigators said.",
    "Coastguards intercepted a skiff carrying nine sniper rifles, 25 kg of Semtex and grenades that investigators "
    "said had been buried in sacks.",
])
def test_no_destination_clause(text: str) -> None:
    rows = _rows(text)
    assert not any(rec for _, rec, _, _ in rows), rows



@pytest.mark.parametrize("text", [
    "In 2022 Peru's government asked to buy all 9 of Austria's Eurofighter Typhoon jets.",
    "Peru asked to buy Austria's 15 Eurofighter jets.",
    "Last year Peru bought 12 of Austria's Saab Gripen fighters.",
    "Bolivia wants to buy six of Chile's Dassault Mirage jets.",
])
def test_possessor_state_sells(text: str) -> None:
    rows = _rows(text)
    seller = "Chile" if "Chile" in text else "Austria"
    assert any(sup == seller for sup, _, _, _ in rows), rows


@pytest.mark.parametrize("text", [
    "Peru bought 15 Saab Gripen jets for Chile's air force.",
    "Peru's army bought 15 Saab Gripen jets.",
    "The new radars will sit beside the Army's NASAMS units, bought from Kongsberg in 2009.",
])
def test_possessor_outside_item_sells_nothing(text: str) -> None:
    rows = _rows(text)
    assert not any(sup in ("Chile", "Peru", "Austria") for sup, _, _, _ in rows), rows


@pytest.mark.parametrize("text", [
    "An Iranian procurement officer asked Chile for 200 rifles.",
    "A Syrian army officer asked Belarus for 40 anti-tank missiles.",
    "In the emails, a Pakistani naval officer asked Ukraine for spare engines for its tanks.",
])
def test_state_officer_asks(text: str) -> None:
    rows = _rows(text)
    asker = next(w for w in ("Iran", "Syria", "Pakistan") if w[:4] in text)
    assert any(rec == asker and stage == "requested" for _, rec, _, stage in rows), rows


@pytest.mark.parametrize("text", [
    "A procurement officer asked the broker for 200 rifles.",
    "A Kenyan officer was arrested at the border with two pistols.",
])
def test_officer_of_no_state_or_no_request(text: str) -> None:
    rows = _rows(text)
    assert not any(stage == "requested" and rec for _, rec, _, stage in rows), rows


@pytest.mark.parametrize("text", [
    "The Tarvo Liberation Front had received pistols and grenades brought over the frontier from Sudan.",
    "According to the panel, the Tarvo Liberation Front received 300 rifles brought from Sudan last year.",
    "The Tarvo Liberation Front has received mortars brought in from Sudan by road.",
])
def test_brought_from_place(text: str) -> None:
    rows = _rows(text)
    assert any(sup == "Sudan" and rec and "Tarvo" in rec for sup, rec, _, _ in rows), rows


@pytest.mark.parametrize("text", [
    "The Tarvo Liberation Front had received rifles brought from its own depots.",
    "The deal brought the fleet of Sudan to 40 jets.",
])
def test_brought_no_place(text: str) -> None:
    rows = _rows(text)
    assert not any(sup == "Sudan" for sup, _, _, _ in rows), rows
