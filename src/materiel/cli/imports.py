"""`materiel import sipri FILE.csv` and `materiel import csv FILE --map supplier=From,...`: reference tables of
deals into a collection (default "reference"), their names resolved with the gazetteers, the register's
records then marked known or new (see `materiel.store.references` and `materiel.store.matching`). The
import is written to the audit trail ("import"); the lines that could not be resolved are listed."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from materiel.cli.audit_hook import record as audit
from materiel.cli.options import DbOpt, JsonOpt, fail, open_db
from materiel.record.errors import MaterielError
from materiel.store import output
from materiel.store.references import FIELDS, ImportSummary, import_table, parse_map

imports = typer.Typer(no_args_is_help=True, help="Reference tables of deals (SIPRI's trade register, any CSV): "
                      "import them to tell which records are known and which are new.")

FileArg = Annotated[Path, typer.Argument(help="A CSV file", exists=False)]
RefColl = Annotated[str, typer.Option("--collection", help="The collection the rows go into (need-to-know applies)")]


def _run(path: Path, db: str | None, collection: str, mapping: dict[str, str], kind: str, json_out: bool) -> None:
    try:
        with open_db(db, create=True) as store:
            with store.write() as session:
                s: ImportSummary = import_table(session, path, collection=collection, mapping=mapping)
            audit(store, "import", target=str(path), collection=collection, format=kind, rows=s.rows,
                  unresolved=len(s.unresolved), matches=s.matches)
    except MaterielError as exc:
        raise fail(exc) from None
    if json_out:
        output.write_json([{"path": s.path, "collection": s.collection, "rows": s.rows, "resolved": s.resolved,
                            "matches": s.matches, "unresolved": s.unresolved}])
        return
    con = output.console()
    con.print(f"{s.rows} rows of {path} imported into collection {collection!r}: {s.resolved} resolved, "
              f"{len(s.unresolved)} not resolved; {s.matches} register records matched", markup=False)
    if s.unresolved:
        cols = [("line", "line"), ("supplier", "supplier"), ("recipient", "recipient"),
                ("designation", "designation"), ("problem", "problem")]
        con.print(output.table(s.unresolved, cols, "rows not resolved (kept, not matched)"))


@imports.command("sipri")
def sipri_cmd(path: FileArg, db: DbOpt = None, collection: RefColl = "reference", json_out: JsonOpt = False) -> None:
    """SIPRI's trade register as its website exports it (CSV; header lines before the table are skipped)."""
    _run(path, db, collection, {}, "sipri", json_out)


@imports.command("csv")
def csv_cmd(path: FileArg, db: DbOpt = None, collection: RefColl = "reference",
            mapping: Annotated[str | None, typer.Option("--map", help="FIELD=COLUMN,... with FIELD one of "
                                                        + ", ".join(FIELDS))] = None,
            json_out: JsonOpt = False) -> None:
    """Any table of deals (a ministry's export report, an NGO's dataset): columns named by --map, or loosely."""
    try:
        fields = parse_map(mapping)
    except MaterielError as exc:
        raise fail(exc) from None
    _run(path, db, collection, fields, "csv", json_out)


def register_commands(app: typer.Typer) -> None:
    app.add_typer(imports, name="import")


__all__ = ["register_commands"]
