"""The `materiel` command line."""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from materiel.cli import audit as cli_audit
from materiel.cli import follow as cli_follow
from materiel.cli import imports as cli_imports
from materiel.cli import reextract as cli_reextract
from materiel.cli import review as cli_review
from materiel.cli import serve as cli_serve
from materiel.cli import store as cli_store
from materiel.cli import users as cli_users
from materiel.cli import watchlists as cli_watchlists
from materiel.cli.render import print_calibration, print_evaluation, print_report
from materiel.cli.review import reviewed_result
from materiel.evaluation import default_root, run_sets
from materiel.evaluation.calibrate import run as run_calibration
from materiel.evaluation.goldsets import GOLD_SETS, evaluate_set
from materiel.record.errors import InputError, MaterielError
from materiel.record.models import Report
from materiel.sources.readers import read_all

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Read reporting on wars and the arms trade; keep a sourced arms-transfer register.")
err = Console(stderr=True, soft_wrap=True)


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Text or HTML files, directories, or - for standard input")],
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object per document (JSON Lines)")] = False,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD, anchors relative dates")] = None,
    model: Annotated[str | None, typer.Option(help="Installed spaCy pipeline to use")] = None,
    max_size: Annotated[float, typer.Option("--max-size", help="Largest file to read, in MB")] = 20.0,
    evidence: Annotated[bool, typer.Option("--evidence", help="Print each row's sentence under the table")] = False,
) -> None:
    """Print the transfer register of each document."""
    from materiel.extraction.pipeline import get_extractor  # deferred: spaCy (~2 s to import), only to extract

    anchor = _date(published)
    try:
        extractor = get_extractor(model)
    except MaterielError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(2) from None
    out = Console(highlight=False, width=None if sys.stdout.isatty() else 160)
    failed = False
    for item in read_all(paths, int(max_size * 1024 * 1024)):
        if isinstance(item, InputError):
            err.print(f"[red]error:[/red] {escape(str(item))}", highlight=False, markup=True)
            failed = True
            continue
        try:
            report = extractor.extract(item, published=anchor)
        except MaterielError as exc:
            named = str(exc) if isinstance(exc, InputError) else f"{item.source}: {exc}"
            err.print(f"[red]error:[/red] {escape(named)}", highlight=False, markup=True)
            failed = True
            continue
        if json_out:
            sys.stdout.write(report.model_dump_json() + "\n")
            sys.stdout.flush()
        else:
            print_report(report, out, evidence=evidence)
    if failed:
        raise typer.Exit(1)


@app.command()
def evaluate(
    sets: Annotated[list[str] | None, typer.Argument(help="Gold sets to run (default: all)")] = None,
    split: Annotated[str, typer.Option(help="dev or test: tune on dev, report test")] = "test",
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object per set")] = False,
    limit: Annotated[int | None, typer.Option(help="At most this many documents per set")] = None,
    data: Annotated[str | None, typer.Option(help="Folder of the gold sets (default ../shared/eval)")] = None,
    misses: Annotated[int, typer.Option(help="How many misses to print per set")] = 8,
    only: Annotated[str | None, typer.Option("--only", help="Transfer gold sets: only documents whose name contains this")] = None,
    calibration: Annotated[bool, typer.Option("--calibration", help="Rows per confidence band and the share that match gold (transfer gold sets; default examples, dev, dev2, dev3, real-dev)")] = False,
    fit: Annotated[bool, typer.Option("--fit", help="With --calibration: fit data/calibration.toml on those sets")] = False,
    db: Annotated[str | None, typer.Option("--db", help="`evaluate reviewed`: the store whose reviews to score against")] = None,
    gold: Annotated[Path | None, typer.Option("--gold", help="`evaluate reviewed`: a file of `review export --gold` (texts from the store)")] = None,
    collection: Annotated[str | None, typer.Option("--collection", help="`evaluate reviewed`: only this collection's reviews")] = None,
) -> None:
    """Precision, recall and F1 on the gold sets, with the worst misses to read. The transfer sets
    (examples, real-dev, dev, dev2, dev3) report a strict one-to-one score first and the lenient
    score of score_transfers.py beside it."""
    if split not in ("dev", "test"):
        raise typer.BadParameter("--split is dev or test")
    root = Path(data) if data else default_root()
    if (only or calibration or fit) and any(s not in GOLD_SETS for s in sets or []):
        raise typer.BadParameter(f"--only, --calibration and --fit take the transfer gold sets: {', '.join(GOLD_SETS)}")
    if fit and not calibration:
        raise typer.BadParameter("--fit goes with --calibration")
    if fit and only:
        raise typer.BadParameter("--fit fits on whole sets: leave out --only")
    if calibration:
        _calibration(sets, root, only, fit, json_out)
        return
    if sets == ["reviewed"]:
        results = [reviewed_result(db, gold, collection)]
    elif sets and "reviewed" in sets:
        raise typer.BadParameter("evaluate reviewed alone: it reads the store (--db), not the gold sets")
    else:
        results = ([evaluate_set(s, root, split, limit, only) for s in sets or GOLD_SETS] if only
                   else run_sets(sets, root, split, limit))
    if json_out:
        for r in results:
            sys.stdout.write(json.dumps(r.as_dict()) + "\n")
    else:
        print_evaluation(results, Console(highlight=False, width=None if sys.stdout.isatty() else 160), misses)
    if sets and any(r.skipped for r in results if r.skipped and r.skipped.startswith("unknown set")):
        raise typer.Exit(2)


def _calibration(sets: list[str] | None, root: Path, only: str | None, fit: bool, json_out: bool) -> None:

    out = run_calibration(sets, root, only, fit)
    if json_out:
        sys.stdout.write(json.dumps(out) + "\n")
    else:
        print_calibration(out, Console(highlight=False, width=None if sys.stdout.isatty() else 160))


@app.command()
def schema() -> None:
    """Print the JSON Schema of one line of `extract --json`."""
    sys.stdout.write(json.dumps(Report.model_json_schema(), indent=2) + "\n")


cli_store.register_commands(app)
cli_serve.register_commands(app)
cli_users.register_commands(app)
cli_audit.register_commands(app)
cli_imports.register_commands(app)
cli_review.register_commands(app)
cli_watchlists.register_commands(app)
cli_follow.register_commands(app)
cli_reextract.register_commands(app)


def main() -> None:
    try:
        app()
    except MaterielError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)
        sys.exit(1)


if __name__ == "__main__":
    main()
