"""The watcher's lease: one row in `watch_leases` says who polls the followed sources, until when.

`take(store, holder, now, ttl)` takes the lease when nobody holds it, when it has expired (its holder died
without releasing it), or when `holder` holds it already (a renewal); it returns None then, else a
`Held` naming the holder and the expiry. Each take is one write transaction, and writers are serialized
(SQLite's BEGIN IMMEDIATE, PostgreSQL's advisory lock: `materiel.store.db`), so two watchers that start
together cannot both take it. `release` gives it up when a watcher stops."""
from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete

from materiel.record.errors import MaterielError
from materiel.store.db import Store
from materiel.store.following import aware
from materiel.store.schema_following import LeaseRow

NAME = "watch"
TTL = 120.0  # seconds a lease lasts unless renewed; a watcher renews it before each source it polls


class LeaseHeld(MaterielError):
    """Another watcher polls the followed sources of this store."""


@dataclass(frozen=True)
class Held:
    holder: str
    expires_at: datetime

    def message(self) -> str:
        return (f"another watcher ({self.holder}) holds the lease until {self.expires_at.isoformat(timespec='seconds')}"
                "; it polls the followed sources (the lease expires if it dies)")


def new_holder() -> str:
    """This process, recognisably: host, process id and a random part."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def take(store: Store, holder: str, now: datetime, ttl: float = TTL, name: str = NAME) -> Held | None:
    """Take or renew the lease for `ttl` seconds; None when this holder has it, else who holds it."""
    with store.write() as session:
        row = session.get(LeaseRow, name)
        if row is not None and row.holder != holder and (aware(row.expires_at) or now) > now:
            return Held(row.holder, aware(row.expires_at) or now)
        if row is None:
            row = LeaseRow(name=name, holder=holder, taken_at=now, expires_at=now)
            session.add(row)
        elif row.holder != holder:
            row.holder, row.taken_at = holder, now
        row.expires_at = now + timedelta(seconds=ttl)
    return None


def release(store: Store, holder: str, name: str = NAME) -> None:
    with store.write() as session:
        session.execute(delete(LeaseRow).where(LeaseRow.name == name, LeaseRow.holder == holder))
