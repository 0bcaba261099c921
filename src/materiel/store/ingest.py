"""Add documents to the store: read, skip what the collection holds already (by content hash: each
collection keeps its own copy of a text, and adding learns nothing of other collections), extract, and write
each document with all its rows and its refreshed records in ONE transaction, so a store is never
left with part of a document, whatever stops the run (an error, Ctrl-C, kill -9)."""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from materiel.compute.runners import make_runner
from materiel.compute.spec import ExtractSpec, Result, extract_safely
from materiel.record.errors import InputError
from materiel.record.models import Report
from materiel.sources.document import Document
from materiel.sources.incoming import Incoming
from materiel.sources.inputs import read_inputs
from materiel.sources.readers import DEFAULT_MAX_BYTES
from materiel.store.db import Store
from materiel.store.schema import DocumentRow
from materiel.store.writer import stored_id, write_document

ADDED, SKIPPED, FAILED = "added", "skipped", "failed"


@dataclass
class Outcome:
    source: str
    status: str
    reason: str = ""
    document_id: str | None = None
    transfers: int = 0
    events: int = 0
    undated: bool = False  # added without a publication date


@dataclass
class Summary:
    added: int = 0
    transfers: int = 0
    events: int = 0
    undated: int = 0  # documents added without a publication date (their rows are undated)
    skipped: list[Outcome] = field(default_factory=list)
    failed: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0
    interrupted: bool = False

    def record(self, out: Outcome) -> None:
        if out.status == ADDED:
            self.added += 1
            self.undated += out.undated
            self.transfers += out.transfers
            self.events += out.events
        elif out.status == SKIPPED:
            self.skipped.append(out)
        else:
            self.failed.append(out)

    def as_dict(self) -> dict[str, object]:
        return {"added": self.added, "undated": self.undated, "skipped": len(self.skipped), "failed": len(self.failed),
                "transfers": self.transfers, "events": self.events, "seconds": round(self.seconds, 2),
                "interrupted": self.interrupted,
                "failures": [{"source": o.source, "reason": o.reason} for o in self.failed]}


Extract = Callable[[Incoming], Report]
Guard = Callable[[Session], None]  # checked in each document's write transaction (the web's grants, deadline)
# Runs in each document's write transaction after it is written, with the item and the stored id (the
# watcher marks the followed item there: the document and the mark are committed together or not at all).
OnWrite = Callable[[Session, Incoming, str], None]


def default_extract(model: str | None, prefilter: bool = False) -> Extract:
    return ExtractSpec(model, prefilter)


def exists(store: Store, collection: str, content_hash: str) -> str | None:
    """The id of `collection`'s copy of the text with this hash, or None."""
    return held_by(store, collection, [content_hash]).get(content_hash)


LOOKUP_CHUNK = 32  # inputs read ahead to ask the store in one query which it holds already


def held_by(store: Store, collection: str, hashes: list[str]) -> dict[str, str]:
    """Which of these texts (by content hash) `collection` holds: hash -> document id. Other collections
    are never asked about (issue 17: no exact-text oracle)."""
    if not hashes:
        return {}
    with store.read() as session:
        q = select(DocumentRow.content_hash, DocumentRow.id).where(DocumentRow.collection == collection,
                                                                   DocumentRow.content_hash.in_(hashes))
        return {h: i for h, i in session.execute(q)}


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
    held = exists(store, collection, doc.id)
    if held is not None:
        return Outcome(doc.source, SKIPPED, f"already in the store (collection {collection!r})", held)
    return write_one(store, item, extract_safely(extract, item), collection)


def write_one(store: Store, item: Incoming, result: Result, collection: str, guard: Guard | None = None,
              on_write: OnWrite | None = None) -> Outcome:
    """Store one extracted document in its own transaction (the one writer of every runner); `guard`
    runs inside that transaction first (raising there writes nothing and stops the run), `on_write` last."""
    doc = item.document
    if isinstance(result, str):
        return Outcome(doc.source, FAILED, result, stored_id(collection, doc.id))
    report = result
    try:
        with store.write() as session:  # a document added meanwhile fails on a unique key: no lookup first
            if guard is not None:
                guard(session)
            doc_id = write_document(session, item, report, collection)
            if on_write is not None:
                on_write(session, item, doc_id)
    except IntegrityError:
        held = exists(store, collection, doc.id)
        if held is None:
            raise
        return Outcome(doc.source, SKIPPED, "already in the store (added meanwhile)", held)
    return Outcome(doc.source, ADDED, "", doc_id, len(report.transfers), len(report.events), doc.published is None)


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
        workers: int = 1, cluster: str | None = None, prefilter: bool = False,
        published_field: str | None = None) -> Summary:
    """Add every document of `paths` to the store; one Outcome per input goes to `on_item`.

    `workers` > 1 extracts in that many processes, `cluster` (a Dask scheduler address) on a cluster;
    either way this process is the one writer and the store is the same as with one process.
    `prefilter` parses only the sentences that can hold a transfer (`materiel.extraction.prefilter`).
    `published` dates the documents that give no date; `published_field` names the JSON Lines field that
    holds it when it is neither `published` nor `date`. The summary counts the documents still undated.

    A KeyboardInterrupt stops the run after rolling back the document being written; the summary
    then has `interrupted` set and is attached to the exception as `summary`."""
    items = with_published(read_inputs(paths, max_bytes, publisher, published_field), published)
    return add_items(store, items, collection=collection, extract=extract or default_extract(model, prefilter),
                     on_item=on_item, workers=workers, cluster=cluster)


def add_items(store: Store, items: Iterable[Incoming | InputError], *, collection: str, extract: Extract,
              on_item: Callable[[Outcome], None] | None = None, workers: int = 1,
              cluster: str | None = None, batch_size: int = 16, guard: Guard | None = None,
              on_write: OnWrite | None = None) -> Summary:
    summary = Summary()
    seen: dict[str, str] = {}

    def tasks() -> Iterator[Incoming | Outcome]:  # decided here, in input order; extraction elsewhere
        for chunk in _chunks(items, LOOKUP_CHUNK):
            held = held_by(store, collection, [i.document.id for i in chunk if isinstance(i, Incoming)])
            for item in chunk:
                if isinstance(item, InputError):
                    yield Outcome(item.source, FAILED, item.reason)
                    continue
                doc = item.document
                if doc.id in seen:
                    yield Outcome(doc.source, SKIPPED, f"same text as an earlier input ({seen[doc.id]})",
                                  stored_id(collection, doc.id))
                    continue
                seen[doc.id] = doc.source
                yield item if doc.id not in held else \
                    Outcome(doc.source, SKIPPED, f"already in the store (collection {collection!r})", held[doc.id])

    t0 = time.perf_counter()
    runner = make_runner(extract, workers, cluster, batch_size)
    try:
        for task, result in runner.run(tasks()):
            if isinstance(task, Outcome):
                out = task
            else:
                out = write_one(store, task, result if result is not None else "extraction failed: no result", collection,
                                guard, on_write)
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
