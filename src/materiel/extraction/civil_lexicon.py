"""The civil-goods lexicon of `civil` (civil.toml, civil_items.csv) read once: civil designations and families,
carrier and civil-sector words, military words, variants and modifiers, each list as a whole-word pattern."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from materiel import lexicon


@dataclass(frozen=True)
class CivilItem:
    family: str
    maker: str
    kind: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class CivilLexicon:
    items: tuple[CivilItem, ...]
    carrier: re.Pattern[str]
    carrier_exceptions: re.Pattern[str]
    civil_sector: re.Pattern[str]
    air_prefix: str
    air_military_next: frozenset[str]
    military_words: re.Pattern[str]
    civil_phrases: re.Pattern[str]
    dual_use_heads: frozenset[str]
    military_modifiers: frozenset[str]
    military_variants: tuple[re.Pattern[str], ...]
    not_item_heads: frozenset[str]
    carrier_categories: frozenset[str]


def words_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Whole words or phrases, lower-case, longest first ("air force" before "force")."""
    alts = sorted({w.lower() for w in words if w.strip()}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in alts) + r")(?![\w-])")


@lru_cache(maxsize=1)
def load() -> CivilLexicon:
    data = lexicon.toml("civil.toml")
    parties, context, items = data["parties"], data["context"], data["items"]
    rows = lexicon.csv_rows("civil_items.csv")
    return CivilLexicon(
        items=tuple(CivilItem(r["family"], r["maker"], r["kind"], re.compile(r["pattern"])) for r in rows),
        carrier=words_pattern(parties["carrier_words"]),
        carrier_exceptions=words_pattern(parties["carrier_exceptions"]),
        civil_sector=words_pattern(parties["civil_sector_words"]),
        air_prefix=parties["air_name_prefix"],
        air_military_next=frozenset(parties["air_military_next"]),
        military_words=words_pattern(context["military_words"]),
        civil_phrases=words_pattern(context["civil_phrases"]),
        dual_use_heads=frozenset(items["dual_use_heads"]),
        military_modifiers=frozenset(items["military_modifiers"]),
        military_variants=tuple(re.compile(p) for p in items["military_variants"]),
        not_item_heads=frozenset(items["not_item_heads"]),
        carrier_categories=frozenset(items["carrier_categories"]),
    )
