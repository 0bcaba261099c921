"""Exports of the store.

- csv    one line per mention (transfer row of a document), with its record's consolidated fields and its
         document: the register with its evidence (and `intercepted_by`, who seized it), ready for a spreadsheet:
         a text starting with = + - @, a tab or a carriage return gets a leading ' (no formula runs), unless `raw`.
         Each line carries its review: `reviewed`, `reviewer`, `decision`, `reason`, `corrected_fields`,
         `corrections` (see `materiel.store.reviews`); the machine's reading is in the other columns. Its record's
         deal in SIPRI's shape (`materiel.store.sipri`) follows: `record_number_ordered`, `record_year_of_order`,
         `record_number_delivered`, `record_years_of_delivery`, `record_status`, `record_description`,
         `record_comments`, `record_value`, `record_currency`, `record_value_usd` (the mention's own value is `value`).
- jsonl  one consolidated record per line, its mentions nested (`mention_rows`, each with its review);
         records whose mentions were all rejected are there too (`rejected`: true).
- ftm    FollowTheMoney entities as JSON Lines, for Aleph (see `materiel.store.export_ftm`).
- gexf, graphml  the actor network (networkx): a node per actor (name, kind, country), a directed edge
         supplier -> recipient with transfer records, mentions, sources, items, stages, contradiction;
         seizer -> supplier (else recipient) with `seizures`, the records of shipments it intercepted (not
         with `seizures=False`, the CLI's --transfers-only); with `events` (--with-events) also actor -> target
         with events and event types; `weight` = records + seizures + events. Each edge's `start` and `end`
         (ISO dates) span its records and events in time: GEXF writes them as the edge's time, so that
         Gephi's timeline plays the register.

Every export takes a keyword `scope` (a collection, a set of them, or None for all; see
`materiel.store.scope`) and holds only what lies within it: mentions, records, documents, actors and edges.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import networkx as nx
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from materiel.store.errors import StoreError
from materiel.store.filters import RegisterFilter
from materiel.store.output import csv_cell
from materiel.store.queries import record, register
from materiel.store.review_schema import ReviewRow
from materiel.store.reviews import review_dict
from materiel.store.rows import Row, mention_dict
from materiel.store.schema import ActorRow, DocumentRow, EventRow, MentionRow, RecordRow
from materiel.store.scope import ScopeLike, restrict
from materiel.store.sipri import deals

FORMATS = ("csv", "jsonl", "gexf", "graphml", "ftm")
RECORD_FIELDS = ("latest_stage", "intercepted_by_id", "factuality", "sources", "sources_against", "contradiction",
                 "rejected")
DEAL_FIELDS = ("number_ordered", "year_of_order", "number_delivered", "years_of_delivery", "status", "description",
               "comments")
BATCH = 1000


def mention_lines(session: Session, *, scope: ScopeLike) -> Iterator[dict[str, Any]]:
    q = (select(MentionRow, DocumentRow, RecordRow, ReviewRow).join(DocumentRow, DocumentRow.id == MentionRow.document_id)
         .outerjoin(RecordRow, RecordRow.id == MentionRow.record_id)
         .outerjoin(ReviewRow, ReviewRow.mention_id == MentionRow.id).order_by(MentionRow.record_id, MentionRow.id))
    q = restrict(q, DocumentRow.collection, scope)
    names = dict(session.execute(select(ActorRow.id, ActorRow.name)).all())
    lines = iter(session.execute(q.execution_options(yield_per=BATCH)))
    while chunk := list(islice(lines, BATCH)):
        records = {r.id: r for _, _, r, _ in chunk if r is not None}
        fields = deals(session, list(records.values()), scope=scope)  # one query of mentions per chunk
        for m, d, r, review in chunk:
            row = mention_dict(m, d) | review_dict(review)
            row["corrections"] = json.dumps(row["corrections"], sort_keys=True) if row["corrections"] else None
            row["supplier"] = names.get(m.supplier_id or "")
            row["recipient"] = names.get(m.recipient_id or "")
            row["intercepted_by"] = names.get(m.intercepted_by_id or "")
            for f in RECORD_FIELDS:
                row[f"record_{f}"] = getattr(r, f) if r is not None else None
            yield row | deal_columns(fields.get(r.id) if r is not None else None)


def deal_columns(deal: dict[str, Any] | None) -> dict[str, Any]:
    """A record's SIPRI fields as the CSV export's `record_*` columns (all empty for no record)."""
    d = deal or {}
    value = d.get("value") or {}
    out = {f"record_{f}": d.get(f) for f in DEAL_FIELDS}
    return out | {"record_value": value.get("amount"), "record_currency": value.get("currency"),
                  "record_value_usd": value.get("usd")}


def write_csv(session: Session, path: Path, *, scope: ScopeLike, raw: bool = False) -> int:
    n = 0
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer: csv.DictWriter[str] | None = None
        for row in mention_lines(session, scope=scope):
            if writer is None:
                writer = csv.DictWriter(handle, fieldnames=list(row))
                writer.writeheader()
            writer.writerow({k: csv_cell(v, raw) for k, v in row.items()})
            n += 1
        if writer is None:
            handle.write("mention,record,document\n")
    return n


def write_jsonl(session: Session, path: Path, *, scope: ScopeLike) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as handle:
        rows = register(session, RegisterFilter(), scope=scope) + \
            register(session, RegisterFilter(review="rejected"), scope=scope)
        for r in rows:
            handle.write(json.dumps(record(session, r["record"], scope=scope), ensure_ascii=False) + "\n")
            n += 1
    return n


def _spans(e: dict[str, Any], start: Any, end: Any) -> None:
    """Widen the edge's time (`start`, `end`: ISO dates, what Gephi's timeline plays) to [start, end]."""
    start, end = start or end, end or start
    if start:
        e["start"] = min(e.get("start") or start, str(start))
        e["end"] = max(e.get("end") or end, str(end))


def network(session: Session, *, scope: ScopeLike, events: bool = False, seizures: bool = True) -> nx.DiGraph[str]:
    """The actor network: transfer edges (supplier -> recipient), seizure edges unless `seizures` is False,
    event edges (actor -> target) when `events`. Each edge's `start` and `end` span its records' dates (their
    first and last date, else their reporting's publication dates) and its events' days."""
    g: nx.DiGraph[str] = nx.DiGraph()
    records = register(session, RegisterFilter(), scope=scope)
    evs: list[tuple[str, str, str, Any, Any]] = []
    if events:
        q = select(EventRow.actor_id, EventRow.target_id, EventRow.type,
                   func.coalesce(EventRow.when_start, DocumentRow.published),
                   func.coalesce(EventRow.when_end, EventRow.when_start, DocumentRow.published)
                   ).join(DocumentRow, DocumentRow.id == EventRow.document_id)
        q = restrict(q, DocumentRow.collection, scope)
        evs = [(a, t, ty, lo, hi) for a, t, ty, lo, hi in session.execute(q) if t and t != a]
    ids = {x for r in records for x in (r["supplier_id"], r["recipient_id"], r["intercepted_by_id"] if seizures else None) if x} | \
        {x for a, t, *_ in evs for x in (a, t)}
    for actor in session.scalars(select(ActorRow).where(ActorRow.id.in_(sorted(ids)))) if ids else []:
        g.add_node(actor.id, label=actor.name, kind=actor.kind, country=actor.country or "")

    def edge(u: str, v: str) -> dict[str, Any]:
        if not g.has_edge(u, v):
            g.add_edge(u, v, transfers=0, mentions=0, sources=0, items="", stages="", contradiction=False,
                       seizures=0, events=0, event_types="", weight=0)
        return g.edges[u, v]

    def when(r: Row) -> tuple[Any, Any]:
        return r["first_date"] or r["first_seen"], r["last_date"] or r["last_seen"]

    for r in records:
        if not (r["supplier_id"] and r["recipient_id"]):
            continue
        e = edge(r["supplier_id"], r["recipient_id"])
        e["transfers"] += 1
        e["mentions"] += r["mentions"]
        e["sources"] = max(e["sources"], r["sources"])
        e["items"] = "; ".join(sorted(set(filter(None, e["items"].split("; "))) | {r["designation"] or r["category"]}))
        e["stages"] = "; ".join(sorted(set(filter(None, e["stages"].split("; "))) | set(r["stages"])))
        e["contradiction"] = e["contradiction"] or r["contradiction"]
        e["weight"] += 1
        _spans(e, *when(r))
    for r in records if seizures else []:  # who seized a shipment -> whose shipment it was (else whom it was for)
        owner = r["supplier_id"] or r["recipient_id"]
        if r["intercepted_by_id"] and owner and owner != r["intercepted_by_id"]:
            e = edge(r["intercepted_by_id"], owner)
            e["seizures"] += 1
            e["items"] = "; ".join(sorted(set(filter(None, e["items"].split("; "))) | {r["designation"] or r["category"]}))
            e["stages"] = "; ".join(sorted(set(filter(None, e["stages"].split("; "))) | {"intercepted"}))
            e["weight"] += 1
            _spans(e, *when(r))
    for a, t, ty, lo, hi in evs:
        e = edge(a, t)
        e["events"] += 1
        e["event_types"] = "; ".join(sorted(set(filter(None, e["event_types"].split("; "))) | {ty}))
        e["weight"] += 1
        _spans(e, lo and str(lo), hi and str(hi))
    return g


def export(session: Session, fmt: str, path: Path, *, scope: ScopeLike, events: bool = False,
           seizures: bool = True, raw: bool = False) -> int:
    """Write the export; returns how many lines, records or edges it holds. `events` and `seizures` say
    which edges the actor network (gexf, graphml) holds besides the transfers (see `network`); `raw`: CSV
    cells as stored (formulas not made inert)."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    if path.parent and not path.parent.exists():
        raise StoreError(f"cannot write {str(path)!r}: folder {str(path.parent)!r} does not exist")
    try:
        if fmt == "csv":
            return write_csv(session, path, scope=scope, raw=raw)
        if fmt == "jsonl":
            return write_jsonl(session, path, scope=scope)
        if fmt == "ftm":
            from materiel.store.export_ftm import write_ftm  # optional extra `ftm` (followthemoney)

            return write_ftm(session, path, scope=scope)
        g = network(session, scope=scope, events=events, seizures=seizures)
        (nx.write_gexf if fmt == "gexf" else nx.write_graphml)(g, str(path))
        return g.number_of_edges()
    except OSError as exc:
        raise StoreError(f"cannot write {str(path)!r}: {exc.strerror or exc}") from None


__all__ = ["FORMATS", "export", "network"]
