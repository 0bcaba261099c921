"""The knowledge-base commands of `materiel`: add, register and search (in `materiel.cli.register`), record,
actors, actor, show, sources, events, export. `register_commands(app)` adds them to the Typer app of `materiel.cli`."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from materiel.cli.add import run_add
from materiel.cli.audit_hook import record as audit
from materiel.cli.options import (
    MAX_COUNT,
    CollOpt,
    CsvOpt,
    DbOpt,
    JsonOpt,
    LimitOpt,
    SinceOpt,
    UntilOpt,
    choice,
    fail,
    open_db,
    output_format,
    parse_date,
)
from materiel.cli.register import more_note, page_size, register_cmd, search_cmd
from materiel.cli.views import print_document, print_profile, print_record
from materiel.record.errors import MaterielError
from materiel.record.models import PLOVER_TYPES
from materiel.record.vocabulary import FACTUALITIES
from materiel.security.access import LOCAL
from materiel.sources import fetch as web
from materiel.store import output
from materiel.store.profile import actors, profile
from materiel.store.queries import events, record, show, sources


def add(
    paths: Annotated[list[str], typer.Argument(help="Text, HTML, PDF or JSON Lines files, directories (recursively), web page or RSS/Atom feed URLs")],
    db: DbOpt = None,
    collection: Annotated[str, typer.Option("--collection", help="Collection to add the documents to")] = "default",
    publisher: Annotated[str | None, typer.Option("--publisher", help="Publisher of documents that name none")] = None,
    published: Annotated[str | None, typer.Option("--published", help="Publication date of documents that give none")] = None,
    published_field: Annotated[str | None, typer.Option("--published-field", help="JSON Lines: the field holding the publication date (besides 'published' and 'date')")] = None,
    model: Annotated[str | None, typer.Option(help="Installed spaCy pipeline to use")] = None,
    max_size: Annotated[float, typer.Option("--max-size", help="Largest file or JSON line to read, in MB")] = 20.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar")] = False,
    json_out: Annotated[bool, typer.Option("--json", help="Print the summary as one JSON object")] = False,
    timeout: Annotated[float, typer.Option("--timeout", min=0.01, help="Seconds to wait for a URL (connect, each read, whole body)")] = 20.0,
    workers: Annotated[int | None, typer.Option("--workers", min=1, help="Extraction processes (default: the number of cores from 100 documents on, else 1)")] = None,
    cluster: Annotated[str | None, typer.Option("--cluster", help="Extract on a Dask cluster: its scheduler address, e.g. tcp://HOST:8786")] = None,
    no_prefilter: Annotated[bool, typer.Option("--no-prefilter", help="Parse every sentence (by default only those that can hold a transfer, with their context)")] = False,
    allow_private_urls: Annotated[bool, typer.Option("--allow-private-urls", help="Fetch URLs on loopback, private and other non-public addresses (refused by default; also $MATERIEL_ALLOW_PRIVATE_URLS=1)")] = False,
) -> None:
    """Add documents to the store: each text once (by content hash), with its rows and events."""

    web.configure(timeout=timeout, allow_private=allow_private_urls)

    store = open_db(db, create=True)
    try:
        code = run_add(store, paths, collection=collection, publisher=publisher,
                       published=parse_date(published, "--published"), model=model,
                       max_bytes=int(max_size * 1024 * 1024), quiet=quiet, json_out=json_out,
                       workers=workers, cluster=cluster, prefilter=not no_prefilter, published_field=published_field)
    except MaterielError as exc:
        raise fail(exc) from None
    finally:
        store.close()
    if code:
        raise typer.Exit(code)


def record_cmd(
    record_id: Annotated[int, typer.Argument(help="Record number, from `materiel register`")],
    db: DbOpt = None, json_out: JsonOpt = False, csv_out: CsvOpt = False,
) -> None:
    """One record with all its mentions: who asserts it, who denies it, with the evidence."""

    fmt = output_format(json_out, csv_out)
    try:
        with open_db(db) as store, store.read() as session:
            row = record(session, record_id, scope=LOCAL.scope())
    except MaterielError as exc:
        raise fail(exc) from None
    if fmt == output.JSON:
        output.write_json([row])
    elif fmt == output.CSV:
        output.write_csv(row["mention_rows"])
    else:
        print_record(row)


def actors_cmd(
    db: DbOpt = None,
    kind: Annotated[str | None, typer.Option(help="Only actors of this kind (state, armed_group, ...)")] = None,
    collection: CollOpt = None, limit: LimitOpt = None, json_out: JsonOpt = False, csv_out: CsvOpt = False,
) -> None:
    """Every actor in the store with documents, transfers out and in, events, first and last seen."""

    fmt = output_format(json_out, csv_out)
    with open_db(db) as store, store.read() as session:
        rows = actors(session, scope=LOCAL.scope(collection), kind=kind)
    rows = rows[:limit] if limit else rows
    cols = [("id", "id"), ("name", "name"), ("kind", "kind"), ("country", "country"), ("documents", "docs"),
            ("transfers_out", "out"), ("transfers_in", "in"), ("events", "events"), ("first_seen", "first seen"),
            ("last_seen", "last seen")]
    output.emit(rows, cols, fmt, "actors", "no actor in the store")


def actor_cmd(
    name: Annotated[str, typer.Argument(help="Actor id (e.g. ESP) or name")],
    db: DbOpt = None, collection: CollOpt = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=MAX_COUNT, help="Events and documents to list")] = 20,
    json_out: JsonOpt = False, csv_out: CsvOpt = False,
) -> None:
    """An actor's profile: transfers out and in by counterpart and item, events, documents."""

    fmt = output_format(json_out, csv_out)
    try:
        with open_db(db) as store, store.read() as session:
            p = profile(session, name, scope=LOCAL.scope(collection), limit=limit)
    except MaterielError as exc:
        raise fail(exc) from None
    if fmt == output.JSON:
        output.write_json([p])
    elif fmt == output.CSV:
        rows = [{"direction": "out"} | g for g in p["transfers_out"]] + [{"direction": "in"} | g for g in p["transfers_in"]]
        output.write_csv([{"actor": p["actor"]["id"]} | r for r in rows],
                         fields=["actor", "direction", "counterpart_id", "counterpart", "item", "category", "records",
                                 "mentions", "sources", "stages", "latest_stage", "contradiction", "first_date",
                                 "last_date", "record_ids"])
    else:
        print_profile(p)


def show_cmd(
    doc_id: Annotated[str, typer.Argument(help="Document id or its first characters (at least 4)")],
    db: DbOpt = None, text: Annotated[bool, typer.Option("--text", help="Print the document's text too")] = False,
    json_out: JsonOpt = False, csv_out: CsvOpt = False,
) -> None:
    """A stored document: its metadata, transfer rows (with their records), events and actors."""

    fmt = output_format(json_out, csv_out)
    try:
        with open_db(db) as store:
            with store.read() as session:
                d = show(session, doc_id, text=text or fmt == output.JSON, scope=LOCAL.scope())
            audit(store, "read", target=d["document"]["id"], collection=d["document"]["collection"],
                  text="text" in d["document"])
    except MaterielError as exc:
        raise fail(exc) from None
    if fmt == output.JSON:
        output.write_json([d])
    elif fmt == output.CSV:
        output.write_csv(d["transfers"])
    else:
        print_document(d)


def sources_cmd(db: DbOpt = None, collection: CollOpt = None, json_out: JsonOpt = False, csv_out: CsvOpt = False) -> None:
    """Publishers in the store with their documents, dates, collections and rows."""

    fmt = output_format(json_out, csv_out)
    with open_db(db) as store, store.read() as session:
        rows = sources(session, scope=LOCAL.scope(collection))
    cols = [("publisher", "publisher"), ("documents", "docs"), ("first", "first published"),
            ("last", "last published"), ("transfers", "transfer rows"), ("events", "events"),
            ("collections", "collections")]
    output.emit(rows, cols, fmt, "sources", "no document in the store")


def events_cmd(
    db: DbOpt = None,
    actor: Annotated[str | None, typer.Option(help="Acting party: id, name, alias or the start of a name")] = None,
    target: Annotated[str | None, typer.Option(help="Target: id, name, alias or the start of a name")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="PLOVER event type (AID, REQUEST, REJECT, ...)")] = None,
    factuality: Annotated[str | None, typer.Option(help="asserted, negated, denied or uncertain")] = None,
    since: SinceOpt = None, until: UntilOpt = None, collection: CollOpt = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1, max=MAX_COUNT, help="At most this many lines (default 100)")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Every line, however many")] = False,
    json_out: JsonOpt = False, csv_out: CsvOpt = False,
) -> None:
    """PLOVER events across the store, latest first."""

    fmt = output_format(json_out, csv_out)
    if type_ and type_.upper() not in PLOVER_TYPES:
        raise typer.BadParameter(f"{type_!r} is not one of {', '.join(PLOVER_TYPES)}", param_hint="--type")
    fact, start, end = choice(factuality, FACTUALITIES, "--factuality"), parse_date(since, "--since"), parse_date(until, "--until")
    size = page_size(limit, all_)
    try:
        with open_db(db) as store, store.read() as session:
            rows = events(session, actor=actor, target=target, type_=type_, factuality=fact, since=start, until=end,
                          scope=LOCAL.scope(collection), limit=size and size + 1)
    except MaterielError as exc:
        raise fail(exc) from None
    rows = more_note(rows, size, 0, "events", pages=False)
    for r in rows:
        r["date"] = r["when_start"] or r["published"]
    cols = [("date", "date"), ("type", "type"), ("mode", "mode"), ("actor", "actor"), ("target", "target"),
            ("factuality", "factuality"), ("publisher", "publisher"), ("document", "document"), ("evidence", "evidence")]
    output.emit(rows, cols, fmt, "events", "no event matches")


def export_cmd(
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv, jsonl, gexf, graphml or ftm (FollowTheMoney entities, needs materiel[ftm])")],
    out: Annotated[Path, typer.Option("--output", "-o", help="File to write")],
    db: DbOpt = None, collection: CollOpt = None,
    transfers_only: Annotated[bool, typer.Option("--transfers-only", help="gexf, graphml: supplier -> recipient edges only (no seizures)")] = False,
    with_events: Annotated[bool, typer.Option("--with-events", help="gexf, graphml: event edges (actor -> target) too")] = False,
    raw: Annotated[bool, typer.Option("--raw", help="CSV cells as stored: no ' before a text starting with = + - @ (a spreadsheet may run it as a formula)")] = False,
) -> None:
    """Export the register (csv: one line per mention; jsonl: one record per line) or the actor
    network (gexf, graphml: transfer and seizure edges, each with the start and end of its records in time).
    CSV cells that a spreadsheet would run as formulas start with ' unless --raw."""
    from materiel.store.export import FORMATS, export  # deferred: networkx, only to export


    if fmt.lower() not in FORMATS:
        raise typer.BadParameter(f"{fmt!r} is not one of {', '.join(FORMATS)}", param_hint="--format")
    if transfers_only and with_events:
        raise typer.BadParameter("give --transfers-only or --with-events, not both", param_hint="--transfers-only")

    try:
        with open_db(db) as store:
            with store.read() as session:
                n = export(session, fmt.lower(), out, scope=LOCAL.scope(collection), events=with_events,
                           seizures=not transfers_only, raw=raw)
            audit(store, "export", target=fmt.lower(), collection=collection, rows=n, path=str(out))
    except MaterielError as exc:
        raise fail(exc) from None
    unit = ("edges" if fmt.lower() in ("gexf", "graphml") else "records" if fmt.lower() == "jsonl"
            else "entities" if fmt.lower() == "ftm" else "rows")
    output.console(stderr=True).print(f"wrote {escape(str(out))} ({n} {unit})")


def register_commands(app: typer.Typer) -> None:
    app.command("add")(add)

    app.command("register")(register_cmd)
    app.command("search")(search_cmd)
    app.command("record")(record_cmd)
    app.command("actors")(actors_cmd)
    app.command("actor")(actor_cmd)
    app.command("show")(show_cmd)
    app.command("sources")(sources_cmd)
    app.command("events")(events_cmd)
    app.command("export")(export_cmd)


__all__ = ["register_commands", "sys"]
