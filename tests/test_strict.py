"""MATERIEL_STRICT=1 (CI): every skip fails the run and names its reason; deselected and xfail tests do not.

Runs pytest in a child process on invented test files beside a copy of tests/conftest.py."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

CONFTEST = Path(__file__).resolve().parent / "conftest.py"
INI = """[pytest]
markers =
    slow: long
addopts = -m 'not slow' -rs -p no:cacheprovider
"""
SKIPS = '''import pytest

def test_passes():
    assert True

def test_skips_at_run_time():
    pytest.skip("the widget server is not running")

@pytest.mark.skipif(True, reason="no gadget on this machine")
def test_skipif():
    assert True

@pytest.mark.xfail(reason="a known gap", strict=True)
def test_expected_failure():
    assert False

@pytest.mark.slow
def test_slow():
    assert True
'''
MODULE_SKIP = '''import pytest

pytest.skip("the gizmo library is absent", allow_module_level=True)

def test_never_collected():
    assert True
'''
PASSES = "def test_passes():\n    assert True\n"


def run(folder: Path, strict: bool, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "MATERIEL_STRICT"} | ({"MATERIEL_STRICT": "1"} if strict else {})
    return subprocess.run([sys.executable, "-m", "pytest", *args], cwd=folder, env=env, capture_output=True,
                          text=True, timeout=300, check=False)


def make(tmp_path: Path) -> Path:
    shutil.copy(CONFTEST, tmp_path / "conftest.py")
    (tmp_path / "pytest.ini").write_text(INI, encoding="utf-8")
    (tmp_path / "test_skips.py").write_text(SKIPS, encoding="utf-8")
    (tmp_path / "test_module_skip.py").write_text(MODULE_SKIP, encoding="utf-8")
    (tmp_path / "test_passes.py").write_text(PASSES, encoding="utf-8")
    return tmp_path


def test_strict_turns_every_skip_into_a_failure_naming_its_reason(tmp_path: Path) -> None:
    done = run(make(tmp_path), True)
    assert done.returncode == 1, done.stdout
    for reason in ("the widget server is not running", "no gadget on this machine", "the gizmo library is absent"):
        assert f"skipped under MATERIEL_STRICT=1: {reason}" in done.stdout, done.stdout
    last = done.stdout.strip().splitlines()[-1]
    assert "1 xfailed" in last and "1 deselected" in last and "2 passed" in last, last


def test_a_module_skipped_at_collection_alone_fails_the_run(tmp_path: Path) -> None:
    done = run(make(tmp_path), True, "test_module_skip.py", "test_passes.py")
    assert done.returncode == 1, done.stdout
    assert "test_module_skip.py: skipped under MATERIEL_STRICT=1: the gizmo library is absent" in done.stdout


def test_without_strict_skips_stay_skips(tmp_path: Path) -> None:
    done = run(make(tmp_path), False)
    assert done.returncode == 0, done.stdout
    assert "3 skipped" in done.stdout.strip().splitlines()[-1] and "MATERIEL_STRICT" not in done.stdout
