"""Followed sources in the store (`materiel follow`, `following`, the workbench's Followed page): register,
list within a scope (need-to-know), pause, resume, remove; and what the watcher reads and writes at each
poll (which sources are due, the keys already seen, each item's mark, the poll's outcome and back-off).

Times are UTC; SQLite gives them back naive and `aware` puts the zone back. Every function works in the
caller's session, so a document and its item's mark are written in one transaction (`store.watcher`)."""
from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from materiel.sources import fetch
from materiel.sources.schedule import backoff, show_every
from materiel.store.errors import NotFound, StoreError
from materiel.store.schema_following import FollowedRow, SeenItemRow
from materiel.store.scope import ScopeLike, restrict, visible

MAX_ATTEMPTS = 3  # an item that fails this many polls in a row is given up (marked failed, not tried again)
ADDED, SKIPPED, FAILED, RETRY = "added", "skipped", "failed", "retry"


def utcnow() -> datetime:
    return datetime.now(UTC)


def aware(t: datetime | None) -> datetime | None:
    return None if t is None else t if t.tzinfo else t.replace(tzinfo=UTC)


def key_hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def normalize_target(target: str) -> str:
    """A URL as given (trimmed); a local path made absolute (the watcher may run elsewhere in the tree)."""
    target = target.strip()
    if not target:
        raise StoreError("give a feed, page or sitemap URL, or a folder")
    return target if fetch.is_url(target) else os.path.abspath(os.path.expanduser(target))


def follow(session: Session, target: str, *, collection: str, every: int, publisher: str | None = None,
           by: str = "", now: datetime | None = None) -> FollowedRow:
    """Register `target` (due at once); StoreError when the collection follows it already."""
    target = normalize_target(target)
    held = session.scalar(select(FollowedRow).where(FollowedRow.target == target, FollowedRow.collection == collection))
    if held is not None:
        raise StoreError(f"{target} is followed already into collection {collection!r} (#{held.id})")
    t = now or utcnow()
    row = FollowedRow(target=target, kind="", collection=collection, publisher=publisher or None, every=every,
                      paused=False, last_status="", failures=0, next_due=t, added=0, created_at=t, created_by=by)
    session.add(row)
    session.flush()
    return row


def get(session: Session, source_id: int, *, scope: ScopeLike) -> FollowedRow:
    row = session.get(FollowedRow, source_id)
    if row is None or not visible(row.collection, scope):
        raise NotFound(f"no followed source #{source_id}")
    return row


def as_dict(row: FollowedRow, seen: int = 0) -> dict[str, Any]:
    def iso(t: datetime | None) -> str | None:
        a = aware(t)
        return a.isoformat(timespec="seconds") if a else None
    return {"id": row.id, "target": row.target, "kind": row.kind or "", "collection": row.collection,
            "publisher": row.publisher, "every": show_every(row.every), "paused": row.paused,
            "status": "paused" if row.paused else (row.last_status or "new"), "last_poll": iso(row.last_poll),
            "next_due": iso(row.next_due), "failures": row.failures, "last_error": row.last_error,
            "added": row.added, "seen": seen}


def listing(session: Session, *, scope: ScopeLike) -> list[dict[str, Any]]:
    """Every followed source the scope may see, oldest first, with the count of its items seen."""
    counts = dict(session.execute(select(SeenItemRow.source_id, func.count()).group_by(SeenItemRow.source_id)).all())
    rows = session.scalars(restrict(select(FollowedRow), FollowedRow.collection, scope).order_by(FollowedRow.id))
    return [as_dict(r, counts.get(r.id, 0)) for r in rows]


def set_paused(session: Session, source_id: int, paused: bool, *, scope: ScopeLike,
               now: datetime | None = None) -> FollowedRow:
    row = get(session, source_id, scope=scope)
    row.paused = paused
    if not paused:
        row.next_due = now or utcnow()  # resumed: polled at the next cycle
    return row


def remove(session: Session, source_id: int, *, scope: ScopeLike) -> FollowedRow:
    """Stop following (its items' marks go too; the documents it added stay in the store)."""
    row = get(session, source_id, scope=scope)
    session.execute(delete(SeenItemRow).where(SeenItemRow.source_id == row.id))
    session.delete(row)
    return row


def due(session: Session, now: datetime) -> list[int]:
    """The sources to poll now: not paused, due at or before `now`, the longest waiting first."""
    q = select(FollowedRow.id).where(FollowedRow.paused.is_(False), FollowedRow.next_due <= now)
    return list(session.scalars(q.order_by(FollowedRow.next_due, FollowedRow.id)))


def seen(session: Session, source_id: int) -> dict[str, tuple[str, int]]:
    """key hash -> (status, attempts) of the items of a source dealt with so far."""
    q = select(SeenItemRow.key_hash, SeenItemRow.status, SeenItemRow.attempts).where(SeenItemRow.source_id == source_id)
    return {h: (s, a) for h, s, a in session.execute(q)}


def mark(session: Session, source_id: int, key: str, status: str, now: datetime, *, document_id: str | None = None,
         reason: str | None = None) -> None:
    """Note what became of an item; a failure is RETRY until its MAX_ATTEMPTS-th, then FAILED for good."""
    h = key_hash(key)
    row = session.get(SeenItemRow, (source_id, h))
    if row is None:
        row = SeenItemRow(source_id=source_id, key_hash=h, key=key, status=status, attempts=0, seen_at=now)
        session.add(row)
    row.attempts = (row.attempts or 0) + 1
    row.status = (FAILED if row.attempts >= MAX_ATTEMPTS else RETRY) if status == FAILED else status
    row.document_id, row.reason, row.seen_at = document_id, reason, now


def finish(session: Session, source_id: int, now: datetime, *, status: str, error: str | None = None,
           kind: str | None = None, etag: str | None = None, last_modified: str | None = None,
           added: int = 0) -> FollowedRow | None:
    """Record one poll: a good one ("new", "unchanged") keeps the validators and is due after the interval;
    an "error" counts a failure and is due after the back-off. None when the source was removed meanwhile."""
    row = session.get(FollowedRow, source_id)
    if row is None:
        return None
    row.last_poll, row.last_status = now, status
    row.added += added
    if kind:
        row.kind = kind
    if status == "error":
        row.failures += 1
        row.last_error = error
    else:
        row.failures, row.last_error, row.etag, row.last_modified = 0, None, etag, last_modified
    row.next_due = now + timedelta(seconds=backoff(row.every, row.failures))
    return row
