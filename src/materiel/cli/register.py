"""`materiel register` (the consolidated register, a page at a time) and `materiel search` (full-text
search over the stored documents). Registered on the app by `materiel.cli.store.register_commands`."""
from __future__ import annotations

import csv
import sys
from typing import Annotated, Any

import typer

from materiel.cli.audit_hook import record as audit
from materiel.cli.options import (
    MAX_COUNT,
    CollOpt,
    CsvOpt,
    DbOpt,
    JsonOpt,
    SinceOpt,
    UntilOpt,
    choice,
    fail,
    open_db,
    output_format,
    parse_date,
)
from materiel.record.errors import MaterielError
from materiel.record.vocabulary import FACTUALITIES, STAGES
from materiel.security.access import LOCAL
from materiel.store import output
from materiel.store.filters import DEFAULT_LIMIT, RegisterFilter, known_counts
from materiel.store.queries import register
from materiel.store.reviews import REVIEW_FILTERS
from materiel.store.search import search_documents
from materiel.store.sipri import COLUMNS, sipri_rows

PageOpt = Annotated[int | None, typer.Option("--limit", min=1, max=MAX_COUNT, help="At most this many lines (default 100)")]
AllOpt = Annotated[bool, typer.Option("--all", help="Every line, however many")]
OffsetOpt = Annotated[int, typer.Option("--offset", min=0, max=MAX_COUNT, help="Skip this many lines first (the next page)")]


def page_size(limit: int | None, all_: bool) -> int | None:
    if all_ and limit:
        raise typer.BadParameter("give --limit or --all, not both")
    return None if all_ else limit or DEFAULT_LIMIT


def more_note(rows: list[Any], size: int | None, offset: int, what: str, pages: bool = True) -> list[Any]:
    """Cut the one extra row asked for and say on stderr that there is more, and how to get it."""
    if size is None or len(rows) <= size:
        return rows
    nxt = f"--offset {offset + size} for the next page, " if pages else ""
    output.console(stderr=True).print(
        f"[dim]lines {offset + 1}-{offset + size} of more {what}: {nxt}--limit N for more lines, "
        f"--all for every line[/dim]", highlight=False)
    return rows[:size]


def review_badge(r: dict[str, Any]) -> str:
    """What the analysts did: "reviewed by X", "corrected", "rejected" (empty when nobody did)."""
    if r.get("rejected"):
        return "rejected"
    if not r.get("reviewers"):
        return ""
    return ("reviewed" if r["reviewed"] else "partly reviewed") + (" corrected" if r["corrected"] else "") + \
        f" by {r['reviewers']}"


SUPPLIER_HELP = "Supplier: id, name, alias (US, Britain, Ankara) or the start of a name"
RECIPIENT_HELP = "Recipient: id, name, alias (UK, Kyiv, Turkish) or the start of a name"
SEIZER_HELP = "Records of shipments seized by this actor (id, name, alias or the start of a name)"
ItemOpt = Annotated[str | None, typer.Option(help="Part of the item's designation, category or text")]
CategoryOpt = Annotated[str | None, typer.Option(help="Item category, exactly")]
StageOpt = Annotated[str | None, typer.Option(help="Records with a mention at this stage (" + ", ".join(STAGES) + ")")]
FactualityOpt = Annotated[str | None, typer.Option(help="Records with a mention of this factuality, or 'contested'")]
MinSourcesOpt = Annotated[int | None, typer.Option("--min-sources", min=0, max=MAX_COUNT, help="At least this many independent sources asserting it")]
MinConfOpt = Annotated[float | None, typer.Option("--min-confidence", min=0.0, max=1.0, help="Records whose confidence (the highest of their mentions', calibrated: see `materiel evaluate --calibration`) is at least this")]
ContraOpt = Annotated[bool, typer.Option("--contradictions", help="Only records whose sources contradict each other")]
TextOpt = Annotated[str | None, typer.Option("--text", help="Records of documents matching this full-text query (see `materiel search`)")]
ReviewOpt = Annotated[str | None, typer.Option("--review", help="reviewed, unreviewed, corrected, or rejected (records whose mentions were all rejected, otherwise left out)")]
NewOpt = Annotated[bool, typer.Option("--new", help="Only records no imported reference table holds (see `materiel import`)")]
KnownOpt = Annotated[bool, typer.Option("--known", help="Only records an imported reference table holds")]


def make_filter(*, stage: str | None = None, factuality: str | None = None, since: str | None = None,
                until: str | None = None, review: str | None = None, new: bool = False, known: bool = False,
                **fields: Any) -> RegisterFilter:
    """The RegisterFilter of the register's options, each checked as `materiel register` checks it."""
    if new and known:
        raise typer.BadParameter("give --new or --known, not both")
    return RegisterFilter(stage=choice(stage, STAGES, "--stage"),
                          factuality=choice(factuality, FACTUALITIES + ("contested",), "--factuality"),
                          since=parse_date(since, "--since"), until=parse_date(until, "--until"),
                          review=choice(review, REVIEW_FILTERS, "--review"),
                          known=True if known else False if new else None, **fields)


TABLE_COLUMNS = [("record", "record"), ("party", "supplier"), ("recipient", "recipient"), ("item", "item"),
                 ("category", "category"), ("quantity", "qty"), ("latest_stage", "latest stage"),
                 ("factuality", "factuality"), ("sources", "sources"), ("sources_against", "against"),
                 ("documents", "docs"), ("span", "when"), ("flag", "flag")]


def register_cmd(
    db: DbOpt = None,
    supplier: Annotated[str | None, typer.Option(help=SUPPLIER_HELP)] = None,
    recipient: Annotated[str | None, typer.Option(help=RECIPIENT_HELP)] = None,
    item: ItemOpt = None, category: CategoryOpt = None, stage: StageOpt = None,
    intercepted_by: Annotated[str | None, typer.Option("--intercepted-by", help=SEIZER_HELP)] = None,
    factuality: FactualityOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    min_sources: MinSourcesOpt = None, min_confidence: MinConfOpt = None, contradictions: ContraOpt = False,
    text: TextOpt = None, review: ReviewOpt = None,
    sort: Annotated[str | None, typer.Option("--sort", help="supplier, recipient, item, category, stage, factuality, sources, mentions, documents, first_date, last_date, confidence or record; '-' in front for descending")] = None,
    new: NewOpt = False, known: KnownOpt = False,
    collection: CollOpt = None, limit: PageOpt = None, all_: AllOpt = False, offset: OffsetOpt = 0,
    json_out: JsonOpt = False, csv_out: CsvOpt = False,
    format_: Annotated[str | None, typer.Option("--format", help="table, json, csv, or sipri: CSV in the columns of "
                                                "SIPRI's trade register (then Value, Currency, Value (USD), Record)")] = None,
) -> None:
    """The consolidated transfer register: one line per transfer record, across documents."""
    fmt = choice(format_, (output.TABLE, output.JSON, output.CSV, "sipri"), "--format") or \
        output_format(json_out, csv_out)
    size = page_size(limit, all_)
    f = make_filter(supplier=supplier, recipient=recipient, item=item, category=category, stage=stage,
                    intercepted_by=intercepted_by, factuality=factuality, since=since, until=until,
                    min_sources=min_sources, min_confidence=min_confidence, collection=collection,
                    contradictions=contradictions, text=text, sort=sort, review=review, offset=offset,
                    limit=size + 1 if size else None, new=new, known=known)
    if fmt == "sipri":
        return sipri_out(db, f, size, offset, collection)

    try:
        with open_db(db) as store:
            with store.read() as session:
                rows = more_note(register(session, f, scope=LOCAL.scope(collection), references=LOCAL.scope()),
                                 size, offset, "records")
                n_known, n_new = known_counts(session, f, scope=LOCAL.scope(collection), references=LOCAL.scope())
            if text:
                audit(store, "search", target=text, collection=collection, records=len(rows))
    except MaterielError as exc:
        raise fail(exc) from None
    for r in rows:
        r["party"] = r["supplier"] or (f"unknown (in {r['place']})" if r.get("place") else "unknown")
        r["flag"] = " ".join(x for x in ("CONTRADICTED" if r["contradiction"] else "", review_badge(r)) if x)
        r["span"] = " .. ".join(dict.fromkeys(x for x in (r["first_date"], r["last_date"]) if x))
    if fmt != output.TABLE:
        for r in rows:
            del r["flag"], r["span"], r["party"]
    output.emit(rows, TABLE_COLUMNS, fmt, "transfer register", "no record matches")
    if fmt == output.TABLE:  # against the reference tables (`materiel import`): --known, --new
        output.console().print(f"known {n_known} · new {n_new}", highlight=False)


def sipri_out(db: str | None, f: RegisterFilter, size: int | None, offset: int, collection: str | None) -> None:
    """`register --format sipri`: the page (or --all) as CSV in SIPRI's columns, streamed."""
    writer = csv.DictWriter(sys.stdout, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    n = 0
    try:
        with open_db(db) as store, store.read() as session:
            for row in sipri_rows(session, f, scope=LOCAL.scope(collection), references=LOCAL.scope()):
                if size is not None and n >= size:
                    more_note([None] * (size + 1), size, offset, "records")
                    break
                writer.writerow({k: output.cell(v) for k, v in row.items()})
                n += 1
    except MaterielError as exc:
        raise fail(exc) from None
    sys.stdout.flush()


def search_cmd(
    query: Annotated[str, typer.Argument(help='Words (all must occur), "a phrase", a OR b, -word, word*')],
    db: DbOpt = None, collection: CollOpt = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=MAX_COUNT, help="At most this many documents")] = 20,
    json_out: JsonOpt = False, csv_out: CsvOpt = False,
) -> None:
    """Full-text search over the stored documents, best match first, with the matches in context."""

    fmt = output_format(json_out, csv_out)
    try:
        with open_db(db) as store:
            with store.read() as session:
                rows = search_documents(session, query, scope=LOCAL.scope(collection), limit=limit)
            audit(store, "search", target=query, collection=collection, documents=len(rows))
    except MaterielError as exc:
        raise fail(exc) from None
    cols = [("short", "document"), ("published", "published"), ("publisher", "publisher"), ("title", "title"),
            ("transfers", "rows"), ("snippet", "matches")]
    output.emit(rows, cols, fmt, f"documents matching {query!r}", "no document matches")
