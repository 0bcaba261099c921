"""Alerts as they are listed, and the state of their deliveries (kept in the store: a restart loses nothing).

- `listing(session, ...)`: alerts newest first, each with its watchlist and the state of its deliveries;
  `scope` keeps the alerts of the collections a reader may read (a watchlist's owner, at the time of reading).
- Deliveries are `pending` until tried; a failed try is `retrying` with its error and a next try after an
  exponential back-off (BASE_DELAY doubled at each failure, at most MAX_DELAY); after MAX_ATTEMPTS tries it
  is `failed` (given up, still listed); `withheld` when its watchlist's owner may no longer read the alert's
  collection (need-to-know is checked at delivery); `sent` once delivered. The clock is always the caller's
  `now`, so that tests drive it.
"""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from materiel.store.schema_watch import AlertRow, DeliveryRow, WatchlistRow
from materiel.store.scope import ScopeLike, restrict

BASE_DELAY = timedelta(minutes=1)
MAX_DELAY = timedelta(hours=6)
MAX_ATTEMPTS = 10
DUE = ("pending", "retrying")
FAILED = ("retrying", "failed")


def aware(t: datetime | None) -> datetime | None:
    return t if t is None or t.tzinfo else t.replace(tzinfo=UTC)  # SQLite returns naive datetimes


def alert_dict(alert: AlertRow, watchlist: WatchlistRow, deliveries: list[DeliveryRow] | None = None) -> dict[str, Any]:
    return {"id": alert.id, "watchlist": watchlist.name, "watchlist_id": watchlist.id, "owner": watchlist.owner,
            "record": alert.record_id, "collection": alert.collection, "kind": alert.kind, "change": alert.change,
            "summary": alert.summary, "created_at": aware(alert.created_at),
            "evidence": {"document": alert.document_id, "mention": alert.mention_id, "text": alert.evidence_text,
                         "start": alert.evidence_start, "end": alert.evidence_end},
            "deliveries": [{"channel": d.channel, "status": d.status, "attempts": d.attempts,
                            "next_at": aware(d.next_at) if d.status in DUE else None, "error": d.last_error,
                            "sent_at": aware(d.sent_at)} for d in deliveries or []]}


def listing(session: Session, *, watchlist: WatchlistRow | None = None, owner: str | None | bool = True,
            scope: ScopeLike = None, failed: bool = False, since: datetime | None = None,
            limit: int | None = None) -> list[dict[str, Any]]:
    """Alerts, newest first: of one watchlist, or of one owner's (`owner` True: anyone's), within `scope`;
    `failed`: only those with a delivery that failed (retrying or given up)."""
    q = select(AlertRow, WatchlistRow).join(WatchlistRow, WatchlistRow.id == AlertRow.watchlist_id)
    if watchlist is not None:
        q = q.where(AlertRow.watchlist_id == watchlist.id)
    if owner is not True:
        q = q.where(WatchlistRow.owner.is_(None) if owner is None else WatchlistRow.owner == owner)
    if failed:
        q = q.where(AlertRow.id.in_(select(DeliveryRow.alert_id).where(DeliveryRow.status.in_(FAILED))))
    if since is not None:
        q = q.where(AlertRow.created_at > since)
    q = restrict(q, AlertRow.collection, scope).order_by(AlertRow.id.desc())
    rows = list(session.execute(q.limit(limit) if limit else q))
    ids = [a.id for a, _ in rows]
    deliveries: dict[int, list[DeliveryRow]] = {}
    for d in session.scalars(select(DeliveryRow).where(DeliveryRow.alert_id.in_(ids)).order_by(DeliveryRow.id)) if ids else []:
        deliveries.setdefault(d.alert_id, []).append(d)
    return [alert_dict(a, w, deliveries.get(a.id)) for a, w in rows]


def count_since(session: Session, watchlist: WatchlistRow, scope: ScopeLike, since: datetime | None) -> int:
    """Alerts of `watchlist` within `scope` made after `since` (all when None)."""
    q = restrict(select(func.count()).select_from(AlertRow).where(AlertRow.watchlist_id == watchlist.id),
                 AlertRow.collection, scope)
    if since is not None:
        q = q.where(AlertRow.created_at > since)
    return int(session.scalar(q) or 0)


def due(session: Session, now: datetime, channel: str) -> list[tuple[DeliveryRow, AlertRow, WatchlistRow]]:
    """The deliveries of `channel` to try at `now`, oldest first, with their alert and watchlist."""
    q = (select(DeliveryRow, AlertRow, WatchlistRow).join(AlertRow, AlertRow.id == DeliveryRow.alert_id)
         .join(WatchlistRow, WatchlistRow.id == AlertRow.watchlist_id)
         .where(DeliveryRow.channel == channel, DeliveryRow.status.in_(DUE), DeliveryRow.next_at <= now)
         .order_by(DeliveryRow.id))
    return [(d, a, w) for d, a, w in session.execute(q)]


def backoff(attempts: int) -> timedelta:
    """How long to wait after the `attempts`-th failed try: BASE_DELAY, then doubled each time, capped."""
    delay: timedelta = BASE_DELAY * (2 ** max(attempts - 1, 0))
    return min(delay, MAX_DELAY)


def failed_try(row: DeliveryRow, error: str, now: datetime) -> None:
    row.attempts += 1
    row.last_error = error[:2000]
    row.status = "failed" if row.attempts >= MAX_ATTEMPTS else "retrying"
    row.next_at = now + backoff(row.attempts)


def sent(row: DeliveryRow, now: datetime) -> None:
    row.attempts += 1
    row.status, row.sent_at, row.last_error = "sent", now, None


def withheld(row: DeliveryRow, now: datetime) -> None:
    row.status, row.last_error, row.next_at = "withheld", "the watchlist's owner may no longer read this collection", now


__all__ = ["alert_dict", "aware", "backoff", "count_since", "due", "failed_try", "listing", "sent", "withheld"]
