"""Session 35 (round 2), firm names: firms the text names but the system placed in no state.

1. A firm named after its home town with trade words and a generic head (mentions/town_firms.py): "<Town>
   Aircraft Corporation", "<Town> Helicopter Plant", "<Town> Shipbuilding Industries", "<Town> Machine Plant"
   (`town_firm_trades`, `town_firm_heads` of [firm_countries] in words.toml): the firm supplies for the town's
   state, even where the tagger took the name for a person's. A generic head with no trade word ("Minsk Group")
   is no firm, and building for the town's own state is no transfer.
2. A deal noun's "for" phrase the parser reads as the verb's indirect object (extraction/deal_for_datives.py),
   most often before a maker's possessive name: "signed a deal worth $X for <Firm> Industries' <Model> drones",
   "signed a deal for <Firm>'s <Model> trainers": the "for" is the deal's, so the deal has its item. Not when
   the "for" names a party ("signed a deal for Ruritania": the one it is done for)."""
from __future__ import annotations

import pytest

from materiel.extraction.mentions import town_firms
from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> list[tuple[str | None, str | None]]:
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None)
            for t in get_extractor().extract_text(text).transfers]


@pytest.mark.parametrize("text,supplier,recipient", [
    ("Zambia ordered ten jet trainers from Harbin Aircraft Corporation in 2019.", "CHN", "ZMB"),
    ("Four transport helicopters were delivered to Zambia by Kazan Helicopter Plant last year.", "RUS", "ZMB"),
    ("Gdansk Shipbuilding Industries will build two corvettes for Ghana under a contract signed in May.",
     "POL", "GHA"),
    ("Laos bought four transport aircraft from Kharkiv Aviation Industry in 2009.", "UKR", "LAO"),
    ("Nizhny Novgorod Machine Plant delivered 20 howitzers to Myanmar.", "RUS", "MMR"),
    ("Ethiopia bought 30 tanks from the Kharkiv Machine-Building Plant in 2011.", "UKR", "ETH"),
    ("Zambia's air force received six jet trainers built by Harbin Aviation Industry Group.", "CHN", "ZMB"),
])
def test_town_named_plant_supplies_for_its_state(text: str, supplier: str, recipient: str) -> None:
    assert (supplier, recipient) in _rows(text)


@pytest.mark.parametrize("name,state", [
    ("Harbin Aircraft Corporation", "CHN"), ("Kazan Helicopter Plant", "RUS"), ("Galati Shipyard", "ROU"),
    ("Nizhny Novgorod Machine Plant", "RUS"), ("Minsk Group", None), ("Harbin Corporation", None),
    ("Kazan Football Club", None), ("Tarnby Aircraft Corporation", None), ("Harbin Industry Group", None),
    ("the Kharkiv Machine-Building Plant", "UKR"), ("Lima Group", None),
])
def test_name_state(name: str, state: str | None) -> None:
    assert town_firms.name_state(name) == state


def test_plant_building_for_its_own_state_is_no_transfer() -> None:
    assert not _rows("Harbin Aircraft Corporation delivered ten helicopters to the Chinese army in March.")


def test_generic_head_alone_is_no_firm() -> None:
    assert ("BLR", "ARM") not in _rows("The Minsk Group said Armenia had bought six howitzers from Russia.")


@pytest.mark.parametrize("text,supplier,recipient,model", [
    ("Ghana signed a deal for Israel Aerospace Industries' Heron drones in 2021.", "ISR", "GHA", "Heron"),
    ("Kenya signed a deal worth about $200 million for Korea Aerospace Industries' KT-1 trainers last year, "
     "officials said.", "KOR", "KEN", "KT-1"),
    ("Peru has signed a deal worth $90 million for Israel Aerospace Industries' Heron drones.", "ISR", "PER",
     "Heron"),
])
def test_deal_for_a_makers_model(text: str, supplier: str, recipient: str, model: str) -> None:
    rows = get_extractor().extract_text(text).transfers
    assert any(t.supplier and t.supplier.country == supplier and t.recipient and t.recipient.country == recipient
               and t.item and model in t.item.text and t.stage == "ordered" for t in rows)


def test_deal_parse_moves_dative_for() -> None:
    doc = get_extractor().nlp("Ghana signed a deal for Israel Aerospace Industries' Heron drones in 2021.")
    fors = [t for t in doc if t.lower_ == "for"]
    assert fors and fors[0].head.lower_ == "deal" and fors[0].dep_ == "prep"


@pytest.mark.parametrize("text", [
    "Zambia signed a deal for Ghana with Norway last year.",
    "Zambia signed a trade deal with Norway for the first time in 2021.",
])
def test_deal_for_a_party_or_time_gives_no_row(text: str) -> None:
    assert not get_extractor().extract_text(text).transfers
