from __future__ import annotations

import os
from collections.abc import Generator

import pytest

from materiel.extraction.pipeline import Extractor, get_extractor

# Under MATERIEL_STRICT=1 (set by .ci/run) a skipped test fails: CI installs and starts everything the suite
# needs (PostgreSQL, Chromium, followthemoney, atheris, ../shared), so a skip there is a missing set-up step.
# Tests deselected by `-m 'not slow'` are not skips and are unaffected; an expected failure (xfail) stays one.
STRICT = os.environ.get("MATERIEL_STRICT", "") not in ("", "0")
MODULES_SKIPPED: list[str] = []  # "module: reason" of every module skipped at collection


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return get_extractor()


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
