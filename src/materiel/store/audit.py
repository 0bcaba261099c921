"""The audit trail: an append-only, hash-chained log of who did what, to which collection, from where.

Entries
    An entry has a dense id (1, 2, 3, ...: `append` assigns head.n + 1 itself, so that a deleted row
    leaves a gap that `verify` names), `at` (the writer's clock in UTC, `YYYY-MM-DDTHH:MM:SS.ffffffZ`),
    `actor`, `action`, and optionally `target`, `collection`, `address` and `detail` (a JSON object,
    stored as canonical JSON text: `{}` when there is none). An entry is stored as its writer gave it,
    except that NUL characters and unpaired surrogates become U+FFFD and a value longer than its column
    is cut (ending in "…"): an audit entry must not fail on hostile input. Ids give the order; `at` is
    only what the writer's clock said.

The chain
    hash = sha256_hex(UTF-8 of prev_hash + canonical), where prev_hash is the hash of the entry before
    (64 zeros before the first) and canonical is

        json.dumps({"id": id, "at": at, "actor": actor, "action": action, "target": target,
                    "collection": collection, "address": address, "detail": detail},
                   sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    with every value exactly as stored (`detail` is its stored JSON text, a string; a missing value is
    null). The head row (audit_head, id 1) holds how many entries there are (n) and the last hash;
    `append` locks it (`SELECT ... FOR UPDATE` on PostgreSQL; SQLite writers are serialised by
    BEGIN IMMEDIATE) and updates it in the same transaction as the insert. Triggers of migration 0003
    refuse UPDATE, DELETE (and TRUNCATE) of audit_log, so that only someone who drops them can change it.

What `verify` detects
    an edited entry (its hash does not match its contents, or the next entry does not chain to it), a
    deleted entry (a gap in the ids), reordered entries (an entry holding a neighbour's contents, or
    chaining to another entry than the one before it), a truncated tail or entries beyond the head (the
    head's n and hash disagree with the last entry), a missing head, and a recorded head hash
    (`expect`) that is no longer in the chain. It cannot detect someone who rewrites every entry from
    some point on together with the head, consistently: record the head hash that `materiel audit
    verify` prints somewhere else, and pass it back as `expect` (`--expect`) to catch that too.

Bulk reading (`flags`)
    For each actor, the volume of the last `window` (ending at `now`) is its number of "read" entries
    plus, for each "export" entry, detail["rows"] when that is a whole number >= 0, else 1. Its usual
    volume is the median of its volumes over the windows of the same length that tile the
    `baseline_days` before the last window (windows without any entry count as 0, so a new actor's
    usual volume is 0). The actor is flagged when volume > max(floor, factor * usual).
"""
from __future__ import annotations

import hashlib
import json
import re
import statistics
from collections import defaultdict
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from materiel.store.errors import StoreError
from materiel.store.schema import AuditHeadRow, AuditRow

if TYPE_CHECKING:
    from materiel.store.db import Store

GENESIS = "0" * 64
APPEND_ONLY = "the audit log is append-only"  # the triggers' message (migration 0003)
STAMP = "%Y-%m-%dT%H:%M:%S.%fZ"
READ, EXPORT = "read", "export"
CHUNK = 5000
MAX_PROBLEMS = 1000
_LIMITS = {"actor": 200, "action": 40, "collection": 200, "address": 100, "target": 2000}
_FIELDS = ("id", "at", "actor", "action", "target", "collection", "address", "detail")
_SORTED = tuple(sorted(_FIELDS))
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_NEIGHBOURS = 3  # how far `verify` looks for the entry whose contents an entry holds (reordering)
_LOOKUPS = 20  # how many broken links `verify` looks up by hash (a full scan each)
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")  # NUL (PostgreSQL refuses it) and lone surrogates (not UTF-8)


# ---------------------------------------------------------------------------------------------- the chain

def stamp(moment: datetime | None = None) -> str:
    """`moment` (now when None; a naive one is taken as UTC) as an entry's `at`."""
    moment = moment or datetime.now(UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime(STAMP)


def canonical(values: Mapping[str, Any]) -> str:
    """The canonical serialisation of an entry: its eight fields (see the module docstring). The keys are
    put in sorted order here, which gives exactly what json.dumps(..., sort_keys=True) gives, faster."""
    return _ENCODER.encode({k: values.get(k) for k in _SORTED})


def entry_hash(prev_hash: str, values: Mapping[str, Any]) -> str:
    """sha256 hex of prev_hash followed by the canonical serialisation of the entry."""
    return _sha(prev_hash, canonical(values))


def _sha(prev_hash: str, form: str) -> str:
    return hashlib.sha256((prev_hash + form).encode("utf-8", "surrogatepass")).hexdigest()


def _row_hash(row: Row[Any], ident: int | None = None) -> str:
    """The hash of a row of `_COLUMNS` (as `entry_hash`, without building a mapping first)."""
    return _sha(row[8], _ENCODER.encode({
        "action": row[3], "actor": row[2], "address": row[6], "at": row[1], "collection": row[5],
        "detail": row[7], "id": row[0] if ident is None else ident, "target": row[4]}))


def _clean(value: str, limit: int | None = None) -> str:
    value = _UNSTORABLE.sub("\ufffd", value)
    if limit is not None and len(value) > limit:
        value = value[:limit - 1] + "…"
    return value


def _text(name: str, value: Any, required: bool = False) -> str | None:
    if value is None:
        if required:
            raise StoreError(f"an audit entry needs {'an' if name[0] in 'aeiou' else 'a'} {name}")
        return None
    if not isinstance(value, str):
        raise StoreError(f"the {name} of an audit entry must be text, not {type(value).__name__}")
    if required and not value.strip():
        raise StoreError(f"an audit entry needs {'an' if name[0] in 'aeiou' else 'a'} {name}")
    return _clean(value, _LIMITS[name])


def canonical_detail(detail: Mapping[str, Any] | None) -> str:
    """`detail` as stored: JSON with sorted keys, no spaces, UTF-8 as is (values JSON cannot hold become
    their str())."""
    if detail is None:
        return "{}"
    if not isinstance(detail, Mapping):
        raise StoreError(f"the detail of an audit entry must be a mapping, not {type(detail).__name__}")
    try:
        text = json.dumps(dict(detail), sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                          allow_nan=False, default=str)
    except (TypeError, ValueError) as exc:
        raise StoreError(f"the detail of an audit entry cannot be stored as JSON: {exc}") from None
    return _clean(text)


def _reason(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    return lines[0] if lines else type(orig).__name__


def _head(session: Session, lock: bool) -> AuditHeadRow | None:
    stmt = select(AuditHeadRow).where(AuditHeadRow.id == 1).execution_options(populate_existing=True)
    return session.execute(stmt.with_for_update() if lock else stmt).scalar_one_or_none()


def append(session: Session, *, actor: str, action: str, target: str | None = None,
           collection: str | None = None, address: str | None = None,
           detail: Mapping[str, Any] | None = None, at: datetime | None = None) -> AuditRow:
    """Append one entry inside the caller's write transaction (it commits or rolls back with the change
    it records) and move the head to it. `at` defaults to now (tests and imports may give it)."""
    values: dict[str, Any] = {
        "at": stamp(at), "actor": _text("actor", actor, required=True),
        "action": _text("action", action, required=True), "target": _text("target", target),
        "collection": _text("collection", collection), "address": _text("address", address),
        "detail": canonical_detail(detail)}
    try:
        head = _head(session, lock=True)
        if head is None:
            raise StoreError("the audit trail has no head row: the store is not migrated or was tampered "
                             "with (run `materiel audit verify`)")
        values["id"] = head.n + 1
        values["prev_hash"] = head.hash
        values["hash"] = entry_hash(head.hash, values)
        row = AuditRow(**values)
        session.add(row)
        session.flush()
        session.execute(update(AuditHeadRow).where(AuditHeadRow.id == 1).values(n=row.id, hash=row.hash))
    except IntegrityError:
        raise StoreError(f"cannot append to the audit trail: entry {values['id']} already exists, the head "
                         "is behind the log (run `materiel audit verify`)") from None
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot append to the audit trail: {_reason(exc)}") from None
    return row


def log(store: Store, *, actor: str, action: str, target: str | None = None, collection: str | None = None,
        address: str | None = None, detail: Mapping[str, Any] | None = None) -> AuditRow:
    """Append one entry in a transaction of its own (what the workbench and the CLI call)."""
    try:
        with store.write() as session:
            return append(session, actor=actor, action=action, target=target, collection=collection,
                          address=address, detail=detail)
    except SQLAlchemyError as exc:  # the commit itself
        raise StoreError(f"cannot append to the audit trail: {_reason(exc)}") from None


def make_logger(store: Store) -> Callable[..., None]:
    """The callable the workbench keeps in `app.state.audit`: keyword arguments as `log`; raises
    StoreError when the entry cannot be written (a request must not go unrecorded)."""
    def audit_logger(*, actor: str, action: str, target: str | None = None, collection: str | None = None,
                     address: str | None = None, detail: Mapping[str, Any] | None = None) -> None:
        log(store, actor=actor, action=action, target=target, collection=collection, address=address,
            detail=detail)
    return audit_logger


# -------------------------------------------------------------------------------------------- verifying

@dataclass(frozen=True)
class Problem:
    """One thing wrong with the chain, naming the entry where it shows (None: the head itself)."""
    entry: int | None
    kind: str  # edited, deleted, reordered, unchained, out-of-sequence, truncated, beyond-head, head, expected
    message: str


@dataclass
class VerifyReport:
    checked: int = 0  # entries read
    last_id: int = 0
    last_hash: str = GENESIS
    head_n: int | None = None
    head_hash: str | None = None
    problems: list[Problem] = field(default_factory=list)
    more: int = 0  # problems found beyond those listed

    @property
    def ok(self) -> bool:
        return not self.problems and not self.more

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, **asdict(self)}


_COLUMNS = (AuditRow.id, AuditRow.at, AuditRow.actor, AuditRow.action, AuditRow.target, AuditRow.collection,
            AuditRow.address, AuditRow.detail, AuditRow.prev_hash, AuditRow.hash)


def _stream(session: Session, after: int | None, chunk: int) -> Iterator[Row[Any]]:
    """Entries in id order after `after` (all when None), `chunk` at a time (keyset pages)."""
    while True:
        stmt = select(*_COLUMNS).order_by(AuditRow.id).limit(chunk)
        if after is not None:
            stmt = stmt.where(AuditRow.id > after)
        batch = session.connection().execute(stmt).all()
        yield from batch
        if len(batch) < chunk:
            return
        after = batch[-1].id


def _span(first: int, last: int) -> str:
    return f"entry {first} is" if first == last else f"entries {first}-{last} are"


class _Checker:
    def __init__(self, session: Session, expect: Collection[str], max_problems: int) -> None:
        self.session = session
        self.report = VerifyReport()
        self.expected = 1  # the next id
        self.prev: tuple[str, str] | None = None  # (stored, recomputed) hash of the entry before
        self.linked = True  # whether the entry before is the one just before (no gap)
        self.expect = {h.strip().lower() for h in expect} - {GENESIS}
        self.max_problems = max_problems
        self.lookups = 0

    def problem(self, entry: int | None, kind: str, message: str) -> None:
        if len(self.report.problems) < self.max_problems:
            self.report.problems.append(Problem(entry, kind, message))
        else:
            self.report.more += 1

    def check(self, row: Row[Any]) -> None:
        r = self.report
        r.checked += 1
        ident, prev_hash, stored = row[0], row[8], row[9]
        recomputed = _row_hash(row)
        if ident < self.expected:  # only ids below 1 sort before the expected one
            self.problem(ident, "out-of-sequence", f"entry {ident} is out of sequence: ids start at 1")
            return
        if ident > self.expected:
            self.problem(self.expected, "deleted", f"{_span(self.expected, ident - 1)} missing (deleted)")
            self.linked = False
        if recomputed != stored:
            self.problem(ident, *self._edited(row))
        if self.linked and prev_hash not in (self.prev or (GENESIS, GENESIS)):
            self.problem(ident, *self._unchained(row))
        if self.expect and stored in self.expect and recomputed == stored:
            self.expect.discard(stored)
        self.expected = ident + 1
        self.prev = (stored, recomputed)
        self.linked = True
        r.last_id, r.last_hash = ident, stored

    def _edited(self, row: Row[Any]) -> tuple[str, str]:
        for j in range(row.id - _NEIGHBOURS, row.id + _NEIGHBOURS + 1):
            if j != row.id and _row_hash(row, j) == row.hash:
                return "reordered", f"entry {row.id} holds the contents of entry {j} (entries reordered)"
        return "edited", f"entry {row.id} was edited: its hash does not match its contents"

    def _unchained(self, row: Row[Any]) -> tuple[str, str]:
        before = row.id - 1
        if self.lookups < _LOOKUPS and row.prev_hash != GENESIS:
            self.lookups += 1
            other = self.session.scalar(select(AuditRow.id).where(AuditRow.hash == row.prev_hash).limit(1))
            if other is not None and other != before:
                return "reordered", f"entry {row.id} follows entry {other}, not entry {before} (entries reordered)"
        if before == 0:
            return "unchained", "entry 1 does not start the chain (its previous hash is not 64 zeros)"
        return "unchained", (f"entry {row.id} does not chain to entry {before}: one of them was edited "
                             "(hash rewritten) or entries were replaced")

    def finish(self, head: AuditHeadRow | None) -> None:
        r = self.report
        if head is None:
            self.problem(None, "head", "the audit head row is missing (deleted)")
        else:
            r.head_n, r.head_hash = head.n, head.hash
            if head.n > r.last_id:
                self.problem(r.last_id + 1, "truncated",
                             f"{_span(r.last_id + 1, head.n)} missing from the end (deleted): "
                             f"the head records {head.n} entries")
            elif head.n < r.last_id:
                self.problem(head.n + 1, "beyond-head",
                             f"{_span(head.n + 1, r.last_id)} beyond the head, which records {head.n} "
                             "entries (appended without it, or the head was rolled back)")
            elif head.hash != r.last_hash:
                self.problem(r.last_id or None, "head",
                             f"the head's hash does not match entry {r.last_id} (the head or the entry "
                             "was rewritten)" if r.last_id else "the head's hash is not 64 zeros on an empty log")
        for missing in sorted(self.expect):
            self.problem(None, "expected", f"the recorded hash {missing} is not in the chain: the log was "
                                           "rewritten before it")


def verify(session: Session, *, expect: Collection[str] = (), chunk: int = CHUNK,
           max_problems: int = MAX_PROBLEMS) -> VerifyReport:
    """Check the whole chain, `chunk` entries at a time (memory does not grow with the log), and the
    head; `expect` are head hashes recorded earlier that must still be entries of the chain. At most
    `max_problems` problems are listed (`more` counts the rest).

    Under concurrent appends (PostgreSQL's READ COMMITTED), entries committed while the log is read are
    read too: the head is read after the entries, and the entries it counts beyond them are read next."""
    if chunk < 1:
        raise StoreError("chunk must be at least 1")
    checker = _Checker(session, expect, max_problems)
    try:
        after: int | None = None
        for _ in range(100):
            for row in _stream(session, after, chunk):
                checker.check(row)
            head = _head(session, lock=False)
            last = checker.report.last_id
            if head is None or head.n <= last:
                break
            if session.scalar(select(AuditRow.id).where(AuditRow.id > last).limit(1)) is None:
                break  # a truncated tail: nothing more is coming
            after = last
        checker.finish(head)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read the audit trail: {_reason(exc)}") from None
    return checker.report


# -------------------------------------------------------------------------------------------- reading

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
    stmt = select(*_COLUMNS).order_by(AuditRow.id.desc()).limit(limit).offset(offset)
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
        raise StoreError(f"cannot read the audit trail: {_reason(exc)}") from None
    return [Entry(r.id, r.at, r.actor, r.action, r.target, r.collection, r.address, _parse(r.detail), r.hash)
            for r in rows]


# -------------------------------------------------------------------------------------------- bulk reading

@dataclass(frozen=True)
class Flag:
    """An actor whose reading in the last window is far above its usual volume."""
    actor: str
    volume: int  # reads + exported rows in the window
    reads: int
    exported: int
    usual: float  # median volume per window over the baseline
    threshold: float  # max(floor, factor * usual)
    window_start: str
    window_end: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _rows_of(action: str, detail: str) -> int:
    if action != EXPORT:
        return 1
    parsed = _parse(detail)
    rows = parsed.get("rows") if isinstance(parsed, dict) else None
    if isinstance(rows, int) and not isinstance(rows, bool) and rows >= 0:
        return rows
    return 1


def _moment(at: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def flags(session: Session, *, now: datetime | None = None, window: timedelta = timedelta(days=1),
          baseline_days: float = 30, factor: float = 5.0, floor: int = 50) -> list[Flag]:
    """Actors whose reads and exported rows in the `window` up to `now` exceed max(floor, factor x their
    usual volume) (the rule is in the module docstring), the largest excess first."""
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
            .where(AuditRow.action.in_((READ, EXPORT)), AuditRow.at >= stamp(base), AuditRow.at < stamp(end))
            .execution_options(yield_per=CHUNK))
    try:
        for actor, action, at, detail in session.execute(stmt):
            moment = _moment(at)
            if moment is None or not base <= moment < end:
                continue
            amount = _rows_of(action, detail)
            if moment >= start:
                current[actor][0 if action == READ else 1] += amount
            else:
                past[actor][min(windows - 1, int((moment - base) / window))] += amount
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read the audit trail: {_reason(exc)}") from None
    found = []
    for actor, (reads, exported) in current.items():
        usual = float(statistics.median(past[actor])) if actor in past else 0.0
        threshold = max(float(floor), factor * usual)
        if reads + exported > threshold:
            found.append(Flag(actor, reads + exported, reads, exported, usual, threshold, stamp(start), stamp(end)))
    return sorted(found, key=lambda f: (-(f.volume / f.threshold if f.threshold else float("inf")), f.actor))
