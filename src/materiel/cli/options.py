"""What the store commands share: the common options (--db, --json, --csv, --collection, --since, --until,
--limit) and their parsing, the error exit, and opening the store."""
from __future__ import annotations

from datetime import date
from typing import Annotated

import typer
from rich.markup import escape

from materiel.record.errors import MaterielError
from materiel.store import open_store, output
from materiel.store.db import Store
from materiel.store.lookup import AmbiguousName, EmptyName

DbOpt = Annotated[str | None, typer.Option("--db", help="Database URL or SQLite file (default $MATERIEL_DB, else ./materiel.db)")]
JsonOpt = Annotated[bool, typer.Option("--json", help="JSON Lines, every field")]
CsvOpt = Annotated[bool, typer.Option("--csv", help="CSV with a header, every field")]
CollOpt = Annotated[str | None, typer.Option("--collection", help="Only documents of this collection")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="From this date, YYYY-MM-DD")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="Up to this date, YYYY-MM-DD")]
MAX_COUNT = 10**9  # the largest --limit, --offset or count an option takes (a database integer holds it)
LimitOpt = Annotated[int | None, typer.Option("--limit", min=0, max=MAX_COUNT, help="At most this many lines")]


def parse_date(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD", param_hint=name) from None


def choice(value: str | None, allowed: tuple[str, ...], name: str) -> str | None:
    if value is not None and value.lower() not in allowed:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(allowed)}", param_hint=name)
    return value.lower() if value else None


def output_format(json_out: bool, csv_out: bool) -> str:
    if json_out and csv_out:
        raise typer.BadParameter("give --json or --csv, not both")
    return output.JSON if json_out else output.CSV if csv_out else output.TABLE


def fail(exc: MaterielError, code: int = 1) -> typer.Exit:
    """Print `exc` as an error and give the exit to raise: status `code`, or 2 (a usage error) for an empty
    or ambiguous actor name."""
    if isinstance(exc, (EmptyName, AmbiguousName)):
        code = 2
    output.console(stderr=True).print(f"[red]error:[/red] {escape(str(exc))}", markup=True, highlight=False)
    return typer.Exit(code)


def open_db(db: str | None, create: bool = False) -> Store:
    try:
        return open_store(db, create_missing=create)
    except MaterielError as exc:
        raise fail(exc, 2) from None
