"""End to end: the shared examples scored as `score_transfers.py` scores them (F1 >= 0.80)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from _helpers import load_script
from materiel.cli import app

SHARED = Path(os.environ.get("MATERIEL_SHARED", Path(__file__).resolve().parents[2] / "shared"))
SCORER = SHARED / "examples" / "score_transfers.py"


class InProcess:
    """Stands in for the scorer's `subprocess` module: `materiel ARGS` runs through the Typer app in this
    process (one loaded model instead of one per document). The command as a user runs it is tested in
    test_cli.py, and the scorer's use of MATERIEL_CMD in test_scorer.py (a stub program)."""

    @staticmethod
    def run(cmd: list[str], **_: object) -> subprocess.CompletedProcess[str]:
        assert cmd[0] == "materiel", cmd
        result = CliRunner().invoke(app, cmd[1:])
        return subprocess.CompletedProcess(cmd, result.exit_code, result.stdout, result.stderr)


# each text parsed once in the session, shared with the behaviour snapshot (tests/_parses.py)
@pytest.mark.usefixtures("shared_parses")
@pytest.mark.skipif(not SCORER.exists(), reason=f"shared examples not found at {SCORER}")
def test_examples_register_f1(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    scorer = load_script(str(SCORER), "score_transfers")
    monkeypatch.setattr(scorer, "subprocess", InProcess)
    monkeypatch.setenv("MATERIEL_CMD", "materiel")
    monkeypatch.setattr(sys, "argv", [str(SCORER), "--min-f1", "0.80"])
    with pytest.raises(SystemExit) as done:
        scorer.main()
    out = capsys.readouterr().out
    last = out.strip().splitlines()[-1] if out.strip() else "(nothing printed)"
    assert "f1=" in last and done.value.code == 0, f"{last}\n{out[-3000:]}"


def test_bundled_example_gives_rows() -> None:
    from materiel import extract

    text = (Path(__file__).resolve().parents[1] / "examples" / "arms-report.txt").read_text(encoding="utf-8")
    report = extract(text, published="2024-05-14")
    stages = {t.stage for t in report.transfers}
    assert {"requested", "ordered", "offered", "refused", "delivered"} <= stages
