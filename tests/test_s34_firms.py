"""Session 34 (round 2), firms: the state of a firm no gazetteer lists, introduced past the words that end its name.

Pattern (mentions/suffixed_firms.py): a maker's release and the trade press introduce a firm with its legal suffix
("Karvell Marine a.s.", "Tarnex Defence S.p.A.", "Velmar GmbH", "Halvard AS") or a capitalised word the tagger
sets apart from the name ("Halvard Aircraft"): "X a.s. is a Norwegian aircraft manufacturer", "X GmbH is a
shipbuilder based in Kiel, Germany", "ordered from X Aircraft of Town, Country", "a contract with X GmbH, a German
shipbuilder,". The firm is then of that state wherever the text names it as a party (so it supplies for its
state; building for its own state's forces is no transfer). Not without a firm noun ("X Ltd is an arms broker"
gives no state: a broker may be anywhere, and a person's "Jr." is no legal suffix that makes a firm).

Data (lexicon/data/actors.csv, source `curated`): well-known defence manufacturers and state exporters with their
home states (shipbuilders, aircraft, electronics and small-arms makers of the main producing states), so a firm the
text names bare ("delivered by Paramount Group") supplies for its state. Only distinctive names: no alias that is
also a state code, a common phrase ("Russian helicopters") or a place ("Sierra Nevada" alone)."""
from __future__ import annotations

import pytest

from materiel.extraction.pipeline import get_extractor


def _rows(text: str) -> list[tuple[str | None, str | None, str | None]]:
    out = []
    for t in get_extractor().extract_text(text).transfers:
        s, r = t.supplier, t.recipient
        out.append((s.country if s else None, r.country if r else None, s.kind if s else None))
    return out


@pytest.mark.parametrize("text,supplier,recipient", [
    ("Ostrava Avia a.s. is a Czech military aircraft manufacturer. Ostrava delivered six Kestrel KT-3 trainers to "
     "Zambia in May.", "CZE", "ZMB"),
    ("Halvard Aircraft AS is a Norwegian aircraft manufacturer. It delivered six Kestrel KT-3 trainers to Zambia "
     "in May.", "NOR", "ZMB"),
    ("Tarnex Defence S.p.A. is an Italian maker of naval guns. Tarnex delivered four naval guns to Kenya last "
     "year.", "ITA", "KEN"),
    ("Velmar Marine GmbH is a shipbuilder based in Kiel, Germany. Velmar delivered two patrol boats to Ghana.",
     "DEU", "GHA"),
    ("Four Kestrel KT-3 trainers were ordered by Zambia from Halvard Aircraft of Nordby, Norway, in March.",
     "NOR", "ZMB"),
    ("Kenya's air force is growing. Four Vessk V 90 turboprop trainers were ordered from Vessk Aircraft of "
     "Ober-Wendling, Austria, in May.", "AUT", "KEN"),
    ("Zambia signed a contract with Velmar Marine GmbH, a German shipbuilder, for two patrol boats.", "DEU", "ZMB"),
    ("Karvell Systems AB is a Swedish defence company. Karvell Systems AB said on Monday it had delivered 40 "
     "anti-tank missiles to Lithuania.", "SWE", "LTU"),
])
def test_suffixed_firm_supplies_for_its_state(text: str, supplier: str, recipient: str) -> None:
    assert (supplier, recipient, "state") in _rows(text)


def test_firm_building_for_its_own_state_is_no_transfer() -> None:
    text = ("Halvard Aircraft AS is a Norwegian aircraft manufacturer. Halvard delivered six Kestrel KT-3 trainers "
            "to the Royal Norwegian Air Force last year.")
    assert not _rows(text)


@pytest.mark.parametrize("text", [
    "Tarvik Industries Ltd is an arms broker. Tarvik delivered 300 rifles to the Kivu Front.",
    "Dr. Halvard Sten Jr. is a Norwegian engineer. Halvard Sten Jr. sold 300 rifles to the Kivu Front.",
])
def test_no_state_without_a_firm_noun(text: str) -> None:
    assert all(r[0] is None for r in _rows(text))


@pytest.mark.parametrize("text,supplier,recipient", [
    ("Zambia bought six armoured vehicles from Paramount Group in 2019.", "ZAF", "ZMB"),
    ("Lurssen delivered two offshore patrol vessels to Bulgaria last year.", "DEU", "BGR"),
    ("Kenya signed a contract with Damen for two patrol boats.", "NLD", "KEN"),
    ("Peru ordered 40 anti-tank rockets from Poongsan in March.", "KOR", "PER"),
])
def test_well_known_firm_supplies_for_its_state(text: str, supplier: str, recipient: str) -> None:
    assert (supplier, recipient, "state") in _rows(text)


def test_place_named_like_a_firm_is_no_firm() -> None:
    rows = _rows("Smugglers carried 40 rifles across the Sierra Nevada to a gang in Fresno.")
    assert all(r[2] != "company" for r in rows)
