"""Print listings three ways: a Rich table (chosen columns), JSON Lines or CSV (every field)."""
from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Sequence
from typing import IO, Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

TABLE, JSON, CSV = "table", "json", "csv"
Column = tuple[str, str]  # (key, header)


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple, set)):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value).strip()


# Control characters (terminal escapes, newlines) and bidirectional controls: printed escaped (\x1b, \u202e)
UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
UNPRINTABLE_IN_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(value: Any, lines: bool = False) -> str:
    """`value` as text safe to print in a terminal: control characters and bidirectional controls
    escaped as Python writes them, so that a stored name cannot move the cursor, recolour, retitle
    the terminal or reverse what follows. `lines` keeps newlines and tabs (a document's text)."""
    return (UNPRINTABLE_IN_TEXT if lines else UNPRINTABLE).sub(lambda m: ascii(m.group())[1:-1], str(value))


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any, raw: bool = False) -> str:
    """A CSV cell: `cell(value)`, and a text that a spreadsheet would read as a formula (starting with
    = + - @, a tab or a carriage return) prefixed with ' as OWASP recommends, unless `raw`. Numbers stay
    numbers."""
    text = cell(value)
    if raw or isinstance(value, (int, float)) or not text.startswith(FORMULA_START):
        return text
    return "'" + text


def console(stderr: bool = False) -> Console:
    stream = sys.stderr if stderr else sys.stdout
    return Console(file=stream, highlight=False, soft_wrap=False, width=None if stream.isatty() else 160)


def write_json(rows: Sequence[dict[str, Any]], out: IO[str] | None = None) -> None:
    out = out or sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    out.flush()


def write_csv(rows: Sequence[dict[str, Any]], out: IO[str] | None = None, fields: Sequence[str] | None = None,
              raw: bool = False) -> None:
    """Rows as CSV, every text that could run as a spreadsheet formula made inert (see `csv_cell`)."""
    out = out or sys.stdout
    keys = list(fields or [])
    if not keys:
        for row in rows:
            keys.extend(k for k in row if k not in keys)
    writer = csv.DictWriter(out, fieldnames=keys, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: csv_cell(row.get(k), raw) for k in keys})
    out.flush()


def table(rows: Sequence[dict[str, Any]], columns: Sequence[Column], title: str,
          styles: dict[str, str] | None = None) -> Table:
    t = Table(title=Text(printable(title), style="table.title"), title_justify="left", show_lines=False)
    for _, header in columns:
        t.add_column(header, overflow="fold", style=(styles or {}).get(header))
    for row in rows:
        t.add_row(*(Text(printable(cell(row.get(key)))) for key, _ in columns))  # never Rich markup or escapes
    return t


def emit(rows: Sequence[dict[str, Any]], columns: Sequence[Column], fmt: str, title: str,
         empty: str = "nothing to list") -> None:
    if fmt == JSON:
        write_json(rows)
    elif fmt == CSV:
        write_csv(rows)
    elif not rows:
        console(stderr=True).print(f"[yellow]{escape(title)}: {escape(empty)}[/yellow]")
    else:
        console().print(table(rows, columns, f"{title} — {len(rows)}"))
