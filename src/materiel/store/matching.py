"""New or known: which register records a reference table already holds.

A record and a reference row are the same deal when they have the same supplier and recipient (actor ids),
the same item (the same designation, case folded, when both have one; else the same category) and
compatible years: the record's years (its dates, else its documents' publication dates) meet the
reference row's, which run from a year before its order to a year after its last delivery (with no
delivery given, five years after the order: deliveries follow orders by years). A side with no year is
compatible with any.

Matching is a hash join, never a scan of every pair: reference rows are grouped by (supplier, recipient),
and each record looks at its own group only, so 100,000 records against 30,000 reference rows cost a
pass over each (`bench/deals.py`). The matches are kept in `reference_matches` with the reference row's
collection, so that "known" is said within the caller's scope only (see `filters.select_records`).
`rematch(session)` recomputes every match (after an import); `rematch(session, record_ids)` those of
some records (after `consolidate.refresh` rebuilt them).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from materiel.store.schema import RecordRow
from materiel.store.schema_deals import ReferenceMatchRow, ReferenceRow

AFTER_ORDER = 5  # years a reference order with no delivery year stays open
SLACK = 1  # years of slack on each side of a reference row's span
CHUNK = 500


@dataclass(frozen=True)
class Ref:
    id: int
    collection: str
    designation: str | None
    category: str | None
    lo: int | None
    hi: int | None


def _span(first: int | None, last: int | None, ordered: int | None) -> tuple[int | None, int | None]:
    if first is None:
        return None, None
    hi = last if last is not None and (ordered is None or last > ordered) else (first + AFTER_ORDER)
    return first - SLACK, hi + SLACK


def load_refs(session: Session, suppliers: set[str] | None = None) -> dict[tuple[str, str], list[Ref]]:
    """The resolved reference rows (of these suppliers only, when given), grouped by (supplier id, recipient id)."""
    q = select(ReferenceRow.id, ReferenceRow.collection, ReferenceRow.supplier_id, ReferenceRow.recipient_id,
               ReferenceRow.designation, ReferenceRow.category, ReferenceRow.first_year, ReferenceRow.last_year,
               ReferenceRow.year_of_order).where(ReferenceRow.problem.is_(None))
    if suppliers is not None:
        q = q.where(ReferenceRow.supplier_id.in_(sorted(suppliers)))
    groups: dict[tuple[str, str], list[Ref]] = {}
    for rid, coll, sup, rec, des, cat, first, last, ordered in session.execute(q):
        if sup and rec:
            lo, hi = _span(first, last, ordered)
            groups.setdefault((sup, rec), []).append(Ref(rid, coll, des.casefold() if des else None, cat, lo, hi))
    return groups


def same_deal(designation: str | None, category: str, lo: int | None, hi: int | None, ref: Ref) -> bool:
    if designation and ref.designation:
        if designation.casefold() != ref.designation:
            return False
    elif ref.category != category:
        return False
    if lo is None or hi is None or ref.lo is None or ref.hi is None:
        return True
    return lo <= ref.hi and ref.lo <= hi


def _years(r: tuple[object, ...]) -> tuple[int | None, int | None]:
    first, last, seen_first, seen_last = r[4], r[5], r[6], r[7]
    a = first or seen_first
    b = last or seen_last
    return (a.year if a else None, b.year if b else None)  # type: ignore[attr-defined]


def rematch(session: Session, record_ids: Iterable[int] | None = None) -> int:
    """Recompute the matches of every record, or of `record_ids`; returns how many matches were made."""
    ids = None if record_ids is None else sorted(set(record_ids))
    if ids is None:
        session.execute(delete(ReferenceMatchRow))
    else:
        for i in range(0, len(ids), CHUNK):
            session.execute(delete(ReferenceMatchRow).where(ReferenceMatchRow.record_id.in_(ids[i:i + CHUNK])))
    q = select(RecordRow.id, RecordRow.supplier_id, RecordRow.recipient_id, RecordRow.designation, RecordRow.first_date,
               RecordRow.last_date, RecordRow.first_seen, RecordRow.last_seen, RecordRow.category)
    if ids is None:
        groups, records = load_refs(session), None
    else:  # a few records (after `add`): only their suppliers' reference rows are read
        records = [r for i in range(0, len(ids), CHUNK) for r in session.execute(q.where(RecordRow.id.in_(ids[i:i + CHUNK])))]
        suppliers = {r[1] for r in records if r[1]}
        groups = load_refs(session, suppliers) if suppliers else {}
    if not groups:
        return 0
    made: list[dict[str, object]] = []
    for rows in ([session.execute(q)] if records is None else [records]):
        for r in rows:
            refs = groups.get((r[1], r[2])) if r[1] and r[2] else None
            if not refs:
                continue
            lo, hi = _years(tuple(r))
            made += [{"record_id": r[0], "reference_id": ref.id, "collection": ref.collection}
                     for ref in refs if same_deal(r[3], r[8], lo, hi, ref)]
    for i in range(0, len(made), 5000):
        session.execute(insert(ReferenceMatchRow), made[i:i + 5000])
    return len(made)


__all__ = ["load_refs", "rematch", "same_deal"]
