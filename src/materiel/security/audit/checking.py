"""`verify`: walk the chain in pages and name every entry that was edited, deleted or moved (see the
package's docstring)."""
from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from materiel.security.audit.chain import (
    CHUNK,
    COLUMNS,
    GENESIS,
    LOOKUPS,
    MAX_PROBLEMS,
    NEIGHBOURS,
    AuditEntry,
    read_head,
    reason_of,
    row_hash,
)
from materiel.store.errors import StoreError
from materiel.store.schema_audit import AuditHeadRow, AuditRow

if TYPE_CHECKING:
    pass




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




def stream(session: Session, after: int | None, chunk: int) -> Iterator[AuditEntry]:
    """Entries in id order after `after` (all when None), `chunk` at a time (keyset pages)."""
    while True:
        stmt = select(*COLUMNS).order_by(AuditRow.id).limit(chunk)
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

    def check(self, row: AuditEntry) -> None:
        r = self.report
        r.checked += 1
        ident, prev_hash, stored = row[0], row[8], row[9]
        recomputed = row_hash(row)
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

    def _edited(self, row: AuditEntry) -> tuple[str, str]:
        for j in range(row.id - NEIGHBOURS, row.id + NEIGHBOURS + 1):
            if j != row.id and row_hash(row, j) == row.hash:
                return "reordered", f"entry {row.id} holds the contents of entry {j} (entries reordered)"
        return "edited", f"entry {row.id} was edited: its hash does not match its contents"

    def _unchained(self, row: AuditEntry) -> tuple[str, str]:
        before = row.id - 1
        if self.lookups < LOOKUPS and row.prev_hash != GENESIS:
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
            for row in stream(session, after, chunk):
                checker.check(row)
            head = read_head(session, lock=False)
            last = checker.report.last_id
            if head is None or head.n <= last:
                break
            if session.scalar(select(AuditRow.id).where(AuditRow.id > last).limit(1)) is None:
                break  # a truncated tail: nothing more is coming
            after = last
        checker.finish(head)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read the audit trail: {reason_of(exc)}") from None
    return checker.report


# -------------------------------------------------------------------------------------------- reading

