"""Calibrated confidence: the table (data/calibration.toml), how a rule finds its family, the fit, and
that extraction applies it."""
from __future__ import annotations

import tomllib

from materiel.evaluation.calibrate import MIN_ROWS, Scored, bands, fit, fit_family, to_toml
from materiel.extraction import calibration

FITS = {"verb": [(0.0, 0.5), (0.4, 0.9)], "verb:supply": [(0.0, 0.6), (0.3, 0.7), (0.6, 0.95)]}


def test_a_rule_takes_its_longest_family_and_the_step_at_or_below_its_raw_confidence() -> None:
    assert calibration.calibrate("verb:supply:sell:context", 0.35, FITS) == 0.7
    assert calibration.calibrate("verb:supply:sell", 0.6, FITS) == 0.95
    assert calibration.calibrate("verb:supply:sell", 0.1, FITS) == 0.6
    assert calibration.calibrate("verb:buy:purchase", 0.45, FITS) == 0.9  # falls back to "verb"
    assert calibration.calibrate("noun:buy:sale", 0.45, FITS) == 0.45  # no family: raw


def test_the_shipped_table_parses_and_is_monotone() -> None:
    data = tomllib.loads(calibration.path().read_text(encoding="utf-8"))
    fits = calibration.parse(data)
    assert fits, "data/calibration.toml has no family: run `materiel evaluate --calibration --fit`"
    for fam, steps in fits.items():
        assert data["family"][fam]["rows"] >= data["about"]["min_rows"], fam
        raws, values = [a for a, _ in steps], [b for _, b in steps]
        assert raws[0] == 0.0 and raws == sorted(raws) and values == sorted(values), fam
        assert all(0.0 < v < 1.0 for v in values), fam


def rows(rule: str, pattern: list[tuple[float, bool]]) -> list[Scored]:
    return [Scored("t", rule, raw, right) for raw, right in pattern]


def test_fit_is_isotonic_and_pools_small_blocks() -> None:
    # low raw confidence mostly wrong, high mostly right, one wrong outlier at the top
    data = rows("verb:x", [(0.2, False)] * 8 + [(0.2, True)] * 2 + [(0.5, True)] * 9 + [(0.5, False)] + [(0.9, False)])
    steps = fit_family(data)
    values = [v for _, v in steps]
    assert values == sorted(values) and steps[0][0] == 0.0
    assert values[0] == round(3 / 12, 3)  # (2 right + 1) / (10 rows + 2)
    assert values[-1] == round(10 / 13, 3)  # the lone 0.9 row is pooled with the 0.5 block: (9 + 1) / (11 + 2)


def test_fit_keeps_families_with_enough_rows_only() -> None:
    data = rows("verb:supply:send", [(0.5, True)] * MIN_ROWS) + rows("noun:buy:sale", [(0.5, True)] * (MIN_ROWS - 1))
    fits, counts = fit(data)
    assert set(fits) == {"verb", "verb:supply", "verb:supply:send"}
    assert counts["verb"] == (MIN_ROWS, MIN_ROWS)
    parsed = calibration.parse(tomllib.loads(to_toml(fits, counts, ["t"])))
    assert parsed == {k: [tuple(s) for s in v] for k, v in fits.items()}


def test_bands_count_rows_and_the_share_right() -> None:
    data = rows("verb:x", [(0.45, True), (0.55, False), (0.85, True), (0.95, True), (1.0, False)])
    b = {x.label: (x.rows, x.right) for x in bands(data, lambda r: r.raw)}
    assert b["0.0-0.5"] == (1, 1) and b["0.5-0.6"] == (1, 0) and b["0.8-0.9"] == (1, 1)
    assert b["0.9-1.0"] == (2, 1) and b[">=0.8"] == (3, 2)


def test_extracted_rows_carry_the_calibrated_confidence(extractor) -> None:  # noqa: ANN001
    text = "Chile delivered 12 howitzers to Peru in March."
    with calibration.raw_confidence():
        raw = extractor.extract_text(text).transfers
    calibrated = extractor.extract_text(text).transfers
    assert raw and len(raw) == len(calibrated)
    for r, c in zip(raw, calibrated, strict=False):
        assert c.confidence == calibration.calibrate(r.rule, r.confidence)
    assert calibration.family(raw[0].rule, calibration.table()) is not None  # a fitted family applies here
