"""Session 33 (seizures): seized shipments told in ways the rules missed.

1. A conveyance named in apposition (named_vessels.py, frames/held.py): "the navy seized a freighter, the Sea
   Lark, which was carrying rifles bound for X, officials said". The parser took the name for a second subject of
   the closing verb of saying; the component `materiel_named_vessels` hangs it back on the object noun it stands
   beside, and a carrying clause on the name is the load of the conveyance (seized, with the destination the
   parser hung on the name). The ship's name is never a party, even when it holds a state's name. Not a seizure:
   a conveyance only escorted; and a name beside a verb's object that is no conveyance makes no carrying row.
2. A load listed first and given its destination later (listed_loads.py): "The hold contained A,
   B and C. ... the munitions had been headed for Y": the listed items take the destination of the general noun that
   names the load again (which makes no row of its own), and are seized when a seizure was told just before the
   list. Not when another transfer with a recipient comes between, nor when the later noun is counted or named.
3. A seized load's destination told by a copula on "destination" (seized_groups.named_recipient, `recipient_nouns`
   of [seizure]), also behind a verb of belief: "the plane's ultimate destination was believed to be X", within
   `inventory_sentences` of the seizure; the rows of a listing of the load ("the cargo included A and B") take it
   too. Not a denied belief, nor a load no one seized.
4. Items found aboard a conveyance whose route was told before, with no load of its own (routed_finds.py): "Greek
   authorities ordered a cargo plane flying from X to Y to land. Inspectors found 40 A and 12 B. Greece seized the
   items": each counted found item is an intercepted row with the route's parties, when the conveyance was held or
   the found goods were seized just after; the plane makes no row. Not when nothing was seized, nor for uncounted
   finds.
5. A conveyance commanded to halt (frames/commanded.py, `landing_verbs` of [seizure]): "authorities ordered a cargo
   plane to land at X" is no order of the plane. An order of aircraft or boats for a purpose ("to replace its fleet",
   "to land troops") stays a purchase.
6. A conveyance told by a relative clause before its load (frames/held.py `conveyance`): "police stopped a van that
   had crossed from X carrying 30 pistols ...": the carrying participle the parser hangs on the relative clause, or
   on the place of its "from" phrase, tells the van's load, so the van's seizure is the load's. A van not held
   carries no seized load.
"""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> list[tuple[str | None, str | None, str, str]]:
    out = get_extractor().extract_text(text).transfers
    return [(r.supplier.name if r.supplier else None, r.recipient.name if r.recipient else None,
             r.item.text, r.stage) for r in out]


@pytest.mark.parametrize("text, supplier, recipient, item", [
    ("In June, Malta seized a freighter, the Sea Lark, which was carrying Belarusian rifles and mortar rounds "
     "bound for Eritrea, diplomats said.", "Belarus", "Eritrea", "rifles"),
    ("Last year the Greek coast guard stopped a cargo ship, the Orion Star, which was carrying 300 Serbian "
     "mortar shells bound for Libya, officials said on Tuesday.", "Serbia", "Libya", "mortar shells"),
    ("The Spanish navy intercepted a tanker, the Ocean Canada, which was carrying 40 Bulgarian rifles bound "
     "for Somalia.", "Bulgaria", "Somalia", "rifles"),
])
def test_named_conveyance_carries_seized_load(text: str, supplier: str, recipient: str, item: str) -> None:
    rows = _rows(text)
    assert (supplier, recipient, item, "intercepted") in rows
    assert not [r for r in rows if r[0] in ("Canada", "Malta", "Greece", "Spain")]


def test_ship_name_with_a_state_is_no_supplier() -> None:
    rows = _rows("In May, Oman seized a vessel, the Pacific Canada, which was carrying rifles bound for Yemen, "
                 "officials said.")
    assert rows and all(r[0] != "Canada" for r in rows)
    assert [r for r in rows if r[1] == "Yemen" and r[3] == "intercepted"]


@pytest.mark.parametrize("text", [
    "The navy escorted a ship, the Blue Heron, which was carrying rifles bound for Eritrea, officials said.",
    "The coast guard hailed a freighter, the Morning Gull, which was sailing to Kenya, officials said.",
])
def test_no_seizure_without_a_seizing_verb(text: str) -> None:
    assert not [r for r in _rows(text) if r[3] == "intercepted"]


def test_name_beside_a_non_conveyance_is_no_load() -> None:
    rows = _rows("Police questioned a broker, the Tarvian Trading House, which was selling tractors, officials said.")
    assert not [r for r in rows if r[3] == "intercepted"]


@pytest.mark.parametrize("text, recipient, items", [
    ("Customs officers at Mombasa impounded a container last week. A spokesman said the cargo included mortar bombs, "
     "assault rifles and detonators. The crew was released. A port official said the weapons had been headed "
     "for the Ruritanian rebels.", "Ruritanian rebels", {"mortar bombs", "assault rifles", "detonators"}),
    ("Marines boarded and seized a dhow off Socotra in March. Its cargo comprised anti-tank mines, sniper rifles "
     "and machine guns, according to the navy. Two weeks later, a navy spokesman said the arms had been destined "
     "for Somalia.", "Somalia", {"anti-tank mines", "sniper rifles", "machine guns"}),
])
def test_listed_load_takes_later_destination(text: str, recipient: str, items: set[str]) -> None:
    rows = _rows(text)
    got = {r[2] for r in rows if r[1] == recipient and r[3] == "intercepted"}
    assert items <= got
    assert not [r for r in rows if r[2] in ("weapons", "arms") and r[1] == recipient]


def test_listed_load_with_a_transfer_between_keeps_apart() -> None:
    rows = _rows("Customs officers impounded a container last week. A spokesman said the cargo included mortar bombs "
                 "and detonators. Separately, Ruritania bought 12 howitzers from France. Officials said the weapons "
                 "had been headed for the rebels.")
    assert not [r for r in rows if r[2] in ("mortar bombs", "detonators") and r[1] == "rebels"]


def test_listed_load_and_a_counted_later_noun_keep_apart() -> None:
    rows = _rows("Customs officers impounded a container last week. A spokesman said the cargo included mortar bombs "
                 "and detonators. Officials said 40 rifles found elsewhere had been headed for the rebels.")
    assert not [r for r in rows if r[2] in ("mortar bombs", "detonators") and r[1] == "rebels"]


def test_unseized_listed_load_is_left_alone() -> None:
    rows = _rows("A spokesman said the cargo included mortar bombs and detonators. A port official said the weapons "
                 "had been headed for the rebels.")
    assert not [r for r in rows if r[3] == "intercepted"]


@pytest.mark.parametrize("text, recipient, items", [
    ("Jordanian customs seized a cargo plane carrying mortar rounds from Bulgaria. Its pilot was detained. An "
     "official said the plane's ultimate destination was believed to be Sudan.", "Sudan", {"mortar rounds"}),
    ("Egyptian customs seized a cargo plane carrying mortar rounds from Bulgaria. A spokesman said the cargo included "
     "anti-tank mines and detonators. Its ultimate destination was believed to be Yemen.", "Yemen",
     {"mortar rounds", "anti-tank mines", "detonators"}),
    ("Panamanian police seized a cargo aircraft carrying rockets from Serbia. Its destination was thought to be "
     "Guatemala, a police spokesman said.", "Guatemala", {"rockets"}),
])
def test_destination_copula_names_seized_recipient(text: str, recipient: str, items: set[str]) -> None:
    got = {r[2] for r in _rows(text) if r[1] == recipient and r[3] == "intercepted"}
    assert items <= got


@pytest.mark.parametrize("text, recipient", [
    ("Jordanian customs seized a cargo plane carrying mortar rounds from Bulgaria. The ultimate destination was not "
     "believed to be Sudan.", "Sudan"),
    ("France sold 12 howitzers to a private broker last year. Their ultimate destination was believed to be Iraq.",
     "Iraq"),
])
def test_destination_copula_needs_a_seizure_and_an_assertion(text: str, recipient: str) -> None:
    assert not [r for r in _rows(text) if r[1] == recipient and r[3] == "intercepted"]


@pytest.mark.parametrize("text, seizer_named", [
    ("On 3 May, Maltese authorities ordered a cargo aircraft flying from Minsk to Tripoli, Libya, to land at Luqa. "
     "Inspectors found 40 sniper rifles, 12 machine guns and 900 mortar rounds. Malta seized the goods and informed "
     "the Committee.", True),
    ("Last week Maltese customs stopped a cargo aircraft flying from Minsk to Tripoli, Libya. A search of the hold "
     "found 40 sniper rifles, 12 machine guns and 900 mortar rounds.", False),
])
def test_finds_aboard_a_routed_conveyance(text: str, seizer_named: bool) -> None:
    rows = _rows(text)
    got = {r[2] for r in rows if (r[0], r[1], r[3]) == ("Belarus", "Libya", "intercepted")}
    assert {"sniper rifles", "machine guns", "mortar rounds"} <= got
    assert not [r for r in rows if r[2] == "cargo aircraft"]


@pytest.mark.parametrize("text", [
    "On 3 May, a cargo aircraft flew from Minsk to Tripoli, Libya. Inspectors later found 40 sniper rifles and 12 "
    "machine guns in a warehouse. The report was sent to the Committee.",
    "Maltese customs stopped a cargo aircraft flying from Minsk to Tripoli, Libya. Inspectors found sniper rifles "
    "and machine guns. The crew was released.",
])
def test_no_routed_finds_without_seizure_or_count(text: str) -> None:
    assert not [r for r in _rows(text) if r[3] == "intercepted" and r[2] in ("sniper rifles", "machine guns")]


@pytest.mark.parametrize("text", [
    "Cypriot authorities ordered a cargo plane flying from Baku to Khartoum to land at Larnaca.",
    "The Maltese navy ordered the freighter to dock at Valletta on Sunday.",
])
def test_commanded_conveyance_is_no_order(text: str) -> None:
    assert not [r for r in _rows(text) if r[3] == "ordered"]


@pytest.mark.parametrize("text, item", [
    ("Qatar ordered 12 transport aircraft from Brazil to replace its ageing fleet.", "transport aircraft"),
    ("Oman ordered two patrol boats from Turkey to land troops on the islands.", "patrol boats"),
])
def test_purchase_with_a_purpose_stays_an_order(text: str, item: str) -> None:
    assert [r for r in _rows(text) if r[2] == item and r[3] == "ordered"]


@pytest.mark.parametrize("text, item", [
    ("Romanian police stopped a van that had entered from the Republic of Moldova carrying 30 pistols. Police said "
     "the shipment was bound for the Black Wolves gang.", "pistols"),
    ("Latvian border guards stopped a lorry that had crossed from the Republic of Belarus carrying 25 RPG-7 "
     "grenade launchers and roughly 7,500 cartridges for rifles. The load was bound for the Black Wolves gang.",
     "RPG-7 grenade launchers"),
])
def test_conveyance_with_a_relative_clause_carries_seized_load(text: str, item: str) -> None:
    rows = _rows(text)
    assert [r for r in rows if r[2] == item and r[3] == "intercepted"]


def test_unheld_conveyance_with_a_relative_clause_is_no_seizure() -> None:
    rows = _rows("A van that had entered from the Republic of Moldova carrying 30 pistols reached Bucharest.")
    assert not [r for r in rows if r[3] == "intercepted"]
