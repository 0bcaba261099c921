"""Currencies and yearly exchange rates, kept as data: `currencies.csv` (how texts write a currency, with its
ISO 4217 code) and `usd_rates.csv` (units per US dollar, annual average, with its source; see SOURCES.md)."""
from __future__ import annotations

from functools import cache

from materiel.lexicon import csv_rows


@cache
def currency_forms() -> dict[str, tuple[str, str]]:
    """Each written form, lower-cased -> (ISO 4217 code, kind: symbol, code or word)."""
    return {r["form"].lower(): (r["code"], r["kind"]) for r in csv_rows("currencies.csv")}


@cache
def _rates() -> dict[tuple[str, int], float]:
    return {(r["currency"], int(r["year"])): float(r["per_usd"]) for r in csv_rows("usd_rates.csv")}


def to_usd(amount: float, currency: str, year: int | None) -> float | int | None:
    """`amount` of `currency` in US dollars at `year`'s rate (whole dollars above a million); None when the
    year or its rate is unknown. US dollars are themselves, whatever the year."""
    if currency == "USD":
        return amount
    if year is None:
        return None
    rate = _rates().get((currency, year))
    if rate is None or rate <= 0:
        return None
    usd = amount / rate
    return round(usd) if usd >= 1_000_000 else round(usd, 2)


__all__ = ["currency_forms", "to_usd"]
