"""The audit trail's chain: the canonical form of an entry, its hash, and appending (see the package's
docstring for the rules)."""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeAlias

from sqlalchemy import Row, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from materiel.store.errors import StoreError
from materiel.store.schema_audit import AuditHeadRow, AuditRow

if TYPE_CHECKING:
    from materiel.store.db import Store

GENESIS = "0" * 64
APPEND_ONLY = "the audit log is append-only"  # the triggers' message (migration 0003)
STAMP = "%Y-%m-%dT%H:%M:%S.%fZ"
READ, SEARCH, EXPORT = "read", "search", "export"
CHUNK = 5000
MAX_PROBLEMS = 1000
_LIMITS = {"actor": 200, "action": 40, "collection": 200, "address": 100, "target": 2000}
_FIELDS = ("id", "at", "actor", "action", "target", "collection", "address", "detail")
_SORTED = tuple(sorted(_FIELDS))
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
NEIGHBOURS = 3  # how far `verify` looks for the entry whose contents an entry holds (reordering)
LOOKUPS = 20  # how many broken links `verify` looks up by hash (a full scan each)
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


def row_hash(row: AuditEntry, ident: int | None = None) -> str:
    """The hash of a row of `COLUMNS` (as `entry_hash`, without building a mapping first)."""
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


def reason_of(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    return lines[0] if lines else type(orig).__name__


def read_head(session: Session, lock: bool) -> AuditHeadRow | None:
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
        head = read_head(session, lock=True)
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
        raise StoreError(f"cannot append to the audit trail: {reason_of(exc)}") from None
    return row


def log(store: Store, *, actor: str, action: str, target: str | None = None, collection: str | None = None,
        address: str | None = None, detail: Mapping[str, Any] | None = None) -> AuditRow:
    """Append one entry in a transaction of its own (what the workbench and the CLI call)."""
    try:
        with store.write() as session:
            return append(session, actor=actor, action=action, target=target, collection=collection,
                          address=address, detail=detail)
    except SQLAlchemyError as exc:  # the commit itself
        raise StoreError(f"cannot append to the audit trail: {reason_of(exc)}") from None


def make_logger(store: Store) -> Callable[..., None]:
    """The callable the workbench keeps in `app.state.audit`: keyword arguments as `log`; raises
    StoreError when the entry cannot be written (a request must not go unrecorded)."""
    def audit_logger(*, actor: str, action: str, target: str | None = None, collection: str | None = None,
                     address: str | None = None, detail: Mapping[str, Any] | None = None) -> None:
        log(store, actor=actor, action=action, target=target, collection=collection, address=address,
            detail=detail)
    return audit_logger


# -------------------------------------------------------------------------------------------- verifying


COLUMNS = (AuditRow.id, AuditRow.at, AuditRow.actor, AuditRow.action, AuditRow.target, AuditRow.collection,
            AuditRow.address, AuditRow.detail, AuditRow.prev_hash, AuditRow.hash)
# A row of `select(*COLUMNS)`: id, at, actor, action, target, collection, address, detail, prev_hash, hash
# (SQLAlchemy types a select of unpacked columns with an open tail, hence the last item).
AuditEntry: TypeAlias = ("Row[int, str, str, str, str | None, str | None, str | None, str, str, str, "
                         "*tuple[Any, ...]]")
