"""How often rows of each confidence are right, and the fit that makes confidence mean it.

`materiel evaluate --calibration [SET ...]` extracts the transfer gold sets (default: examples, dev,
dev2, dev3, real-dev) with raw confidence and prints, per confidence band, how many rows there are and
the share that match a gold row (leniently: `transfers.match_lenient`, the script's matching), for the
raw confidence and for the calibrated one. `--fit` then fits `materiel/lexicon/data/calibration.toml`:

- a rule family is a colon-prefix of the rule name ("verb", "verb:supply", ...); every family with at
  least `MIN_ROWS` rows on the sets gets its own fit (a row then uses its longest family, see
  `materiel.extraction.calibration`); rules of no such family keep their raw confidence;
- within a family the rows are sorted by raw confidence and fitted by isotonic regression (pool
  adjacent violators) on right/wrong, blocks under `MIN_BLOCK` rows pooled with a neighbour; each
  block's value is (right + 1) / (rows + 2), kept non-decreasing.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from materiel.evaluation.goldsets import extract_cases, gold_file
from materiel.evaluation.transfers import Case, lenient_flags
from materiel.extraction.calibration import calibrate, path, raw_confidence, table

MIN_ROWS = 20
MIN_BLOCK = 8
BANDS = [(0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.0)]
Fits = dict[str, list[tuple[float, float]]]


@dataclass(frozen=True)
class Scored:
    set: str
    rule: str
    raw: float
    right: bool


def scored_rows(name: str, cases: Iterable[Case]) -> list[Scored]:
    """Each prediction of a set (extracted with raw confidence) and whether it matches gold."""
    return [Scored(name, p["rule"], float(p["confidence"]), ok)
            for c in cases for p, ok in zip(c.preds, lenient_flags(c), strict=False)]


@dataclass
class Band:
    label: str
    rows: int = 0
    right: int = 0

    @property
    def share(self) -> float | None:
        return self.right / self.rows if self.rows else None

    def as_dict(self) -> dict[str, object]:
        return {"band": self.label, "rows": self.rows, "right": self.right,
                "share": round(self.share, 3) if self.share is not None else None}


def bands(rows: Iterable[Scored], conf: Callable[[Scored], float]) -> list[Band]:
    """Rows per band of `conf` and how many are right, then the line "0.8 or more"."""
    out = [Band(f"{lo:.1f}-{hi:.1f}") for lo, hi in BANDS] + [Band(">=0.8")]
    for r in rows:
        c = conf(r)
        i = next(i for i, (lo, hi) in enumerate(BANDS) if c < hi or hi == 1.0)
        for b in (out[i], out[-1]) if c >= 0.8 else (out[i],):
            b.rows += 1
            b.right += r.right
    return out


def _pav(blocks: list[list[float]]) -> list[list[float]]:
    """Pool adjacent violators over blocks [min raw, rows, right]: right/rows non-decreasing."""
    out: list[list[float]] = []
    for b in blocks:
        out.append(list(b))
        while len(out) > 1 and out[-2][2] / out[-2][1] >= out[-1][2] / out[-1][1]:
            last = out.pop()
            out[-1][1] += last[1]
            out[-1][2] += last[2]
    return out


def _pool_small(blocks: list[list[float]]) -> list[list[float]]:
    """Pool every block under MIN_BLOCK rows with its smaller neighbour."""
    blocks = [list(b) for b in blocks]
    while len(blocks) > 1:
        small = [i for i, b in enumerate(blocks) if b[1] < MIN_BLOCK]
        if not small:
            break
        i = small[0]
        j = i + 1 if i == 0 else i - 1 if i == len(blocks) - 1 else min((i - 1, i + 1), key=lambda k: blocks[k][1])
        a, b = sorted((i, j))
        blocks[a] = [blocks[a][0], blocks[a][1] + blocks[b][1], blocks[a][2] + blocks[b][2]]
        del blocks[b]
    return blocks


def fit_family(rows: list[Scored]) -> list[tuple[float, float]]:
    """Steps (raw at least, calibrated) of one family."""
    blocks = [[r.raw, 1.0, float(r.right)] for r in sorted(rows, key=lambda r: (r.raw, not r.right))]
    blocks = _pav(_pool_small(_pav(blocks)))
    steps, floor = [], 0.0
    for i, (lo, n, right) in enumerate(blocks):
        floor = max(floor, round((right + 1) / (n + 2), 3))
        steps.append((0.0 if i == 0 else round(lo, 3), floor))
    return steps


def families(rule: str) -> list[str]:
    parts = rule.split(":")
    return [":".join(parts[:n]) for n in range(1, len(parts) + 1)]


def fit(rows: list[Scored]) -> tuple[Fits, dict[str, tuple[int, int]]]:
    """The fitted steps of every family with at least MIN_ROWS rows, and its (rows, right)."""
    members: dict[str, list[Scored]] = {}
    for r in rows:
        for fam in families(r.rule):
            members.setdefault(fam, []).append(r)
    fits, counts = {}, {}
    for fam, rs in sorted(members.items()):
        if len(rs) >= MIN_ROWS:
            fits[fam] = fit_family(rs)
            counts[fam] = (len(rs), sum(r.right for r in rs))
    return fits, counts


def to_toml(fits: Fits, counts: dict[str, tuple[int, int]], sets: list[str]) -> str:
    lines = [
        "# Calibrated confidence per rule family (a colon-prefix of the rule name; a row uses its longest",
        "# family here, a rule of none keeps its raw confidence). steps = [raw confidence at least, calibrated]:",
        "# the share of such rows that matched gold on the sets below, (right + 1) / (rows + 2), isotonic.",
        "# Written by `materiel evaluate --calibration --fit` (materiel.evaluation.calibrate); do not edit",
        "# by hand: re-run it after the rules change.",
        "[about]",
        f'fitted = "{date.today().isoformat()}"',
        f"sets = [{', '.join(repr(s).replace(chr(39), chr(34)) for s in sets)}]",
        f"min_rows = {MIN_ROWS}",
        f"min_block = {MIN_BLOCK}",
    ]
    for fam, steps in fits.items():
        n, right = counts[fam]
        lines += ["", f'[family."{fam}"]', f"rows = {n}", f"right = {right}",
                  "steps = [" + ", ".join(f"[{lo}, {v}]" for lo, v in steps) + "]"]
    return "\n".join(lines) + "\n"


def write(path: Path, fits: Fits, counts: dict[str, tuple[int, int]], sets: list[str]) -> None:
    path.write_text(to_toml(fits, counts, sets), encoding="utf-8")


def calibrated_conf(fits: Fits) -> Callable[[Scored], float]:
    return lambda r: calibrate(r.rule, r.raw, fits)


def raw_conf(r: Scored) -> float:
    return r.raw


DEFAULT_SETS = ["examples", "dev", "dev2", "dev3", "real-dev"]
HELD_OUT = {"real-dev"}  # reported on its own: real published text, unlike the written dev sets


def collect(names: list[str], root: Path, only: str | None = None) -> tuple[list[Scored], list[str]]:
    """Rows of every set with raw confidence, and the sets skipped (absent)."""
    rows: list[Scored] = []
    skipped = []
    with raw_confidence():
        for name in names:
            path = gold_file(name, root)
            if path is None or not path.exists():
                skipped.append(name)
                continue
            rows += scored_rows(name, extract_cases(path, only))
    return rows, skipped


def summary(rows: list[Scored], fits: Fits) -> dict[str, dict[str, list[dict[str, object]]]]:
    """Bands of raw and calibrated confidence, for the written dev sets, for real-dev, and for all."""
    groups = {"dev sets": [r for r in rows if r.set not in HELD_OUT],
              "real-dev": [r for r in rows if r.set in HELD_OUT], "all": rows}
    return {g: {"raw": [b.as_dict() for b in bands(rs, raw_conf)],
                "calibrated": [b.as_dict() for b in bands(rs, calibrated_conf(fits))]}
            for g, rs in groups.items() if rs}


def run(names: list[str] | None, root: Path, only: str | None = None, do_fit: bool = False) -> dict[str, object]:
    """`materiel evaluate --calibration [--fit]`: the bands, and with do_fit the new table written."""
    names = names or DEFAULT_SETS
    rows, skipped = collect(names, root, only)
    fits = table()
    sets = [n for n in names if n not in skipped]
    out: dict[str, object] = {"sets": sets, "skipped": skipped, "rows": len(rows)}
    if do_fit:
        fits, counts = fit(rows)
        write(path(), fits, counts, sets)
        table.cache_clear()
        out["written"] = str(path())
        out["families"] = {f: {"rows": n, "right": r} for f, (n, r) in counts.items()}
    out["bands"] = summary(rows, fits)
    return out
