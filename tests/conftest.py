from __future__ import annotations

import os
from collections.abc import Generator, Iterator
from typing import TYPE_CHECKING

import pytest
import typer.main
import typer.testing

if TYPE_CHECKING:
    from materiel.extraction.pipeline import Extractor

# Under MATERIEL_STRICT=1 (set by .ci/run) a skipped test fails: CI installs and starts everything the suite
# needs (PostgreSQL, Chromium, followthemoney, atheris, ../shared), so a skip there is a missing set-up step.
# Tests deselected by `-m 'not slow'` are not skips and are unaffected; an expected failure (xfail) stays one.
STRICT = os.environ.get("MATERIEL_STRICT", "") not in ("", "0")
MODULES_SKIPPED: list[str] = []  # "module: reason" of every module skipped at collection


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    # deferred: spaCy (~3 s to import), only for the tests that extract; tests/test_strict.py runs this file alone
    from materiel.extraction.pipeline import get_extractor

    return get_extractor()


@pytest.fixture
def shared_parses(monkeypatch: pytest.MonkeyPatch) -> None:
    """During the test, spaCy parses each text once per session (tests/_parses.py says why that is safe)."""
    # deferred: tests/test_strict.py runs a copy of this file alone, without the helpers beside it, or spaCy
    from spacy.language import Language

    from _parses import parse_once

    monkeypatch.setattr(Language, "__call__", parse_once)


# typer's CliRunner.invoke builds the app's whole Click command tree on every call (about 0.1 s for
# materiel's commands), and the suite invokes the command line several hundred times (the behaviour
# snapshot alone twice per document). Every command is registered when materiel.cli is imported, so the
# tree is built once per app, and again only if the app's commands, groups or callback changed since.
BUILT: dict[int, tuple[typer.Typer, tuple[object, ...], object]] = {}


def command_of(app: typer.Typer) -> object:
    shape = (len(app.registered_commands), len(app.registered_groups), app.registered_callback)
    built = BUILT.get(id(app))
    if built is None or built[0] is not app or built[1] != shape:
        built = BUILT[id(app)] = (app, shape, typer.main.get_command(app))
    return built[2]


@pytest.fixture(scope="session", autouse=True)
def command_tree_built_once() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(typer.testing, "_get_command", command_of)
        yield


def skip_reason(report: pytest.TestReport | pytest.CollectReport) -> str:
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
    return f"skipped under MATERIEL_STRICT=1: {str(reason).removeprefix('Skipped: ')}"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, pytest.TestReport,
                                                                                           pytest.TestReport]:
    """A test skipped at run time (pytest.skip, importorskip, a skipif mark) fails, naming the skip's reason."""
    report = yield
    if STRICT and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = skip_reason(report)
    return report


def pytest_collectreport(report: pytest.CollectReport) -> None:
    """A module skipped whole at collection (allow_module_level, importorskip) is noted: the session then fails."""
    if STRICT and report.skipped:
        MODULES_SKIPPED.append(f"{report.nodeid}: {skip_reason(report)}")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if MODULES_SKIPPED and exitstatus in (pytest.ExitCode.OK, pytest.ExitCode.NO_TESTS_COLLECTED):
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if MODULES_SKIPPED:
        terminalreporter.section("modules skipped under MATERIEL_STRICT=1 (each fails the run)", red=True)
        for line in MODULES_SKIPPED:
            terminalreporter.line(line, red=True)
