"""Session 33 (seizures): seized shipments told in ways the rules missed.

1. A conveyance named in apposition (named_vessels.py, frames/held.py): "the navy seized a freighter, the Sea
   Lark, which was carrying rifles bound for X, officials said". The parser took the name for a second subject of
   the closing verb of saying; the component `materiel_named_vessels` hangs it back on the object noun it stands
   beside, and a carrying clause on the name is the load of the conveyance (seized, with the destination the
   parser hung on the name). The ship's name is never a party, even when it holds a state's name. Not a seizure:
   a conveyance only escorted; and a name beside a verb's object that is no conveyance makes no carrying row.
2. A load listed first and given its destination later (listed_loads.py): "Officials said the cargo included A,
   B and C. ... the weapons were meant for Y": the listed items take the destination of the general noun that
   names the load again (which makes no row of its own), and are seized when a seizure was told just before the
   list. Not when another transfer with a recipient comes between, nor when the later noun is counted or named.
3. A seized load's destination told by a copula on "destination" (seized_groups.named_recipient, `recipient_nouns`
   of [seizure]), also behind a verb of belief: "the plane's final destination was believed to be X", within
   `inventory_sentences` of the seizure; the rows of a listing of the load ("the cargo included A and B") take it
   too. Not a denied belief, nor a load no one seized.
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
    ("Customs officers at Mombasa impounded a container last week. Officials said the cargo included mortar bombs, "
     "assault rifles and detonators. The crew was released. A senior customs officer said the weapons were meant "
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
    rows = _rows("Customs officers impounded a container last week. Officials said the cargo included mortar bombs "
                 "and detonators. Separately, Ruritania bought 12 howitzers from France. Officials said the weapons "
                 "were meant for the rebels.")
    assert not [r for r in rows if r[2] in ("mortar bombs", "detonators") and r[1] == "rebels"]


def test_listed_load_and_a_counted_later_noun_keep_apart() -> None:
    rows = _rows("Customs officers impounded a container last week. Officials said the cargo included mortar bombs "
                 "and detonators. Officials said 40 rifles found elsewhere were meant for the rebels.")
    assert not [r for r in rows if r[2] in ("mortar bombs", "detonators") and r[1] == "rebels"]


def test_unseized_listed_load_is_left_alone() -> None:
    rows = _rows("Officials said the cargo included mortar bombs and detonators. A senior officer said the weapons "
                 "were meant for the rebels.")
    assert not [r for r in rows if r[3] == "intercepted"]


@pytest.mark.parametrize("text, recipient, items", [
    ("Egyptian customs seized a cargo plane carrying mortar rounds from Bulgaria. The pilot was arrested. Officials "
     "said the plane's final destination was believed to be Sudan.", "Sudan", {"mortar rounds"}),
    ("Egyptian customs seized a cargo plane carrying mortar rounds from Bulgaria. Officials said the cargo included "
     "anti-tank mines and detonators. The final destination was believed to be Yemen.", "Yemen",
     {"mortar rounds", "anti-tank mines", "detonators"}),
    ("Panamanian police seized a cargo aircraft carrying rockets from Serbia. Its destination was thought to be "
     "Guatemala, a police spokesman said.", "Guatemala", {"rockets"}),
])
def test_destination_copula_names_seized_recipient(text: str, recipient: str, items: set[str]) -> None:
    got = {r[2] for r in _rows(text) if r[1] == recipient and r[3] == "intercepted"}
    assert items <= got


@pytest.mark.parametrize("text, recipient", [
    ("Egyptian customs seized a cargo plane carrying mortar rounds from Bulgaria. The final destination was not "
     "believed to be Sudan.", "Sudan"),
    ("France sold 12 howitzers to a private broker last year. Their final destination was believed to be Iraq.",
     "Iraq"),
])
def test_destination_copula_needs_a_seizure_and_an_assertion(text: str, recipient: str) -> None:
    assert not [r for r in _rows(text) if r[1] == recipient and r[3] == "intercepted"]
