"""Reading the trail: `entries` (for `materiel audit show`) and `flags` (bulk reading; see the package's
docstring)."""
from __future__ import annotations

import json
import statistics
from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from materiel.security.audit.chain import CHUNK, COLUMNS, EXPORT, READ, SEARCH, reason_of, stamp
from materiel.store.errors import StoreError
from materiel.store.schema_audit import AuditRow

if TYPE_CHECKING:
    pass




@dataclass(frozen=True)
class Entry:
    id: int
    at: str
    actor: str
    action: str
    target: str | None
    collection: str | None
    address: str | None
    detail: Any  # the stored JSON parsed; the text itself when it is not JSON
    hash: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _bound(value: datetime | date | str | None, name: str) -> datetime | date | None:
    if value is None or isinstance(value, (datetime, date)):
        return value
    text = value.strip()
    try:
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
    except ValueError:
        raise StoreError(f"{name} {value!r} is not a date (YYYY-MM-DD) or an ISO-8601 time") from None


def _day_start(day: date) -> str:
    return stamp(datetime.combine(day, time(), tzinfo=UTC))


def _parse(detail: str) -> Any:
    try:
        return json.loads(detail)
    except ValueError:
        return detail


def entries(session: Session, *, actor: str | None = None, action: str | None = None,
            collection: str | None = None, since: datetime | date | str | None = None,
            until: datetime | date | str | None = None, target: str | None = None, limit: int = 100,
            offset: int = 0) -> list[Entry]:
    """Entries, newest first, matching every filter given (exact values; `since` and `until` bound `at`,
    both inclusive, a date meaning its whole day)."""
    if limit < 0 or offset < 0:
        raise StoreError("limit and offset cannot be negative")
    stmt = select(*COLUMNS).order_by(AuditRow.id.desc()).limit(limit).offset(offset)
    for column, value in ((AuditRow.actor, actor), (AuditRow.action, action), (AuditRow.collection, collection),
                          (AuditRow.target, target)):
        if value is not None:
            stmt = stmt.where(column == value)
    low, high = _bound(since, "since"), _bound(until, "until")
    if isinstance(low, datetime):
        stmt = stmt.where(AuditRow.at >= stamp(low))
    elif low is not None:
        stmt = stmt.where(AuditRow.at >= _day_start(low))
    if isinstance(high, datetime):
        stmt = stmt.where(AuditRow.at <= stamp(high))
    elif high is not None:  # the whole day
        stmt = stmt.where(AuditRow.at < _day_start(high + timedelta(days=1)))
    try:
        rows = session.execute(stmt).all()
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read the audit trail: {reason_of(exc)}") from None
    return [Entry(r.id, r.at, r.actor, r.action, r.target, r.collection, r.address, _parse(r.detail), r.hash)
            for r in rows]


# -------------------------------------------------------------------------------------------- bulk reading

@dataclass(frozen=True)
class Flag:
    """An actor whose reading in the last window is far above its usual volume."""
    actor: str
    volume: int  # reads + exported rows in the window
    reads: int  # records and documents shown by reads and searches
    exported: int
    usual: float  # median volume per window over the baseline
    threshold: float  # max(floor, factor * usual)
    window_start: str
    window_end: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _rows_of(action: str, detail: str) -> int:
    """What an entry counts in `flags`: an export its rows; a read or a search the records plus documents it
    showed; 1 when the entry does not say (a count that is not a whole number >= 0 is not said)."""
    parsed = _parse(detail)
    parsed = parsed if isinstance(parsed, dict) else {}
    counts = [parsed.get(k) for k in (("rows",) if action == EXPORT else ("records", "documents"))]
    said = [c for c in counts if isinstance(c, int) and not isinstance(c, bool) and c >= 0]
    return sum(said) if said else 1


def _moment(at: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def flags(session: Session, *, now: datetime | None = None, window: timedelta = timedelta(days=1),
          baseline_days: float = 30, factor: float = 5.0, floor: int = 50) -> list[Flag]:
    """Actors whose reads (records and documents shown) and exported rows in the `window` up to `now`
    exceed max(floor, factor x their usual volume) (the rule is in the module docstring), the largest
    excess first."""
    if window <= timedelta(0):
        raise StoreError("the window must be longer than zero")
    if baseline_days <= 0 or factor < 0 or floor < 0:
        raise StoreError("baseline days must be above zero, factor and floor zero or more")
    end = now or datetime.now(UTC)
    end = end if end.tzinfo else end.replace(tzinfo=UTC)
    start = end - window
    windows = max(1, int(timedelta(days=baseline_days) / window))
    base = start - windows * window
    current: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # actor -> [reads, exported rows]
    past: dict[str, list[int]] = defaultdict(lambda: [0] * windows)
    stmt = (select(AuditRow.actor, AuditRow.action, AuditRow.at, AuditRow.detail)
            .where(AuditRow.action.in_((READ, SEARCH, EXPORT)), AuditRow.at >= stamp(base), AuditRow.at < stamp(end))
            .execution_options(yield_per=CHUNK))
    try:
        for actor, action, at, detail in session.execute(stmt):
            moment = _moment(at)
            if moment is None or not base <= moment < end:
                continue
            amount = _rows_of(action, detail)
            if moment >= start:
                current[actor][1 if action == EXPORT else 0] += amount
            else:
                past[actor][min(windows - 1, int((moment - base) / window))] += amount
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read the audit trail: {reason_of(exc)}") from None
    found = []
    for actor, (reads, exported) in current.items():
        usual = float(statistics.median(past[actor])) if actor in past else 0.0
        threshold = max(float(floor), factor * usual)
        if reads + exported > threshold:
            found.append(Flag(actor, reads + exported, reads, exported, usual, threshold, stamp(start), stamp(end)))
    return sorted(found, key=lambda f: (-(f.volume / f.threshold if f.threshold else float("inf")), f.actor))
