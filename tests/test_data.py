"""Consistency of the reference data shipped in materiel/lexicon/data (see data/SOURCES.md)."""
from __future__ import annotations

import csv
import re
from importlib import resources

import pytest

from materiel import lexicon
from materiel.extraction import civil

DATA = resources.files("materiel.lexicon") / "data"

COLUMNS = {
    "countries.csv": ["iso3", "iso2", "name", "aliases", "demonyms", "capitals", "un_member", "kind"],
    "iso_numeric.csv": ["iso3", "numeric"],
    "actors.csv": ["name", "aliases", "kind", "country", "cameo_code", "source"],
    "materiel.csv": ["name", "aliases", "category", "origin_country", "source", "kind"],
    "materiel_ambiguous.csv": ["phrase", "row_name", "category", "zipf_en", "advice"],
    "metonyms.csv": ["phrase", "refers_to", "kind"],
    "lookup_aliases.csv": ["alias", "refers_to", "note"],
    "cameo_codebook.csv": ["code", "name"],
    "civil_items.csv": ["family", "maker", "kind", "pattern", "example", "note"],
    "currencies.csv": ["form", "code", "kind", "note"],
    "usd_rates.csv": ["currency", "year", "per_usd", "source"],
    "regions.csv": ["region", "words", "members", "source"],
}

# The closed category vocabulary of materiel.csv (shared/gazetteers/README.md, data/SOURCES.md).
CATEGORIES = {
    "tank", "ifv", "apc", "armoured_vehicle", "engineering_vehicle", "vehicle", "command_vehicle",
    "artillery", "howitzer", "mlrs", "mortar", "grenade_launcher", "anti_tank_weapon", "atgm", "manpads",
    "sam_system", "anti_aircraft_gun", "counter_drone_system", "missile", "bomb", "ammunition",
    "explosive", "mine", "small_arms", "uav", "loitering_munition", "ugv", "aircraft", "helicopter",
    "ship", "submarine", "radar", "counter_battery_radar", "ew_system", "naval_weapon", "torpedo",
    "satellite", "wmd", "weapons", "equipment",
}


def rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, strict=True)
        out = list(reader)
    assert reader.fieldnames == COLUMNS[name], f"{name}: unexpected header {reader.fieldnames}"
    for n, row in enumerate(out, start=2):
        assert None not in row and None not in row.values(), f"{name} row {n}: wrong number of fields"
    return out


@pytest.fixture(scope="module")
def iso3() -> set[str]:
    return {r["iso3"] for r in rows("countries.csv")}


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_file_parses(name):
    assert rows(name), f"{name} has no rows"


def test_actor_countries_exist(iso3):
    bad = [(r["name"], r["country"]) for r in rows("actors.csv") if r["country"] and r["country"] not in iso3]
    assert not bad, f"actors.csv country not in countries.csv: {bad}"


def test_materiel_origins_exist(iso3):
    bad = [(r["name"], r["origin_country"]) for r in rows("materiel.csv")
           if r["origin_country"] and r["origin_country"] not in iso3]
    assert not bad, f"materiel.csv origin_country not in countries.csv: {bad}"


def test_metonyms_refer_to_a_country_or_actor(iso3):
    actors = {r["name"] for r in rows("actors.csv")}
    bad = [(r["phrase"], r["refers_to"]) for r in rows("metonyms.csv")
           if r["refers_to"] not in iso3 and r["refers_to"] not in actors]
    assert not bad, f"metonyms.csv refers_to neither an ISO3 code nor an actor name: {bad}"


def test_lookup_aliases_refer_to_a_country_or_actor(iso3):
    actors = {r["name"] for r in rows("actors.csv")}
    table = rows("lookup_aliases.csv")
    bad = [(r["alias"], r["refers_to"]) for r in table if r["refers_to"] not in iso3 and r["refers_to"] not in actors]
    assert not bad, f"lookup_aliases.csv refers_to neither an ISO3 code nor an actor name: {bad}"
    assert all(r["alias"].strip() and r["note"].strip() for r in table), "lookup_aliases.csv: every row needs an alias and a note"
    aliases = [r["alias"].casefold() for r in table]
    assert len(aliases) == len(set(aliases)), "lookup_aliases.csv: an alias twice"


def test_lookup_names_reach_the_short_forms():
    """The names people type (issue 13) are in the data, none hard-coded: US, UK, Turkey, Kiev ..."""
    from materiel.lexicon.names import known_as  # deferred: only this test reads the lookup index

    for name, actor in [("US", "USA"), ("U.S.A.", "USA"), ("Washington", "USA"), ("America", "USA"), ("UK", "GBR"),
                        ("Britain", "GBR"), ("London", "GBR"), ("Turkey", "TUR"), ("Türkiye", "TUR"), ("Ankara", "TUR"),
                        ("Kyiv", "UKR"), ("Kiev", "UKR"), ("IDF", "ISR"), ("the Kremlin", "RUS")]:
        assert actor in known_as(name), name


def test_materiel_categories_in_vocabulary():
    bad = sorted({r["category"] for r in rows("materiel.csv")} - CATEGORIES)
    assert not bad, f"materiel.csv categories outside the vocabulary: {bad}"


def test_ambiguous_rows_exist():
    names = {r["name"] for r in rows("materiel.csv")}
    bad = [(r["phrase"], r["row_name"]) for r in rows("materiel_ambiguous.csv") if r["row_name"] not in names]
    assert not bad, f"materiel_ambiguous.csv row_name not in materiel.csv: {bad}"


# Kinds of civil_items.csv: civil aircraft designations and families, generic civil aircraft nouns, cars.
CIVIL_KINDS = {"airliner", "regional", "business_jet", "generic_aircraft", "firefighting", "car", "truck", "vessel",
               "rolling_stock"}


def test_civil_items_are_valid_patterns() -> None:
    """Each civil item's pattern compiles and finds its own example; no row names a military variant."""
    seen: set[str] = set()
    for r in rows("civil_items.csv"):
        assert r["family"] and r["family"] not in seen, f"civil_items.csv: duplicate family {r['family']!r}"
        seen.add(r["family"])
        assert r["kind"] in CIVIL_KINDS, (r["family"], r["kind"])
        assert re.compile(r["pattern"]).search(r["example"]), (r["family"], r["example"])
        assert not civil.military_variant(r["example"]), r["family"]
        assert civil.civil_item(r["example"]) is not None


def test_country_codes_are_iso_3166() -> None:
    """Every state's code is an ISO 3166 alpha-3 code (pycountry), Kosovo's user-assigned XKX aside."""


    import pycountry

    path = resources.files("materiel.lexicon") / "data" / "countries.csv"
    with path.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["kind"] == "state"]
    unknown = [r["iso3"] for r in rows if pycountry.countries.get(alpha_3=r["iso3"]) is None and r["iso3"] != "XKX"]
    assert not unknown, unknown


def test_iso_numeric_covers_the_countries(iso3: set[str]) -> None:
    """Every country but Kosovo (no ISO code) has one three-digit numeric code, and no code is given twice."""
    numeric = {r["iso3"]: r["numeric"] for r in rows("iso_numeric.csv")}
    assert set(numeric) == iso3 - {"XKX"}
    assert all(re.fullmatch(r"\d{3}", n) for n in numeric.values())
    assert len(set(numeric.values())) == len(numeric)
    assert numeric["FRA"] == "250" and numeric["UKR"] == "804"


def test_materiel_kind_is_an_explicit_column() -> None:
    """materiel.csv says whether a row is a generic noun in its own `kind` column, not in its provenance."""
    kinds = [r["kind"] for r in rows("materiel.csv")]
    assert set(kinds) == set(lexicon.MATERIEL_KINDS), sorted(set(kinds))
    assert all("generic" not in r["source"].split(";") for r in rows("materiel.csv"))
    generic = {m.name for m in lexicon.load().materiel if m.generic}
    assert {"artillery shell", "aircraft"} <= generic and len(generic) == kinds.count("generic")


def test_region_members_are_countries_and_words_are_lower_case(iso3: set[str]) -> None:
    for r in rows("regions.csv"):
        members = r["members"].split("|")
        assert members and not [m for m in members if m not in iso3], r["region"]
        assert r["words"] and r["words"] == r["words"].lower() and r["source"], r["region"]
