"""`materiel reextract [--collection C] [--workers N]`: the current rules over the stored documents (after an
upgrade), with `add`'s prefilter and worker processes, keeping each review on the row of its evidence span
(`materiel.store.reextract`). Prints how many reviews were kept, moved (the span now reads differently) and
listed (no row from the span any more: kept with the machine's reading of the time, never lost)."""
from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from materiel.cli.add import PARALLEL_FROM
from materiel.cli.audit_hook import record as audit
from materiel.cli.options import CollOpt, DbOpt, JsonOpt, fail, open_db
from materiel.compute.runners import default_workers
from materiel.compute.spec import ExtractSpec
from materiel.record.errors import MaterielError
from materiel.security.access import LOCAL
from materiel.store import output
from materiel.store.reextract import Outcome, documents, reextract

WorkersOpt = Annotated[int | None, typer.Option(
    "--workers", min=1, help=f"Extraction processes (default: the number of cores from {PARALLEL_FROM} documents on, else 1)")]


def reextract_cmd(db: DbOpt = None, collection: CollOpt = None, json_out: JsonOpt = False, workers: WorkersOpt = None,
                  no_prefilter: Annotated[bool, typer.Option("--no-prefilter", help="Parse every sentence (as `add --no-prefilter`)")] = False,
                  model: Annotated[str | None, typer.Option(help="Installed spaCy pipeline to use")] = None) -> None:
    """Run the current rules over the stored documents, keeping each review on the row of its evidence span
    (the reviews whose span no longer yields a row are listed, never lost)."""
    scope = LOCAL.scope(collection)
    try:
        with open_db(db) as store:
            total = sum(1 for _ in documents(store, scope=scope))
            n = workers if workers is not None else default_workers() if total >= PARALLEL_FROM else 1
            out = reextract(store, ExtractSpec(model, not no_prefilter), scope=scope, workers=min(n, max(total, 1)))
            audit(store, "reextract", collection=collection,
                  **{k: v for k, v in out.as_dict().items() if k not in ("orphans", "failures")})
    except MaterielError as exc:
        raise fail(exc) from None
    if json_out:
        output.write_json([out.as_dict()])
        return
    said(out)


def said(out: Outcome) -> None:
    console = output.console()
    console.print(f"re-extracted {out.documents} document(s), {out.transfers} transfer row(s); reviews: "
                  f"{out.kept} kept, {out.moved} moved, {len(out.listed)} listed", highlight=False)
    for o in out.listed:
        console.print(f"  review {o['review']} ({o['decision']} by {escape(str(o['reviewer']))}) of document "
                      f"{o['document'][:12]}: no row from {escape(str(o['evidence']))!r} any more", highlight=False)
    for f in out.failed:
        console.print(f"  failed: {escape(f['source'])}: {escape(f['reason'])} (its rows are kept as they were)",
                      highlight=False)


def register_commands(app: typer.Typer) -> None:
    app.command("reextract")(reextract_cmd)


__all__ = ["register_commands"]
