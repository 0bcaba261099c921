"""Calibrated confidence: a row's raw confidence (the product of its frame's, its cues' and its parties'
factors) mapped to the share of such rows that were right on the development sets.

The table is data, `materiel/lexicon/data/calibration.toml`, written by `materiel evaluate --calibration --fit`
(`materiel.evaluation.calibrate`). A rule family is a prefix of the rule name at a colon
("verb", "verb:supply", "verb:supply:sell"); a row takes the fit of the longest family of its rule in
the table, and within it the step of the largest `from` at or below its raw confidence. A rule of no
family in the table keeps its raw confidence.
"""
from __future__ import annotations

import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import Any

from materiel import lexicon
from materiel.record.errors import DataError

FILE = "calibration.toml"
_RAW: ContextVar[bool] = ContextVar("materiel_raw_confidence", default=False)


def path() -> Path:
    return lexicon.data_dir() / FILE


@lru_cache(maxsize=1)
def table() -> dict[str, list[tuple[float, float]]]:
    """{family: [(raw at least, calibrated), ...] by rising raw}; empty when the file is absent."""
    p = path()
    if not p.exists():
        return {}
    try:
        data: dict[str, Any] = tomllib.loads(p.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DataError(f"cannot read data file {p}: {exc}") from exc
    return parse(data)


def parse(data: dict[str, Any]) -> dict[str, list[tuple[float, float]]]:
    out = {}
    for fam, spec in (data.get("family") or {}).items():
        out[fam] = sorted((float(a), float(b)) for a, b in spec["steps"])
    return out


def family(rule: str, fits: dict[str, list[tuple[float, float]]]) -> str | None:
    """The longest colon-prefix of `rule` that has a fit."""
    parts = rule.split(":")
    for n in range(len(parts), 0, -1):
        fam = ":".join(parts[:n])
        if fam in fits:
            return fam
    return None


def calibrate(rule: str, raw: float, fits: dict[str, list[tuple[float, float]]] | None = None) -> float:
    """The calibrated confidence of a row of `rule` with raw confidence `raw` (raw when no fit applies)."""
    fits = table() if fits is None else fits
    fam = family(rule, fits)
    if fam is None:
        return raw
    steps = fits[fam]
    value = steps[0][1]
    for lo, v in steps:
        if raw + 1e-9 >= lo:
            value = v
    return round(value, 3)


def confidence(rule: str, raw: float) -> float:
    """What a row carries: calibrated, unless inside `raw_confidence()`."""
    return raw if _RAW.get() else calibrate(rule, raw)


@contextmanager
def raw_confidence() -> Iterator[None]:
    """Rows built inside keep their raw confidence (the fit needs it)."""
    token = _RAW.set(True)
    try:
        yield
    finally:
        _RAW.reset(token)
