"""`materiel evaluate` runs every registered set on a small sample, so the evaluation cannot rot. The command
runs in this process (`cli_here`: exit code, stdout and stderr as a child's, one model load for the session);
test_cli.py runs the command line as a user does, in a child process."""
from __future__ import annotations

import json
import subprocess

import pytest

from _helpers import cli_here
from materiel.evaluation import default_root
from materiel.evaluation.base import EVALUATORS, load_all


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return cli_here("evaluate", *args)


@pytest.mark.skipif(not default_root().is_dir(), reason=f"gold sets not found at {default_root()}")
def test_every_set_runs_on_a_sample() -> None:
    out = run("--json", "--limit", "3", "--split", "dev")
    assert out.returncode == 0, out.stderr[-2000:]
    results = [json.loads(line) for line in out.stdout.splitlines()]
    load_all()
    assert {r["set"] for r in results} == set(EVALUATORS)
    skipped = {r["set"]: r["skipped"] for r in results if r["skipped"]}
    # a set is skipped only because its folder is absent, and says so; every other set ran and was scored
    assert all("not found" in why for why in skipped.values()), skipped
    for r in results:
        if r["set"] not in skipped:
            assert r["documents"] > 0 and r["scores"], r  # a sample of 3 may hold no gold item of a set


def test_transfer_sets_report_strict_beside_lenient() -> None:
    out = run("dev", "--json", "--only", "a0")
    assert out.returncode == 0, out.stderr[-2000:]
    r = json.loads(out.stdout)
    assert [s["name"] for s in r["scores"]] == ["strict", "lenient", "attribution"]
    strict, lenient = r["scores"][0], r["scores"][1]
    assert r["documents"] == 9 and strict["tp"] > 0
    assert strict["precision"] <= lenient["precision"] and strict["recall"] <= lenient["recall"]


def test_absent_folder_is_skipped_with_a_reason(tmp_path) -> None:  # noqa: ANN001
    out = run("re3d", "--data", str(tmp_path / "nowhere"), "--json")
    assert out.returncode == 0
    assert "not found" in json.loads(out.stdout)["skipped"]


def test_unknown_set_is_an_error() -> None:
    out = run("no-such-set")
    assert out.returncode == 2 and "unknown set" in out.stdout


def test_calibration_prints_bands_of_raw_and_calibrated_confidence() -> None:
    out = run("dev", "--calibration", "--json", "--only", "a0")
    assert out.returncode == 0, out.stderr[-2000:]
    r = json.loads(out.stdout)
    assert r["sets"] == ["dev"] and r["rows"] > 0 and "written" not in r  # no --fit: nothing written
    group = r["bands"]["dev sets"]
    for kind in ("raw", "calibrated"):
        labels = [b["band"] for b in group[kind]]
        assert labels == ["0.0-0.5", "0.5-0.6", "0.6-0.7", "0.7-0.8", "0.8-0.9", "0.9-1.0", ">=0.8"]
        assert sum(b["rows"] for b in group[kind][:-1]) == r["rows"]
        assert group[kind][-1]["rows"] == group[kind][-3]["rows"] + group[kind][-2]["rows"]
