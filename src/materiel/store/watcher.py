"""One poll cycle of the followed sources (`materiel watch`): every due source is polled
(`materiel.sources.poll`), its new items are read and added through the same path as `materiel add`
(`ingest.add_items`: content hash, prefilter, workers), and the poll's outcome is recorded.

Never twice, never lost: an item that gives one document is marked seen IN the transaction that writes its
document (`ingest.OnWrite`), so a watcher killed at any point leaves either both or neither; the next poll
reads again what was not marked, and a text held already is skipped by its content hash. An item whose
reading failed is tried again at the next polls, MAX_ATTEMPTS times in all. While items are waiting for a
retry, the source is fetched in full (no conditional request) so that a 304 cannot hide them."""
from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from materiel.compute.spec import Extract, ExtractSpec
from materiel.record.errors import InputError
from materiel.sources.incoming import Incoming
from materiel.sources.poll import Entry, Item, Polled, poll
from materiel.sources.readers import DEFAULT_MAX_BYTES
from materiel.sources.schedule import Pacer
from materiel.store import following
from materiel.store.db import Store
from materiel.store.following import ADDED, FAILED, RETRY, SKIPPED, key_hash, mark, utcnow
from materiel.store.ingest import Outcome, add_items
from materiel.store.lease import LeaseHeld
from materiel.store.schema_following import FollowedRow

LOG = logging.getLogger("materiel.watch")
PARALLEL_FROM = 100  # new items of one source from which its extraction uses `workers` processes (as `add`)
Heartbeat = Callable[[], None]  # called after each item (the loop renews its lease there)


@dataclass
class WatchConfig:
    """How the watcher adds and fetches: the extraction (prefilter on, as `add`), worker processes, the size
    limit and timeout of each fetch, the per-host pacer, and the clock (UTC; the tests' is fake)."""

    extract: Extract = field(default_factory=lambda: ExtractSpec(None, True))
    workers: int = 1
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float | None = None
    pacer: Pacer = field(default_factory=Pacer)
    clock: Callable[[], datetime] = utcnow


@dataclass
class Polling:
    """What one source's poll did."""

    id: int
    target: str
    collection: str
    status: str = ""  # new, unchanged, error
    added: int = 0
    skipped: int = 0
    failed: int = 0
    error: str | None = None
    seconds: float = 0.0
    documents: list[str] = field(default_factory=list)  # ids of the documents added

    def as_dict(self) -> dict[str, object]:
        return {"id": self.id, "target": self.target, "collection": self.collection, "status": self.status,
                "added": self.added, "skipped": self.skipped, "failed": self.failed, "error": self.error,
                "seconds": round(self.seconds, 3), "documents": self.documents}


@dataclass
class Cycle:
    """One poll cycle: what each due source gave (the "after cycle" callables receive it)."""

    started: datetime
    polled: list[Polling] = field(default_factory=list)

    @property
    def added(self) -> int:
        return sum(p.added for p in self.polled)

    @property
    def documents(self) -> list[str]:
        return [d for p in self.polled for d in p.documents]


def _snapshot(store: Store, source_id: int) -> tuple[FollowedRow, dict[str, tuple[str, int]]] | None:
    with store.read() as session:
        row = session.get(FollowedRow, source_id)
        if row is None or row.paused:
            return None
        session.expunge(row)
        return row, following.seen(session, source_id)


def _new(polled: Polled, seen: dict[str, tuple[str, int]]) -> list[Entry]:
    out, keys = [], set()
    for e in polled.entries:
        h = key_hash(e.key)
        if h not in keys and (h not in seen or seen[h][0] == RETRY):
            keys.add(h)
            out.append(e)
    return out


def _add(store: Store, row: FollowedRow, entries: list[Entry], cfg: WatchConfig, result: Polling,
         heartbeat: Heartbeat | None) -> bool:
    """Add the new entries' documents; True when some item is left to retry."""
    by_source: dict[str, Entry] = {}
    retry = False

    def items() -> Iterator[Item]:
        for e in entries:
            for item in e.read():
                by_source[item.document.source if isinstance(item, Incoming) else item.source] = e
                yield item

    def on_write(session: Session, item: Incoming, doc_id: str) -> None:
        e = by_source.get(item.document.source)
        if e is not None and e.single:
            mark(session, row.id, e.key, ADDED, cfg.clock(), document_id=doc_id)
        result.documents.append(doc_id)

    def on_item(out: Outcome) -> None:
        nonlocal retry
        if heartbeat is not None:
            heartbeat()
        e = by_source.get(out.source)
        if out.status == FAILED:
            result.failed += 1
            LOG.info("followed #%s: %s: %s", row.id, out.source, out.reason)
        if e is None or not e.single or out.status not in (SKIPPED, FAILED):
            return
        retry = retry or out.status == FAILED
        with store.write() as session:
            mark(session, row.id, e.key, out.status, cfg.clock(), document_id=out.document_id, reason=out.reason)

    summary = add_items(store, items(), collection=row.collection, extract=cfg.extract, on_item=on_item,
                        workers=cfg.workers if len(entries) >= PARALLEL_FROM else 1, on_write=on_write)
    result.added, result.skipped = summary.added, len(summary.skipped)
    with store.write() as session:  # a JSON Lines file's lines are each held by content hash: marked once all are in
        for e in entries:
            if not e.single:
                mark(session, row.id, e.key, ADDED, cfg.clock())
    return retry


def poll_source(store: Store, source_id: int, cfg: WatchConfig, heartbeat: Heartbeat | None = None) -> Polling | None:
    """Poll one source and add its new items; None when it is gone or paused. `heartbeat` runs after each
    item (an exception there stops the poll and propagates)."""
    snap = _snapshot(store, source_id)
    if snap is None:
        return None
    row, seen = snap
    result = Polling(row.id, row.target, row.collection)
    t0 = time.perf_counter()
    waiting = any(status == RETRY for status, _ in seen.values())
    try:
        polled = poll(row.target, etag=None if waiting else row.etag,
                      last_modified=None if waiting else row.last_modified, max_bytes=cfg.max_bytes,
                      publisher=row.publisher, pacer=cfg.pacer, timeout=cfg.timeout)
        retry = _add(store, row, _new(polled, seen), cfg, result, heartbeat) if polled.changed else False
    except InputError as exc:
        result.status, result.error = "error", exc.reason
    except LeaseHeld:
        raise
    except Exception as exc:  # a bug must not stop the other sources: it is this source's error
        LOG.exception("followed #%s failed", row.id)
        result.status, result.error = "error", f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"
    else:
        result.status = "new" if polled.changed else "unchanged"
    with store.write() as session:
        if result.status == "error":
            following.finish(session, row.id, cfg.clock(), status="error", error=result.error, added=result.added)
        else:
            keep = not retry
            following.finish(session, row.id, cfg.clock(), status=result.status, kind=polled.kind or None,
                             etag=polled.etag if keep else None, last_modified=polled.last_modified if keep else None,
                             added=result.added)
    result.seconds = time.perf_counter() - t0
    return result


def due_ids(store: Store, now: datetime) -> list[int]:
    with store.read() as session:
        return following.due(session, now)
