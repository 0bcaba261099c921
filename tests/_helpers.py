"""Helpers shared by the tests (imported as `from _helpers import find`)."""
from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path
from types import ModuleType

from materiel.record.models import Report, Transfer

ROOT = Path(__file__).resolve().parents[1]


def load_script(rel: str, name: str) -> ModuleType:
    """A script of the repository that is not part of the package (bench/, scripts/), as a module."""
    spec = importlib.util.spec_from_file_location(name, ROOT / rel)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rows(report: Report) -> list[Transfer]:
    return list(report.transfers)


CountryRow = tuple[str | None, str | None, str, str, object]


def country_rows(extractor, text: str) -> list[CountryRow]:  # noqa: ANN001
    """The rows extracted from text as (supplier's state, recipient's state, stage, item text, quantity)."""
    return [(t.supplier.country if t.supplier else None, t.recipient.country if t.recipient else None, t.stage,
             t.item.text, t.quantity) for t in extractor.extract_text(text).transfers]


def has_country_row(rows: list[CountryRow], sup: str | None, rec: str, stage: str, word: str,
                    quantity: int | None = None) -> bool:
    """One of country_rows with those states and stage, word in its item text (and that quantity, when given)."""
    return any(s == sup and r == rec and st == stage and word in item and (quantity is None or q == quantity)
               for s, r, st, item, q in rows)


def find(report: Report, supplier: str | None, recipient: str | None, item: str) -> list[Transfer]:
    """Rows whose parties' ids or names and whose item text or designation contain the keys."""
    def has(actor, key):  # noqa: ANN001
        if key is None:
            return actor is None
        return actor is not None and key.lower() in f"{actor.id} {actor.name}".lower()
    return [t for t in report.transfers if has(t.supplier, supplier) and has(t.recipient, recipient)
            and item.lower() in f"{t.item.text} {t.item.designation or ''} {t.item.category}".lower()]


def seized_to(report: Report, recipient: str, item: str, quantity: int | None = None) -> None:
    """Assert an intercepted row of item for recipient (with that quantity, when given)."""
    found = [t for t in find(report, None, recipient, item) if t.stage == "intercepted"]
    assert found, report.transfers
    if quantity is not None:
        assert any(t.quantity == quantity for t in found), found


def cli(*args: str) -> str:
    """`materiel ARGS` in process; its standard output, after checking it exited 0."""
    from typer.testing import CliRunner  # deferred: only the command-line tests need the app

    from materiel.cli.app import app  # deferred: the CLI app loads every command group
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, (result.output, result.exception)
    return result.stdout


def cli_here(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """`materiel ARGS` through the Typer app in this process, as the child process that `subprocess.run` would
    give: exit code, stdout and stderr apart. An exception escaping the command shows as a "Traceback" on
    stderr and exit code 1, as it would in a child. The model is loaded once for the session, not per call."""
    import traceback  # deferred: only callers of cli_here format a traceback

    from typer.testing import CliRunner  # deferred: only the command-line tests need the app

    from materiel.cli.app import app  # deferred: the CLI app loads every command group
    result = CliRunner().invoke(app, list(args), input=stdin)
    stderr = result.stderr
    if result.exc_info is not None and not isinstance(result.exception, SystemExit):
        stderr += "Traceback (in process):\n" + "".join(traceback.format_exception(*result.exc_info))
    return subprocess.CompletedProcess(["materiel", *args], result.exit_code, result.stdout, stderr)


def jsonl(text: str) -> list[dict]:
    """The JSON objects of a JSON Lines text."""
    import json  # deferred: only callers of jsonl parse JSON

    return [json.loads(line) for line in text.splitlines() if line.strip()]


def named_rows(text: str) -> list[tuple[str | None, str | None, str, str, int | float | None]]:
    """(supplier name, recipient name, item text, stage, quantity) of each row the default extractor gives."""
    from materiel.extraction.pipeline import get_extractor
    return [(getattr(t.supplier, "name", None), getattr(t.recipient, "name", None), t.item.text, t.stage, t.quantity)
            for t in get_extractor().extract_text(text).transfers]
