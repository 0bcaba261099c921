"""Session 20 (helper U): items.

- a designation of an unknown shape that a count opens, maybe past a maker's name, is an item even with no
  weapon noun after it ("four Zorvan Z-40 from Jordan", "two Airbus H145M"; `counted_names.py`);
- a maker's word and a model number written apart match the gazetteer's hyphenated form ("a Beech 1900D" for
  "Beech-1900"; `recognizers.MaterielRecognizer._spaced_models`);
- a name before a heavy wheel configuration is a wheeled armoured vehicle ("the Zarnak 8x8"), and the
  configuration is never a count (`counted_names.wheeled_names`, `name_numbers.calibre`);
- a formation as the object of an equipping verb ("to equip the unit sent to X") is no item
  (`frames/equipped.py`, `words.toml` [equipped] formations);
- "negotiated with X over Y": the "over" phrase of a verb of considering names the item (`predicates.toml`);
- commuter, regional and agricultural aircraft are civil (`civil_items.csv`).

Every sentence is written for these tests (not taken from any article)."""
from __future__ import annotations

import pytest


def _rows(extractor, text: str) -> list[tuple[str | None, str | None, str, str, int | None]]:  # noqa: ANN001
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text(text).transfers]


@pytest.mark.parametrize(("text", "want"), [
    ("Kenya received four Zorvan Z-40 from Jordan last year.", ("JOR", "KEN", "delivered", "Z-40", 4)),
    ("Peru bought twelve Tarvos-3 from Brazil in 2019.", ("BRA", "PER", "delivered", "Tarvos-3", 12)),
    ("Mali received two Airbus H145M from Germany.", ("DEU", "MLI", "delivered", "H145M", 2)),
    ("The Seychelles ordered two Tarvos-3s and one Halvar KX7 from India.", ("IND", "SYC", "ordered", "KX7", 1)),
    ("Niger received three Leonardo AW109 from Italy in March.", ("ITA", "NER", "delivered", "AW109", 3)),
])
def test_counted_designation_of_unknown_shape(extractor, text, want) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(r[:3] == want[:3] and want[3] in r[3] and r[4] == want[4] for r in rows), rows


@pytest.mark.parametrize("text", [
    "The United States sold Ecuador a Beech 1900 in 2016.",
    "Peru received two Beech 1900D from the United States.",
])
def test_maker_and_model_number_written_apart(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(r[0] == "USA" and "Beech 1900" in r[3] for r in rows), rows


@pytest.mark.parametrize(("text", "name", "qty"), [
    ("Senegal is also studying the heavier Zarnak 8x8 from Turkey.", "Zarnak 8x8", None),
    ("Togo ordered 20 Halvar 6x6 from Turkey in 2022.", "Halvar 6x6", 20),
    ("Turkey sold Senegal twelve Zarnak 8x8 armoured vehicles.", "Zarnak 8x8", 12),
])
def test_named_wheeled_vehicle(extractor, text, name, qty) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(r[0] == "TUR" and name in r[3] and r[4] == qty for r in rows), rows


def test_wheel_configuration_is_no_count(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Turkey sold Senegal 8x8 armoured vehicles.")
    assert rows and all(r[4] != 8 for r in rows), rows


def test_equipped_formation_is_no_item(extractor) -> None:  # noqa: ANN001
    rows = _rows(extractor, "Spain donated six Vexa R-12 trucks to the Peruvian Army, to equip the unit posted "
                            "with the UN mission in Lebanon.")
    assert any("trucks" in r[3] for r in rows), rows
    assert not any("unit" in r[3] for r in rows), rows


@pytest.mark.parametrize("text", [
    "In 2019 Kenya's army negotiated with Serbia's state weapons exporter over forty mortars.",
    "Kenya's police negotiated with a Czech arms dealer over 500 pistols.",
])
def test_negotiated_over_names_the_item(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(r[0] in ("SRB", "CZE") and r[2] == "considered" and ("mortars" in r[3] or "pistols" in r[3])
               for r in rows), rows
    assert not any("state" in r[3] for r in rows), rows


@pytest.mark.parametrize("text", [
    "Slovakia also sold 30 commuter aircraft to Peru last year.",
    "Brazil delivered six regional aircraft to Angola in 2020.",
    "Brazil sold six regional jets to an airline in Angola.",
    "The Czech Republic also sold 20 commuter aircraft to airlines in Peru last year.",
    "Poland sold four crop-dusters to farmers in Ukraine.",
])
def test_civil_aircraft_kinds(extractor, text) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


@pytest.mark.parametrize("text", [
    "Kenya sent 40 officers to the G20 summit in Brazil, along with two M23 defectors.",
    "Nigeria sent 300 troops to Mali under Resolution 2085.",
    "The ministry bought three Galaxy S23 phones from Korea for its staff.",
    "The police bought 40 Toyota 4x4 pickups from Japan.",
    "Uganda received two G7 delegations from France in 2019.",
])
def test_no_item_from_other_numbered_names(extractor, text) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []


@pytest.mark.parametrize(("text", "name", "qty"), [
    ("Since 2022, Serbia has delivered 152mm artillery ammunition to Armenia.", "152mm artillery ammunition", None),
    ("Romania exported 12,000 5.45 x 39 mm rounds to Moldova.", "5.45 x 39 mm rounds", 12000),
    ("Romania delivered 5.56 x 45 mm ammunition to Moldova.", "5.56 x 45 mm ammunition", None),
])
def test_calibre_is_part_of_the_name(extractor, text, name, qty) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(name in r[3] and r[4] == qty for r in rows), rows


@pytest.mark.parametrize("text", [
    "In the 1980s Angola was armed mostly by Cuba, which supplied it with 60 Zarnak Z-41 tanks and Kovar rifles.",
    "Qatar gave eight Tarvos helicopters to Chad in 2021, and Italy has offered Kestrel air-to-ground missiles to arm "
    "them.",
])
def test_implied_weapons_covered_by_named_items(extractor, text) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert rows and not any("implied" in r[3] for r in rows), rows


@pytest.mark.parametrize(("text", "name"), [
    ("Port Louis has since asked Japan for a second Kestrel 350 to guard its coast.", "Kestrel 350"),
    ("Kenya received two Halvar 228 from India in 2013.", "Halvar 228"),
    ("Ghana took delivery of its first Zorvan Z-40 from Jordan.", "Zorvan Z-40"),
    ("The United States gave Kenya another Kestrel 350 in May.", "Kestrel 350"),
])
def test_maker_model_number_and_ordinals(extractor, text, name) -> None:  # noqa: ANN001
    rows = _rows(extractor, text)
    assert any(name in r[3] for r in rows), rows


@pytest.mark.parametrize("text", [
    "The national carrier announced it will receive its first Embraer E195 jets from Brazil.",
    "Nigeria sent two Unit 731 veterans to Mali.",
    "In March 2019 Chile sold Peru the first Route 66 souvenirs.",
])
def test_no_item_from_airliners_or_numbered_nouns(extractor, text) -> None:  # noqa: ANN001
    assert _rows(extractor, text) == []
