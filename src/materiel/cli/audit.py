"""The audit trail on the command line: `materiel audit verify|show|flags` (see `materiel.security.audit`).

`verify` exits 0 when the chain is intact (printing the head hash to record elsewhere) and 1 listing
the problems; every command exits 2 with "error: ..." when the store cannot be read. These commands
only read: they are not themselves logged. `register_commands(app)` adds them to `materiel.cli`.
"""
from __future__ import annotations

import json
import re
import sys
from datetime import timedelta
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from materiel.cli.options import MAX_COUNT, DbOpt, JsonOpt, fail, open_db
from materiel.record.errors import MaterielError
from materiel.security import audit
from materiel.store import output

audit_app = typer.Typer(no_args_is_help=True, help="The audit trail: verify its hash chain, show entries, "
                                                   "flag bulk reading.")


def _run(db: str | None, work: Any) -> Any:
    store = open_db(db)
    try:
        with store.read() as session:
            return work(session)
    except MaterielError as exc:
        raise fail(exc, 2) from None
    finally:
        store.close()


# Control characters (terminal escapes, newlines) and bidirectional overrides, shown escaped
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _plain(value: Any) -> Text:
    """A cell as plain text: no Rich markup, control characters escaped (entries hold hostile input)."""
    if value is None:
        return Text("")
    if isinstance(value, (dict, list)):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True) if value else ""
    return Text(_UNPRINTABLE.sub(lambda m: ascii(m.group())[1:-1], str(value)))


@audit_app.command("verify")
def verify_cmd(
    db: DbOpt = None,
    expect: Annotated[list[str] | None, typer.Option(
        "--expect", help="A head hash printed earlier (recorded elsewhere) that must still be in the chain; "
                         "repeatable")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="The report as one JSON object")] = False,
) -> None:
    """Check the hash chain of the whole audit trail: edited, deleted, reordered or truncated entries."""

    report = _run(db, lambda s: audit.verify(s, expect=expect or ()))
    if json_out:
        sys.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False) + "\n")
    elif report.ok:
        typer.echo(f"audit trail intact: {report.checked} entries, head {report.head_hash}")
    else:
        err = output.console(stderr=True)
        err.print(Text(f"audit trail damaged: {len(report.problems) + report.more} problem(s) in "
                       f"{report.checked} entries", style="red"))
        for problem in report.problems:
            err.print(Text(f"  {problem.message}"))
        if report.more:
            err.print(Text(f"  ... and {report.more} more"))
    if not report.ok:
        raise typer.Exit(1)


@audit_app.command("show")
def show_cmd(
    db: DbOpt = None,
    actor: Annotated[str | None, typer.Option("--actor", help="Only this actor's entries")] = None,
    action: Annotated[str | None, typer.Option("--action", help="Only this action (read, export, login, grant, ...)")] = None,
    collection: Annotated[str | None, typer.Option("--collection", help="Only entries on this collection")] = None,
    target: Annotated[str | None, typer.Option("--target", help="Only entries on this target")] = None,
    since: Annotated[str | None, typer.Option("--since", help="From this date (YYYY-MM-DD) or ISO-8601 time, UTC")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Up to this date (YYYY-MM-DD, the whole day) or ISO-8601 time")] = None,
    limit: Annotated[int, typer.Option("--limit", min=0, max=MAX_COUNT, help="At most this many entries")] = 100,
    offset: Annotated[int, typer.Option("--offset", min=0, max=MAX_COUNT, help="Skip this many of the newest first")] = 0,
    json_out: JsonOpt = False,
) -> None:
    """Entries of the audit trail, newest first."""

    rows = _run(db, lambda s: audit.entries(s, actor=actor, action=action, collection=collection, target=target,
                                            since=since, until=until, limit=limit, offset=offset))
    if json_out:
        output.write_json([r.as_dict() for r in rows])
        return
    if not rows:
        output.console(stderr=True).print("[yellow]Audit trail: nothing to list[/yellow]")
        return
    table = Table(title=f"Audit trail — {len(rows)}", title_justify="left")
    for header in ("id", "at (UTC)", "actor", "action", "target", "collection", "address", "detail"):
        table.add_column(header, overflow="fold")
    for r in rows:
        at = r.at.replace("T", " ")[:19]
        table.add_row(*(_plain(v) for v in (r.id, at, r.actor, r.action, r.target, r.collection, r.address,
                                             r.detail)))
    output.console().print(table)


@audit_app.command("flags")
def flags_cmd(
    db: DbOpt = None,
    window_hours: Annotated[float, typer.Option("--window-hours", min=0.01, help="The window to look at, ending now")] = 24.0,
    baseline_days: Annotated[float, typer.Option("--baseline-days", min=0.01, help="Days before the window that give each actor's usual volume")] = 30.0,
    factor: Annotated[float, typer.Option("--factor", min=0, help="Flag above this many times the usual volume")] = 5.0,
    floor: Annotated[int, typer.Option("--floor", min=0, help="Never flag this volume or less")] = 50,
    json_out: JsonOpt = False,
) -> None:
    """Actors reading or exporting far more than usual: volume > max(floor, factor x median per window)."""

    found = _run(db, lambda s: audit.flags(s, window=timedelta(hours=window_hours), baseline_days=baseline_days,
                                           factor=factor, floor=floor))
    if json_out:
        output.write_json([f.as_dict() for f in found])
        return
    if not found:
        output.console(stderr=True).print(f"no bulk reading in the last {window_hours:g} hours")
        return
    table = Table(title=f"Bulk reading in the last {window_hours:g} hours — {len(found)}", title_justify="left")
    for header in ("actor", "volume", "reads", "exported rows", "usual", "threshold"):
        table.add_column(header, overflow="fold")
    for f in found:
        table.add_row(*(_plain(v) for v in (f.actor, f.volume, f.reads, f.exported, f"{f.usual:g}",
                                             f"{f.threshold:g}")))
    output.console().print(table)


def register_commands(app: typer.Typer) -> None:
    app.add_typer(audit_app, name="audit")
