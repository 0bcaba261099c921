"""Import a reference table of deals (`materiel import sipri|csv`): SIPRI's trade register as its website
exports it, or any table of deals with a column map.

- The table: CSV (comma, semicolon or tab), header lines before it tolerated (the header is the first line
  naming a supplier and a recipient column), column names matched loosely (case, spaces and punctuation
  ignored; "Supplier", "seller", "From", "exporter" are the supplier: `FIELDS`), or named with
  `--map supplier=From,recipient=To,...` (`parse_map`). One deal per line; blank lines are skipped.
- Names: supplier and recipient resolved with the actor gazetteers (countries.csv by name or alias, then
  actors.csv), "Houthi rebels (Yemen)*" also by its words before the bracket; the designation with
  materiel.csv (its canonical name and category), else kept as written; the description gives the category
  when the designation does not. A line whose supplier or recipient is not resolved is stored with its
  `problem` and listed by the import, never dropped, and never matched.
- Numbers: "(50)" (SIPRI's estimate) is 50; years: the year of order and every year of "2021; 2022-2024".

`import_table(session, path, collection=..., mapping=...)` stores the rows in the caller's transaction and
recomputes the matches (`matching.rematch`); it returns what `ImportSummary` says.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from sqlalchemy.orm import Session

from materiel import lexicon
from materiel.store import matching
from materiel.store.errors import StoreError
from materiel.store.schema_deals import ReferenceRow
from materiel.store.sipri import DESCRIPTIONS

FIELDS: dict[str, tuple[str, ...]] = {
    "supplier": ("supplier", "seller", "from", "exporter", "suppliercountry", "exportingcountry", "origin"),
    "recipient": ("recipient", "buyer", "to", "importer", "recipientcountry", "importingcountry", "destination",
                  "enduser"),
    "designation": ("weapondesignation", "designation", "weapon", "system", "model", "item", "equipment"),
    "description": ("weapondescription", "description", "type", "weapontype", "category", "weaponcategory"),
    "number_ordered": ("numberordered", "ordered", "noordered", "quantityordered", "quantity", "number", "units"),
    "year_of_order": ("yearoforder", "orderyear", "ordered_year", "year", "yearordered", "dateoforder"),
    "years_of_delivery": ("yearsofdelivery", "yearofdelivery", "deliveryyears", "deliveryyear", "delivered_in",
                          "yearsdelivered", "deliveries"),
    "number_delivered": ("numberdelivered", "delivered", "nodelivered", "quantitydelivered"),
    "status": ("status", "dealstatus"),
    "comments": ("comments", "comment", "notes", "remarks", "note"),
}
MAX_HEADER_LINES = 40
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_RANGE = re.compile(r"\b(1[89]\d\d|20\d\d)\s*[-–]\s*(1[89]\d\d|20\d\d)\b")


@dataclass
class ImportSummary:
    path: str
    collection: str
    rows: int = 0
    resolved: int = 0
    unresolved: list[dict[str, object]] = field(default_factory=list)  # line, supplier, recipient, problem
    matches: int = 0


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9_]", "", name.lower())


def parse_map(spec: str | None) -> dict[str, str]:
    """`supplier=From,recipient=To` -> {"supplier": "From", ...}; StoreError naming a field it does not know."""
    out: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in (spec or "").split(","))):
        key, sep, column = part.partition("=")
        if not sep or key.strip() not in FIELDS or not column.strip():
            raise StoreError(f"--map {part!r}: give FIELD=COLUMN with FIELD one of {', '.join(FIELDS)}")
        out[key.strip()] = column.strip()
    return out


def header_columns(cells: list[str], mapping: dict[str, str]) -> dict[str, int]:
    """Which column holds each field, from a header line: the map's names first, then the loose names."""
    normed = [_norm(c) for c in cells]
    out: dict[str, int] = {}
    for name, column in mapping.items():
        if _norm(column) in normed:
            out[name] = normed.index(_norm(column))
    for name, aliases in FIELDS.items():
        if name in out:
            continue
        for alias in aliases:
            hits = [i for i, c in enumerate(normed) if c and c == _norm(alias) and i not in out.values()]
            if hits:
                out[name] = hits[0]
                break
    return out


def read_table(path: Path, mapping: dict[str, str]) -> tuple[int, dict[str, int], list[list[str]]]:
    """The header's line number (from 1), its columns and the lines after it."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise StoreError(f"cannot read {str(path)!r}: {getattr(exc, 'strerror', None) or exc}") from None
    lines = text.splitlines()
    delimiter = max((",", ";", "\t"), key=lambda d: sum(line.count(d) for line in lines[:MAX_HEADER_LINES]))
    rows = list(csv.reader(lines, delimiter=delimiter))
    for n, cells in enumerate(rows[:MAX_HEADER_LINES]):
        cols = header_columns(cells, mapping)
        if "supplier" in cols and "recipient" in cols:
            return n + 1, cols, rows[n + 1:]
    raise StoreError(f"{str(path)!r}: no header line naming a supplier and a recipient column in its first "
                     f"{MAX_HEADER_LINES} lines (name them with --map supplier=COLUMN,recipient=COLUMN)")


@cache
def _names() -> dict[str, str]:
    lex = lexicon.load()
    out: dict[str, str] = {}
    for a in lex.actors:
        for n in (a.name, *a.aliases):
            out.setdefault(n.casefold(), a.id)
    for c in lex.countries.values():  # states last: they win over an actor of the same name
        for n in (c.name, c.iso3, *c.aliases):
            out[n.casefold()] = c.iso3
    return out


@cache
def _items() -> dict[str, tuple[str | None, str]]:
    out: dict[str, tuple[str | None, str]] = {}
    for m in lexicon.load().materiel:
        for n in (m.name, *m.aliases):
            out.setdefault(n.casefold(), (None if m.generic else m.name, m.category))
    return out


def resolve_actor(text: str) -> str | None:
    t = text.strip().strip("*").strip()
    names = _names()
    return names.get(t.casefold()) or (names.get(t.split("(")[0].strip().casefold()) if "(" in t else None)


def resolve_item(designation: str, description: str) -> tuple[str | None, str | None]:
    """(designation, category): the gazetteer's when it knows the designation, else as written and the
    category the description names (SIPRI's words, a generic noun of materiel.csv)."""
    items = _items()
    known = items.get(designation.strip().casefold())
    if known and known[0]:
        return known
    words = description.strip().casefold()
    by_words = {w: c for c, w in DESCRIPTIONS.items()}
    category = by_words.get(words) or (items[words][1] if words in items else None)
    if category is None:
        generic = sorted((n for n, (d, _) in items.items() if d is None and n and re.search(rf"\b{re.escape(n)}\b", words)),
                         key=len, reverse=True)
        category = items[generic[0]][1] if generic else None
    return designation.strip() or None, category


def number(text: str) -> float | None:
    t = text.strip().strip("()").replace(",", "").strip()
    try:
        return float(t) if t else None
    except ValueError:
        return None


def years(text: str) -> list[int]:
    found = {int(y) for y in _YEAR.findall(text)}
    for a, b in _RANGE.findall(text):
        found |= set(range(int(a), int(b) + 1))
    return sorted(found)


def reference_row(cells: list[str], cols: dict[str, int], line: int, source: str, collection: str) -> ReferenceRow:
    def get(name: str) -> str:
        i = cols.get(name)
        return cells[i].strip() if i is not None and i < len(cells) else ""

    sup, rec = resolve_actor(get("supplier")), resolve_actor(get("recipient"))
    designation, category = resolve_item(get("designation"), get("description"))
    ordered = years(get("year_of_order"))
    delivered = years(get("years_of_delivery"))
    problems = [f"{what} {get(what)!r} not in the gazetteers" for what, found in (("supplier", sup), ("recipient", rec))
                if not found]
    if not designation and not category:
        problems.append("no designation or description")
    all_years = ordered + delivered
    return ReferenceRow(
        collection=collection, source=source, line=line, supplier_id=sup, supplier_text=get("supplier"),
        recipient_id=rec, recipient_text=get("recipient"), designation=designation,
        designation_text=get("designation"), category=category, description=get("description") or None,
        number_ordered=number(get("number_ordered")), year_of_order=ordered[0] if ordered else None,
        years_of_delivery=get("years_of_delivery") or None, first_year=min(all_years) if all_years else None,
        last_year=max(all_years) if all_years else None, number_delivered=number(get("number_delivered")),
        status=get("status") or None, comments=get("comments") or None,
        problem="; ".join(problems) or None, imported_at=datetime.now(UTC))


def import_table(session: Session, path: Path, *, collection: str, mapping: dict[str, str] | None = None) -> ImportSummary:
    """Store the deals of the table at `path` in `collection` and recompute the matches."""
    start, cols, lines = read_table(path, mapping or {})
    summary = ImportSummary(path=str(path), collection=collection)
    for n, cells in enumerate(lines, start=start + 1):
        if sum(1 for c in cells if c.strip()) < 2:
            continue  # a blank line, or a note under the table
        row = reference_row(cells, cols, n, path.name, collection)
        session.add(row)
        summary.rows += 1
        if row.problem:
            summary.unresolved.append({"line": n, "supplier": row.supplier_text, "recipient": row.recipient_text,
                                       "designation": row.designation_text, "problem": row.problem})
        else:
            summary.resolved += 1
    session.flush()
    summary.matches = matching.rematch(session)
    return summary


__all__ = ["FIELDS", "ImportSummary", "import_table", "parse_map", "resolve_actor", "resolve_item"]
