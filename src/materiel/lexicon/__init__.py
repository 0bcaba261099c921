"""Reference data as typed records, loaded once from the CSV and TOML files in `materiel/lexicon/data`.

Analysts extend the register by editing these files, never the code: a new armed group goes into
`actors.csv`, a new weapon into `materiel.csv`, a new transfer verb into `predicates.toml` (its
irregular forms, if any, into `inflections.toml`); the other word lists extraction reads are in
`words.toml`, one section per module.
"""
from __future__ import annotations

import csv
import tomllib
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from materiel.record.errors import DataError


def data_dir() -> Path:
    return Path(str(resources.files("materiel.lexicon") / "data"))


def csv_rows(name: str) -> list[dict[str, str]]:
    path = data_dir() / name
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]
    except (OSError, csv.Error, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read data file {path}: {exc}") from exc


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


@cache
def regions() -> dict[str, frozenset[str]]:
    """A region's words ("balkan", "gulf", "south american") -> the iso3 codes of its states (`data/regions.csv`)."""
    out: dict[str, frozenset[str]] = {}
    for row in csv_rows("regions.csv"):
        members = frozenset(_split(row["members"]))
        for word in _split(row["words"]):
            out[word.lower()] = out.get(word.lower(), frozenset()) | members
    return out


@cache
def toml(name: str) -> dict[str, Any]:
    path = data_dir() / name
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DataError(f"cannot read data file {path}: {exc}") from exc


@cache
def word_list(section: str, key: str) -> tuple[str, ...]:
    """A list of words of `words.toml`, in file order (for lists whose order matters)."""
    try:
        values = toml("words.toml")[section][key]
    except KeyError as exc:
        raise DataError(f"words.toml has no list [{section}] {key}") from exc
    return tuple(str(v) for v in values)


@cache
def word_set(section: str, key: str) -> frozenset[str]:
    """A list of words of `words.toml`, for membership tests."""
    return frozenset(word_list(section, key))


def word_table(section: str, key: str) -> dict[str, Any]:
    """A table of `words.toml` (word -> value), in file order; a fresh copy on each call."""
    try:
        table = toml("words.toml")[section][key]
    except KeyError as exc:
        raise DataError(f"words.toml has no table [{section}.{key}]") from exc
    return dict(table)


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True)
class ActorEntry:
    id: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str | None


@dataclass(frozen=True)
class MaterielEntry:
    name: str
    aliases: tuple[str, ...]
    category: str
    origin: str | None
    generic: bool


@dataclass(frozen=True)
class Metonym:
    phrase: str
    refers_to: str
    kind: str


@dataclass
class Lexicon:
    countries: dict[str, Country] = field(default_factory=dict)
    actors: list[ActorEntry] = field(default_factory=list)
    materiel: list[MaterielEntry] = field(default_factory=list)
    ambiguous: set[str] = field(default_factory=set)
    metonyms: list[Metonym] = field(default_factory=list)

    def origin_of(self, designation: str) -> str | None:
        """The producing state of a designation, when it is a state today."""
        if not hasattr(self, "_origins"):  # a historical maker's designs are sold by its successor (Soviet: Russia)
            successor = word_table("origins", "successor_states")
            self._origins = {m.name: successor.get(m.origin.lower(), m.origin) for m in self.materiel if m.origin}
        origin = self._origins.get(designation)
        return origin if origin in self.countries else None

    def dispersed(self, designation: str) -> bool:
        """A historical maker's design of a category made across its bloc and beyond (a Soviet-era rifle or its
        cartridge: words.toml [origins] dispersed_categories), whose successor state tells no supplier."""
        if not hasattr(self, "_dispersed"):
            successor = word_table("origins", "successor_states")
            kinds = word_set("origins", "dispersed_categories")
            self._dispersed = {m.name for m in self.materiel
                               if m.origin and m.origin.lower() in successor and m.category in kinds}
        return designation in self._dispersed


def slug(name: str) -> str:
    out = "".join(c.lower() if c.isalnum() else "-" for c in name)
    return "-".join(p for p in out.split("-") if p)


def _load_countries() -> dict[str, Country]:
    out: dict[str, Country] = {}
    for r in csv_rows("countries.csv"):
        if r.get("kind") not in ("state", "historical"):
            continue
        aliases = set(_split(r["aliases"]))
        aliases |= {a[4:] for a in aliases if a.lower().startswith("the ")}
        capitals = tuple(_split(r["capitals"])) if r["kind"] == "state" else ()  # Moscow is Russia's today
        out[r["iso3"]] = Country(r["iso3"], r["name"], tuple(sorted(aliases)), tuple(_split(r["demonyms"])), capitals)
    return out


def _load_actors() -> list[ActorEntry]:
    out: list[ActorEntry] = []
    seen: set[str] = set()
    services = [{**r, "kind": "government_body"} for r in csv_rows("services.csv") if r["country"]]
    for r in csv_rows("actors.csv") + services:
        aid = slug(r["name"])
        if aid in seen:
            continue
        seen.add(aid)
        kind = r["kind"] if r["kind"] in {"armed_group", "government_body", "company", "igo"} else "other"
        out.append(ActorEntry(aid, r["name"], tuple(_split(r["aliases"])), kind, r["country"] or None))
    return out


@cache
def service_names() -> frozenset[str]:
    """The usual names of a state's services that do not tell which state's they are ("the National Army", "the
    Republican Guard"): `data/services.csv` rows with no country, in lower case (names and aliases). Rows with a
    country ("the Royal Air Force") are gazetteer bodies of that state (`_load_actors`)."""
    return frozenset(n.lower() for r in csv_rows("services.csv") if not r["country"]
                     for n in [r["name"], *_split(r["aliases"])])


# materiel.csv's `kind`: a generic noun ("drones", "shells") or a designation ("Bayraktar TB2").
MATERIEL_KINDS = ("generic", "designation")


def _load_materiel() -> list[MaterielEntry]:
    return [MaterielEntry(r["name"], tuple(_split(r["aliases"])), r["category"],
                          r["origin_country"] or None, r["kind"] == "generic")
            for r in csv_rows("materiel.csv")]


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The whole reference lexicon (cached: loaded once per process)."""
    lex = Lexicon(countries=_load_countries(), actors=_load_actors(), materiel=_load_materiel())
    lex.ambiguous = {r["phrase"] for r in csv_rows("materiel_ambiguous.csv")}
    lex.metonyms = [Metonym(r["phrase"], r["refers_to"], r["kind"]) for r in csv_rows("metonyms.csv")]
    if not lex.countries or not lex.materiel:
        raise DataError(f"reference data in {data_dir()} is empty")
    return lex
