"""Every name the reference data knows an actor by, for lookups ("US", "Britain", "Ankara", "Kiev"):
the gazetteers' names and aliases (`countries.csv`, `actors.csv`), demonyms, capitals and seats of
government as metonyms (`metonyms.csv`), and the short forms people type that extraction does not
read in running text (`lookup_aliases.csv`). Names are compared folded (`fold`): case, accents,
dots, apostrophes, spacing and a leading "the" do not matter ("U.S.A." = "usa", "Türkiye" = "turkiye").
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from materiel import lexicon
from materiel.record.errors import DataError

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """`text` as lookups compare it: no accents, case-folded, without dots, with one kind of apostrophe,
    single spaces, no leading "the "."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    t = _SPACES.sub(" ", plain.casefold().replace(".", "").replace("\u2019", "'")).strip()
    return t[4:] if t.startswith("the ") and len(t) > 4 else t


def target_id(refers_to: str) -> str:
    """The actor id a data file's `refers_to` names: an ISO3 code as it is, an actor's name as its slug."""
    return refers_to if refers_to in lexicon.load().countries else lexicon.slug(refers_to)


def _pairs() -> Iterable[tuple[str, str]]:
    """(name, actor id) for every name of the reference data."""
    lex = lexicon.load()
    for c in lex.countries.values():
        for name in (c.iso3, c.name, *c.aliases, *c.capitals):
            yield name, c.iso3
        for demonyms in c.demonyms:  # a few rows list two in one field: "Antiguan, Barbudan"
            for name in demonyms.split(","):
                yield name, c.iso3
    for a in lex.actors:
        for name in (a.name, *a.aliases):
            yield name, a.id
    for m in lex.metonyms:
        yield m.phrase, target_id(m.refers_to)
    for row in lexicon.csv_rows("lookup_aliases.csv"):
        if not row.get("alias") or not row.get("refers_to"):
            raise DataError(f"lookup_aliases.csv: a row without alias or refers_to: {row}")
        yield row["alias"], target_id(row["refers_to"])


@cache
def alias_index() -> dict[str, frozenset[str]]:
    """Folded name -> the ids of the actors the reference data knows by it (cached: built once)."""
    index: dict[str, set[str]] = {}
    for name, actor_id in _pairs():
        key = fold(name)
        if key:
            index.setdefault(key, set()).add(actor_id)
    return {k: frozenset(v) for k, v in index.items()}


def known_as(name: str) -> frozenset[str]:
    """The ids of the actors the reference data knows by `name` (any case, accents, dots)."""
    return alias_index().get(fold(name), frozenset())
