"""Add documents to the store: read, skip what is already there (by content hash), extract, and write
each document with all its rows and its refreshed records in ONE transaction, so a store is never
left with part of a document, whatever stops the run (an error, Ctrl-C, kill -9)."""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import case, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from materiel.compute.runners import make_runner
from materiel.compute.spec import ExtractSpec, Result, extract_safely
from materiel.record.errors import InputError
from materiel.record.models import Actor, Event, Report, Transfer
from materiel.sources import publishers
from materiel.sources.document import Document
from materiel.sources.incoming import Incoming
from materiel.sources.inputs import read_inputs
from materiel.sources.readers import DEFAULT_MAX_BYTES
from materiel.store import consolidate
from materiel.store.db import Store
from materiel.store.schema import ActorRow, DocActorRow, DocumentRow, EventRow, ItemNameRow, MentionRow

ADDED, SKIPPED, FAILED = "added", "skipped", "failed"


@dataclass
class Outcome:
    source: str
    status: str
    reason: str = ""
    document_id: str | None = None
    transfers: int = 0
    events: int = 0


@dataclass
class Summary:
    added: int = 0
    transfers: int = 0
    events: int = 0
    skipped: list[Outcome] = field(default_factory=list)
    failed: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0
    interrupted: bool = False

    def record(self, out: Outcome) -> None:
        if out.status == ADDED:
            self.added += 1
            self.transfers += out.transfers
            self.events += out.events
        elif out.status == SKIPPED:
            self.skipped.append(out)
        else:
            self.failed.append(out)

    def as_dict(self) -> dict[str, object]:
        return {"added": self.added, "skipped": len(self.skipped), "failed": len(self.failed),
                "transfers": self.transfers, "events": self.events, "seconds": round(self.seconds, 2),
                "interrupted": self.interrupted,
                "failures": [{"source": o.source, "reason": o.reason} for o in self.failed]}


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _src(x: Transfer | Event) -> Actor | None:
    return x.attribution.source if x.attribution else None


def _actors(report: Report) -> dict[str, Actor]:
    found: dict[str, Actor] = {a.id: a for a in report.actors}
    parties: list[Actor | None] = []
    for t in report.transfers:
        parties += [t.supplier, t.recipient, t.intermediary, t.denied_by, t.intercepted_by, _src(t)]
    for e in report.events:
        parties += [e.actor, e.target, _src(e)]
    for a in parties:
        if a is not None:
            found.setdefault(a.id, a)
    return found


def _upsert_actors(session: Session, actors: dict[str, Actor]) -> None:
    """Actors are one per canonical id: the first document to resolve an id names it."""
    if not actors:
        return
    have = set(session.scalars(select(ActorRow.id).where(ActorRow.id.in_(list(actors)))))
    for a in actors.values():
        if a.id not in have:
            session.add(ActorRow(id=a.id, name=a.name, kind=a.kind, country=a.country))
    session.flush()


def _count_documents(session: Session, ids: list[str], published: date | None) -> None:
    """One more document for each of these actors, and its date among their first and last seen."""
    if not ids:
        return
    values: dict[str, Any] = {"n_documents": ActorRow.n_documents + 1}
    if published:
        values["first_seen"] = case((or_(ActorRow.first_seen.is_(None), ActorRow.first_seen > published), published),
                                    else_=ActorRow.first_seen)
        values["last_seen"] = case((or_(ActorRow.last_seen.is_(None), ActorRow.last_seen < published), published),
                                   else_=ActorRow.last_seen)
    session.execute(update(ActorRow).where(ActorRow.id.in_(ids)).values(**values))


def _id(a: Actor | None) -> str | None:
    return a.id if a else None


def _text(a: Actor | None) -> str | None:
    return a.text if a else None


def _provenance(x: Transfer | Event) -> dict[str, Any]:
    """The fields a transfer row and an event share: attribution, time, place, evidence, rule."""
    att, when, where = x.attribution, x.when, x.where
    return {
        "factuality": x.factuality, "attribution_text": att.text if att else None,
        "attribution_source_id": _id(_src(x)), "attribution_source_text": _text(_src(x)),
        "when_text": when.text if when else None, "when_start": _day(when.start) if when else None,
        "when_end": _day(when.end) if when else None,
        "where_text": where.text if where else None, "where_country": where.country if where else None,
        "evidence_text": x.evidence.text, "evidence_start": x.evidence.start, "evidence_end": x.evidence.end,
        "rule": x.rule, "confidence": x.confidence,
    }


def mention_row(doc_id: str, idx: int, t: Transfer, collection: str) -> MentionRow:
    return MentionRow(
        document_id=doc_id, idx=idx,
        record_key=consolidate.key_of(collection, _id(t.supplier), _id(t.recipient), t.item.designation,
                                      t.item.category),
        supplier_id=_id(t.supplier), supplier_text=_text(t.supplier),
        recipient_id=_id(t.recipient), recipient_text=_text(t.recipient),
        intermediary_id=_id(t.intermediary), intermediary_text=_text(t.intermediary),
        item_text=t.item.text, designation=t.item.designation, category=t.item.category,
        quantity=float(t.quantity) if t.quantity is not None else None, quantity_text=t.quantity_text,
        stage=t.stage, denied_by_id=_id(t.denied_by), denied_by_text=_text(t.denied_by),
        intercepted_by_id=_id(t.intercepted_by), intercepted_by_text=_text(t.intercepted_by), **_provenance(t))


def event_row(doc_id: str, idx: int, e: Event) -> EventRow:
    return EventRow(
        document_id=doc_id, idx=idx, type=e.type, mode=e.mode, actor_id=e.actor.id, actor_text=e.actor.text,
        target_id=_id(e.target), target_text=_text(e.target), transfers=list(e.transfers), **_provenance(e))


def write_document(session: Session, item: Incoming, report: Report, collection: str) -> None:
    """Everything one document brings, in the caller's transaction: the document, its actors, its
    transfer rows and events, then the records of the keys it touches."""
    doc = item.document
    published = doc.published or _day(report.document.published)
    session.add(DocumentRow(
        id=doc.id, source=doc.source, title=doc.title, url=item.url, published=published,
        publisher=item.publisher, publisher_key=publishers.publisher_key(item.publisher), collection=collection,
        text=doc.text, added_at=datetime.now(UTC), n_transfers=len(report.transfers),
        n_events=len(report.events)))
    session.flush()
    actors = _actors(report)
    _upsert_actors(session, actors)
    for a in actors.values():
        session.add(DocActorRow(document_id=doc.id, actor_id=a.id, text=a.text, published=published,
                                collection=collection))
    _count_documents(session, list(actors), published)
    mentions = [mention_row(doc.id, i, t, collection) for i, t in enumerate(report.transfers)]
    session.add_all(mentions)
    _add_item_names(session, mentions)
    for i, e in enumerate(report.events):
        row = event_row(doc.id, i, e)
        row.day = row.when_start or published
        session.add(row)
    session.flush()
    consolidate.refresh(session, {m.record_key for m in mentions})


def _add_item_names(session: Session, mentions: list[MentionRow]) -> None:
    """Record how these rows name their items (see `schema.ItemNameRow`); names already known are kept."""
    names = {(m.item_text.lower()[:300], m.designation or "", m.category) for m in mentions}
    names |= {(m.designation.lower()[:300], m.designation, m.category) for m in mentions if m.designation}
    if not names:
        return
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    rows = [{"name": n, "designation": d, "category": c} for n, d, c in sorted(names)]
    session.execute(insert(ItemNameRow).on_conflict_do_nothing(), rows)


Extract = Callable[[Incoming], Report]


def _default_extract(model: str | None, prefilter: bool = False) -> Extract:
    return ExtractSpec(model, prefilter)


def exists(store: Store, doc_id: str) -> str | None:
    """The collection holding a document with this id, or None."""
    with store.read() as session:
        return session.scalar(select(DocumentRow.collection).where(DocumentRow.id == doc_id))


LOOKUP_CHUNK = 32  # inputs read ahead to ask the store in one query which it holds already


def held_by(store: Store, doc_ids: list[str]) -> dict[str, str]:
    """Which of these documents the store holds: id -> collection."""
    if not doc_ids:
        return {}
    with store.read() as session:
        q = select(DocumentRow.id, DocumentRow.collection).where(DocumentRow.id.in_(doc_ids))
        return {i: c for i, c in session.execute(q)}


def _chunks(items: Iterable[Incoming | InputError], size: int) -> Iterator[list[Incoming | InputError]]:
    chunk: list[Incoming | InputError] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def add_one(store: Store, item: Incoming, extract: Extract, collection: str) -> Outcome:
    doc = item.document
    held = exists(store, doc.id)
    if held is not None:
        return Outcome(doc.source, SKIPPED, f"already in the store (collection {held!r})", doc.id)
    return write_one(store, item, extract_safely(extract, item), collection)


def write_one(store: Store, item: Incoming, result: Result, collection: str) -> Outcome:
    """Store one extracted document in its own transaction (the one writer of every runner)."""
    doc = item.document
    if isinstance(result, str):
        return Outcome(doc.source, FAILED, result, doc.id)
    report = result
    try:
        with store.write() as session:  # a document added meanwhile fails on its primary key: no lookup first
            write_document(session, item, report, collection)
    except IntegrityError:
        if exists(store, doc.id) is None:
            raise
        return Outcome(doc.source, SKIPPED, "already in the store (added meanwhile)", doc.id)
    return Outcome(doc.source, ADDED, "", doc.id, len(report.transfers), len(report.events))


def with_published(items: Iterable[Incoming | InputError], published: date | None) -> Iterator[Incoming | InputError]:
    """Give documents without a publication date the default one."""
    for item in items:
        if published and isinstance(item, Incoming) and item.document.published is None:
            d = item.document
            item = replace(item, document=Document(text=d.text, source=d.source, title=d.title, published=published))
        yield item


def add(store: Store, paths: Sequence[str], *, collection: str = "default", publisher: str | None = None,
        published: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES, model: str | None = None,
        extract: Extract | None = None, on_item: Callable[[Outcome], None] | None = None,
        workers: int = 1, cluster: str | None = None, prefilter: bool = False) -> Summary:
    """Add every document of `paths` to the store; one Outcome per input goes to `on_item`.

    `workers` > 1 extracts in that many processes, `cluster` (a Dask scheduler address) on a cluster;
    either way this process is the one writer and the store is the same as with one process.
    `prefilter` parses only the sentences that can hold a transfer (`materiel.extraction.prefilter`).

    A KeyboardInterrupt stops the run after rolling back the document being written; the summary
    then has `interrupted` set and is attached to the exception as `summary`."""
    items = with_published(read_inputs(paths, max_bytes, publisher), published)
    return add_items(store, items, collection=collection, extract=extract or _default_extract(model, prefilter),
                     on_item=on_item, workers=workers, cluster=cluster)


def add_items(store: Store, items: Iterable[Incoming | InputError], *, collection: str, extract: Extract,
              on_item: Callable[[Outcome], None] | None = None, workers: int = 1,
              cluster: str | None = None, batch_size: int = 16) -> Summary:
    summary = Summary()
    seen: dict[str, str] = {}

    def tasks() -> Iterator[Incoming | Outcome]:  # decided here, in input order; extraction elsewhere
        for chunk in _chunks(items, LOOKUP_CHUNK):
            held = held_by(store, [i.document.id for i in chunk if isinstance(i, Incoming)])
            for item in chunk:
                if isinstance(item, InputError):
                    yield Outcome(item.source, FAILED, item.reason)
                    continue
                doc = item.document
                if doc.id in seen:
                    yield Outcome(doc.source, SKIPPED, f"same text as an earlier input ({seen[doc.id]})", doc.id)
                    continue
                seen[doc.id] = doc.source
                yield item if doc.id not in held else \
                    Outcome(doc.source, SKIPPED, f"already in the store (collection {held[doc.id]!r})", doc.id)

    t0 = time.perf_counter()
    runner = make_runner(extract, workers, cluster, batch_size)
    try:
        for task, result in runner.run(tasks()):
            if isinstance(task, Outcome):
                out = task
            else:
                out = write_one(store, task, result if result is not None else "extraction failed: no result", collection)
            summary.record(out)
            if on_item:
                on_item(out)
    except KeyboardInterrupt as exc:
        summary.interrupted = True
        summary.seconds = time.perf_counter() - t0
        exc.summary = summary  # type: ignore[attr-defined]
        raise
    finally:
        runner.close()
    summary.seconds = time.perf_counter() - t0
    return summary
