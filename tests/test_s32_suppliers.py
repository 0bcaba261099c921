"""Session 32 (suppliers): the supplier a text gives through the words that introduce a firm.

1. A firm introduced after a national firm noun no person bears ("the Czech manufacturer X", "the Turkish firm X",
   `firm_only_nouns` of [firm_countries] in words.toml) is a company of that state even when the tagger takes its
   unknown name for a person's (mentions/firm_countries.py `_before` with `person`): later "X sold 400 rifles to Y"
   is a row from that state, not from a bare name (nor from a source named in the sentence, "records reviewed by
   Z"). A firm noun a person may bear ("the Czech dealer X", "the arms broker X") gives no state.
2. A purchase, an order or a request placed in another state with no seller told ("X bought six rifles in
   Zambia", "sent emissaries to Hanoi to seek mortars", "signed a contract in Paris for three radars";
   extraction/market_places.py): the place's state is the supplier. Not the buyer's own state or capital ("Kenya's
   army bought rifles in Nairobi"), not a delivery's place ("delivered in Spain to Y"), never over a told seller.
3. A gapped item with its own maker's adjective after the first conjunct's source phrase ("received vehicles from
   X and Ruritanian-made helicopters", "bought trucks from X in 2019 and Ruritanian drones in 2021";
   frames/gapped_makers.py): the maker supplies the gapped item, not X. Kept: a supplier that is the verb's subject
   ("X sold Y trucks and Ruritanian drones"), a source told after both items, the same state's own make, and a
   source of the gapped item's own ("and Ruritanian drones from Z").
"""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> list[tuple[str | None, str | None, str, str]]:
    out = get_extractor().extract_text(text).transfers
    return [(r.supplier.country if r.supplier else None, r.recipient.name if r.recipient else None,
             r.item.text, r.stage) for r in out]


@pytest.mark.parametrize(("text", "state"), [
    ("The rifles were made by the Czech manufacturer Halvorsen, the report said. "
     "Halvorsen later sold 400 rifles to Kenya.", "CZE"),
    ("The drones came from the Turkish firm Edmundo Ferraz. Edmundo Ferraz delivered six drones to Niger last year.",
     "TUR"),
    ("Investigators identified rocket fragments produced by the Brazilian company Vidalros. Vidalros supplied "
     "rocket launchers to Saudi Arabia in 2009, according to trade records reviewed by the Arms Monitor (TAM).",
     "BRA"),
    ("Inspectors traced the shells to the Serbian producer Marković, officials said. Marković exported 2,000 "
     "mortar bombs to Ethiopia in 2016.", "SRB"),
])
def test_firm_noun_before_a_person_like_name(text: str, state: str) -> None:
    rows = _rows(text)
    assert rows and all(r[0] == state for r in rows), rows


@pytest.mark.parametrize("text", [
    "The Czech dealer Tomas Novak met buyers in Prague. Tomas Novak sold 400 rifles to Kenya, the court heard.",
    "The rifles were bought from the Czech arms broker Pavel Dvorak. Pavel Dvorak delivered 300 rifles to the "
    "militia.",
])
def test_person_nouns_give_no_state(text: str) -> None:
    rows = _rows(text)
    assert rows and all(r[0] is None for r in rows), rows


@pytest.mark.parametrize(("text", "state"), [
    ("The Kivu Front purchased 30 mortars and 900 shells in Zambia two years ago, investigators said.", "ZMB"),
    ("The Kenyan navy bought two patrol boats in Madrid last year.", "ESP"),
    ("The Kivu Front dispatched two emissaries to Hanoi to seek mortars and anti-tank mines.", "VNM"),
    ("Officials of the Kivu Front sought mortars in Vietnam, investigators said.", "VNM"),
    ("The Moroccan navy ordered three corvettes in Italy in 2019.", "ITA"),
])
def test_bought_or_sought_in_another_state(text: str, state: str) -> None:
    """2. A purchase, order or request placed in another state with no seller told (extraction/market_places.py):
    that state supplies."""
    rows = _rows(text)
    assert rows and all(r[0] == state for r in rows), rows


@pytest.mark.parametrize("text", [
    "Kenya's army bought 400 rifles in Nairobi last year.",  # the buyer's own capital: a local purchase
    "The Kenyan army bought 400 rifles in Kenya last year.",
    "The ship was delivered in Spain to the Moroccan navy.",  # a delivery's place is where it arrived
])
def test_no_market_state(text: str) -> None:
    rows = _rows(text)
    assert rows and all(r[0] is None for r in rows), rows


def test_told_seller_stays() -> None:
    rows = _rows("Turkey sold six drones to Kenya in Nairobi.")
    assert rows and all(r[0] == "TUR" for r in rows), rows


@pytest.mark.parametrize(("text", "state"), [
    ("Kenya received armoured vehicles from China and French-made helicopters last year.", "FRA"),
    ("Kenya received armoured vehicles from China and French helicopters last year.", "FRA"),
    ("Kenya bought armoured vehicles from China in 2019 and Turkish drones in 2021.", "TUR"),
])
def test_gapped_item_keeps_its_own_maker(text: str, state: str) -> None:
    """3. A gapped item with its own maker's adjective after a source phrase (frames/gapped_makers.py)."""
    rows = _rows(text)
    assert {r[0] for r in rows} == {"CHN", state}, rows
    assert [r[0] for r in rows if r[0] == state] == [state], rows


@pytest.mark.parametrize("text", [
    "China sold Kenya armoured vehicles and Turkish drones.",  # the subject sells both
    "Kenya received armoured vehicles and Turkish drones from China last year.",  # the source after both
    "Kenya received armoured vehicles from China and Chinese-made drones last year.",
])
def test_gapped_item_source_kept(text: str) -> None:
    rows = _rows(text)
    assert len(rows) == 2 and all(r[0] == "CHN" for r in rows), rows


def test_gapped_item_own_source() -> None:
    rows = _rows("Kenya received armoured vehicles from China and Turkish drones from Qatar last year.")
    assert sorted(r[0] or "" for r in rows) == ["CHN", "QAT"], rows
