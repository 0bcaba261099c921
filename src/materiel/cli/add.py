"""`materiel add`: a Rich progress bar (documents/s, ETA), one line per bad input, a summary."""
from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Sequence
from datetime import date

from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from materiel.compute.runners import default_workers
from materiel.compute.spec import ExtractSpec
from materiel.sources import inputs
from materiel.store import output
from materiel.store.db import Store
from materiel.store.ingest import ADDED, FAILED, Outcome, Summary, add


class RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed:.1f} docs/s", style="progress.data.speed")


def _summary_lines(s: Summary) -> list[str]:
    words = f"added {s.added} document{'s' * (s.added != 1)} ({s.transfers} transfer rows, {s.events} events)"
    lines = [f"{words}, skipped {len(s.skipped)}, failed {len(s.failed)} in {s.seconds:.1f} s"]
    for reason, n in Counter(o.reason.split(" (")[0] for o in s.skipped).most_common():
        lines.append(f"  skipped {n}: {reason}")
    for o in s.failed:
        lines.append(f"  failed: {o.source}: {o.reason}")
    return lines


def undated_warning(n: int) -> str | None:
    """The run's one warning about documents added without a publication date, or None."""
    if not n:
        return None
    docs = "document has" if n == 1 else "documents have"
    return (f"warning: {n} {docs} no publication date: relative dates in them (\"last month\") are not resolved "
            f"and their rows are undated. Give one with --published YYYY-MM-DD, a 'published' (or 'date') field in "
            f"JSON Lines, or --published-field NAME for another field name.")


PARALLEL_FROM = 100  # documents from which `add` uses every core unless --workers says otherwise


def run_add(store: Store, paths: Sequence[str], *, collection: str, publisher: str | None, published: date | None,
            model: str | None, max_bytes: int, quiet: bool, json_out: bool, workers: int | None = None,
            cluster: str | None = None, prefilter: bool = True, published_field: str | None = None) -> int:
    """Add and report; returns the exit status (0, 1 if some input failed, 130 if interrupted).

    `workers` defaults to the number of cores for PARALLEL_FROM documents or more, else 1 (a worker
    takes seconds to load the model: a few documents are added sooner by one process); never more
    than the documents to add. `cluster` is a Dask scheduler address. Documents added without a
    publication date get one warning for the run, with how to give one."""
    err = output.console(stderr=True)
    total = inputs.count(paths)
    if workers is None:
        workers = default_workers() if total >= PARALLEL_FROM else 1
    workers = min(workers, max(total, 1))
    spec = ExtractSpec(model, prefilter)
    if workers == 1 and not cluster:
        spec.warm()  # load the model before the clock starts
    progress = Progress(SpinnerColumn(), TextColumn("[bold]adding[/bold] {task.description}"), BarColumn(),
                        MofNCompleteColumn(), RateColumn(), TimeRemainingColumn(), TimeElapsedColumn(),
                        console=err, disable=quiet or json_out, transient=False)

    with progress:
        task = progress.add_task(inputs.describe(list(paths)), total=total)

        def on_item(out: Outcome) -> None:
            if out.status == FAILED:
                progress.console.print(f"[red]failed:[/red] {escape(out.source)}: {escape(out.reason)}", highlight=False,
                                       markup=True)
            progress.advance(task)

        try:
            summary = add(store, paths, collection=collection, publisher=publisher, published=published,
                          max_bytes=max_bytes, extract=spec, on_item=on_item, workers=workers, cluster=cluster,
                          published_field=published_field)
        except KeyboardInterrupt as exc:
            summary = getattr(exc, "summary", Summary(interrupted=True))
    if json_out:
        output.write_json([summary.as_dict()])
    else:
        for line in _summary_lines(summary):
            err.print(line, highlight=False, markup=False)
    warning = undated_warning(summary.undated)
    if warning:
        err.print(warning, style="yellow", highlight=False, markup=False, soft_wrap=True)
    if summary.interrupted:
        err.print("interrupted: the document being written was rolled back; run the same command again to "
                  "add the rest (documents already added are skipped)", highlight=False, markup=False)
        return 130
    return 1 if summary.failed else 0


__all__ = ["ADDED", "json", "run_add", "sys"]
