"""Template sweep: how often materiel loses a plain transfer sentence of a common shape.

Each file of scripts/sweeps/*.toml lists [[template]] entries, sentence shapes of published reporting with slots
filled at random from the gazetteer (states, capitals, demonyms), the catalogue (model names and a generic noun of
their kind), a past year ({year}), an invented ship's name ({ship}), the word list scripts/sweeps/words/items.toml (generic item nouns, count
phrases) and {G}, a short list of invented armed groups (a non-state recipient). A filled sentence passes when one
row has the expected supplier's and recipient's states (or group), stage,
factuality and, where the template counts, the quantity. It measures shapes, not articles: no sentence of a fixture
is a template. Usage:

    python scripts/template_sweep.py [FILES...] [--per 20] [--seed 1] [--show 3] [--only NAME]
"""
from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import tomllib
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "materiel" / "lexicon" / "data"
SWEEPS = ROOT / "scripts" / "sweeps"
WORDS = SWEEPS / "words" / "items.toml"  # generic item nouns ({item} singular, {items} plural) and count phrases ({q})
STATES = ["PER", "CHL", "GHA", "KEN", "POL", "VNM", "EGY", "IDN", "BRA", "ITA", "ESP", "KOR", "PAK", "ROU", "NGA",
          "MAR", "THA", "COL", "SRB", "JOR", "BGD", "ZMB", "URY", "NOR", "CZE", "MYS", "ARG", "SEN", "OMN", "BGR"]
NOUNS = {"aircraft": ["jets", "fighters", "aircraft"], "helicopter": ["helicopters"], "tank": ["tanks"],
         "apc": ["armoured vehicles"], "artillery": ["howitzers"], "ship": ["patrol boats", "corvettes"],
         "missile": ["missiles"], "uav": ["drones"], "sam_system": ["air-defence systems"]}
# Invented armed groups for the {G} slot (a non-state recipient); none is a real group or a fixture's.
GROUPS = ["the Kessar Liberation Front", "the Morvane Patriotic Army", "the Ilbek Popular Movement",
          "the Tarsh Brigades", "the Orun Valley Militia", "the Daskal Resistance Council"]
COUNTS = [("two", 2), ("three", 3), ("four", 4), ("six", 6), ("eight", 8), ("12", 12), ("24", 24), ("36", 36)]
# Invented ship names for the {ship} slot (a named second-hand hull); none is a real ship's or a fixture's.
SHIPS = ["Varnholt", "Kestrel Bay", "Orlena", "Tamsyn Reach", "Brevik Sound", "Corrane", "Maelis", "Dunvar Point"]
# Invented commanders for the {chief} slot ("forces loyal to {chief}": the recipient is his faction, named by him) and
# invented towns, ports and provinces for the {place} slot (a destination or handover place, never a party).
CHIEFS = ["General Orsan Vellek", "Colonel Idris Maltane", "General Ruvo Dastarre", "Colonel Tamsin Ekwobe"]
PLACES = ["Port Keldra", "Varnassa", "Ostreva province", "Tulmek", "Port Sarrowe", "Belgarin"]
YEARS = list(range(1995, 2024))  # {year}: a past year of a background sentence
FIELDS = {"name", "text", "stage", "factuality", "quantity", "supplier", "expect", "also", "forbid"}
SLOTS = {"S", "R", "Sc", "Rc", "Sd", "Rd", "n", "name", "noun", "year", "item", "items", "q", "G", "ship", "chief",
         "place", "T", "U", "Tc", "Uc", "Td", "Ud"}  # {T} {U}: a third and a fourth state (a second transfer)


class Template(NamedTuple):
    name: str
    text: str
    stage: list[str]
    factuality: list[str]
    quantity: bool
    supplier: bool  # False: the sentence names no supplier and the row must have none
    expect: str  # "row" or "none"
    also: tuple[str, ...] = ()  # further "X>Y" pairs (X, Y of S R T U) that must each have a row
    forbid: tuple[str, ...] = ()  # "X>Y" pairs that must have no row (a row crossing two clauses' parties)


def load_templates(paths: list[Path]) -> list[Template]:
    out = []
    for p in paths:
        for t in tomllib.loads(p.read_text(encoding="utf-8")).get("template", []):
            unknown = set(t) - FIELDS
            if unknown:
                raise SystemExit(f"{p}: template {t.get('name')!r} has unknown keys {sorted(unknown)}")
            out.append(Template(t["name"], t["text"], list(t.get("stage", [])), list(t.get("factuality", ["asserted"])),
                                bool(t.get("quantity", True)), bool(t.get("supplier", True)), t.get("expect", "row"),
                                tuple(t.get("also", ())), tuple(t.get("forbid", ()))))
    return out


def gazetteer() -> dict[str, tuple[str, str, str]]:
    """iso3 -> (name, capital, demonym) for the sweep's states."""
    out = {}
    with (DATA / "countries.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["iso3"] in STATES:
                out[r["iso3"]] = (r["name"], r["capitals"].split("|")[0], r["demonyms"].split("|")[0])
    return out


def models() -> list[tuple[str, str]]:
    """Catalogue models with a number in their name, not civil families (civil_items.csv)."""
    with (DATA / "civil_items.csv").open(encoding="utf-8") as f:
        civil = [re.compile(r["pattern"]) for r in csv.DictReader(f)]
    with (DATA / "materiel.csv").open(encoding="utf-8") as f:
        return [(r["name"], r["category"]) for r in csv.DictReader(f)
                if r["kind"] != "generic" and r["category"] in NOUNS and any(c.isdigit() for c in r["name"])
                and not any(c.search(r["name"]) for c in civil)]


def item_words() -> tuple[list[tuple[str, str]], list[tuple[str, int]]]:
    """(singular, plural) generic item nouns and (phrase, value) count phrases of scripts/sweeps/words/items.toml."""
    data = tomllib.loads(WORDS.read_text(encoding="utf-8"))
    return sorted(data["items"].items()), sorted(data["counts"].items())


def fill(t: Template, rnd: random.Random, gaz: dict[str, tuple[str, str, str]],
         names: list[tuple[str, str]]) -> tuple[str, str, str, int, str]:
    """The filled text, supplier iso3, recipient (iso3, the group's name for {G}, the chief's for {chief}), count, model."""
    return fill_ex(t, rnd, gaz, names)[:5]  # type: ignore[return-value]


def fill_ex(t: Template, rnd: random.Random, gaz: dict[str, tuple[str, str, str]],
            names: list[tuple[str, str]]) -> tuple[str, str, str, int, str, dict[str, str]]:
    """fill() and the iso3 of the slots S R T U (T and U drawn only when the template has them)."""
    s, r = rnd.sample(sorted(gaz), 2)
    name, cat = rnd.choice(names)
    word, n = rnd.choice(COUNTS)
    group = rnd.choice(GROUPS)
    (sn, sc, sd), (rn, rc, rd) = gaz[s], gaz[r]
    year = rnd.choice(YEARS)
    chief = rnd.choice(CHIEFS) if "{chief}" in t.text else ""  # drawn only here: other templates keep their fillings
    place = rnd.choice(PLACES) if "{place}" in t.text else ""
    item = items = q = ""
    if "{item" in t.text or "{q}" in t.text:  # drawn only here, so the other templates keep their fillings
        nouns, counts = item_words()
        item, items = rnd.choice(nouns)
        q, n = rnd.choice(counts) if "{q}" in t.text else (q, n)
    codes = {"S": s, "R": r}
    if "{T" in t.text or "{U" in t.text:  # drawn last, so the other templates keep their fillings
        codes["T"], codes["U"] = rnd.sample(sorted(set(gaz) - {s, r}), 2)
    tn, tc, td = gaz.get(codes.get("T", ""), ("", "", ""))
    un, uc, ud = gaz.get(codes.get("U", ""), ("", "", ""))
    text = t.text.format(T=tn, Tc=tc, Td=td, U=un, Uc=uc, Ud=ud, S=sn, R=rn, Sc=sc, Rc=rc, Sd=sd, Rd=rd, n=word, name=name, noun=rnd.choice(NOUNS[cat]),
                         year=year, item=item, items=items, q=q, G=group,
                         ship=rnd.choice(SHIPS), chief=chief, place=place)
    return text, s, (group if "{G}" in t.text else chief or r), n, name, codes


def recipient_ok(x, r: str) -> bool:  # type: ignore[no-untyped-def]
    """The row's recipient is the state r, or (r a group's name) an actor whose name holds the group's core name."""
    if x.recipient is None:
        return False
    if r in CHIEFS:  # his faction, named by his surname
        return x.recipient.country is None and r.rsplit(" ", 1)[1].lower() in (x.recipient.name or "").lower()
    if r in GROUPS:
        core = r.removeprefix("the ").lower()
        return x.recipient.country is None and core in (x.recipient.name or "").lower()
    return x.recipient.country == r


def pair_rows(rows: list, pair: str, codes: dict[str, str]) -> list:  # type: ignore[type-arg]
    """The rows whose supplier and recipient are the states of pair "X>Y" (X, Y slot letters of codes)."""
    a, b = (codes[k] for k in pair.split(">"))
    return [x for x in rows if x.supplier and x.supplier.country == a and x.recipient and x.recipient.country == b]


def passes(t: Template, rows: list, s: str, r: str, n: int,  # type: ignore[type-arg]
           codes: dict[str, str] | None = None) -> tuple[bool, str]:
    codes = codes or {"S": s, "R": r}
    if any(pair_rows(rows, p, codes) for p in t.forbid):
        return False, "cross"
    if t.expect != "none" and not all(pair_rows(rows, p, codes) for p in t.also):
        return False, "also"
    if t.expect == "none":
        return (not rows, "row" if rows else "")
    if not rows:
        return False, "norow"
    parties = [x for x in rows if (x.supplier.country if x.supplier else None) == (s if t.supplier else None)
               and recipient_ok(x, r)]
    if not parties:
        return False, "parties"
    staged = [x for x in parties if x.stage in t.stage and x.factuality in t.factuality]
    if not staged:
        return False, "stage"
    if t.quantity and not any(x.quantity == n for x in staged):
        return False, "qty"
    return True, ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--per", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=3)
    ap.add_argument("--only", default=None)
    a = ap.parse_args(argv)
    from materiel.extraction.pipeline import get_extractor

    templates = [t for t in load_templates(a.files or sorted(SWEEPS.glob("*.toml"))) if not a.only or t.name == a.only]
    ex, gaz, names = get_extractor(), gazetteer(), models()
    total = failed = 0
    for t in templates:
        rnd = random.Random(f"{a.seed}:{t.name}")
        fails = []
        for _ in range(a.per):
            text, s, r, n, _name, codes = fill_ex(t, rnd, gaz, names)
            rows = list(ex.extract_text(text).transfers)
            ok, why = passes(t, rows, s, r, n, codes)
            if not ok:
                got = "; ".join(f"{x.supplier.country if x.supplier else None}->"
                                f"{x.recipient.country if x.recipient else None} {x.item.text} {x.stage} "
                                f"{x.factuality} q={x.quantity}" for x in rows)
                fails.append(f"    {why:7} {text} | {got}")
        total += a.per
        failed += len(fails)
        print(f"{t.name:28} {a.per - len(fails):3}/{a.per} pass")
        for f in fails[:a.show]:
            print(f)
    print(f"all {total - failed}/{total} pass ({(total - failed) / max(total, 1):.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
