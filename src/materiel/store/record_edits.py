"""Merging and splitting records, as analysts' corrections of their mentions (`materiel.store.reviews`):

- merge A into B (the same transfer under two items, or two names of a party): each mention of A that is
  not rejected is corrected to B's supplier, recipient and item, so that it consolidates with B's
  (within one collection, and at compatible times as any mention: `consolidate`);
- split mentions off A: each is corrected with a `split` mark, a key of its own, so that together they
  make a new record (the record's id is its first mention's).

Both keep the machine's reading and every earlier correction of other fields; `clear` on a mention undoes it.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from materiel.store.errors import NotFound, StoreError
from materiel.store.reviews import find_mention, record_decision, review_of
from materiel.store.schema import MentionRow, RecordRow
from materiel.store.scope import ScopeLike, visible


def _record(session: Session, record_id: int, scope: ScopeLike) -> RecordRow:
    r = session.get(RecordRow, record_id)
    if r is None or not visible(r.collection, scope):
        raise NotFound(f"no record {record_id} in the store (see `materiel register`)")
    return r


def _correct(session: Session, mention_id: int, fields: dict[str, Any], reviewer: str, scope: ScopeLike) -> dict[str, Any]:
    m, doc = find_mention(session, mention_id, scope=scope)
    review = review_of(session, m.id)
    if review is not None and review.decision == "rejected":
        return {"mention": m.id, "skipped": "rejected"}
    fixed = dict(review.corrections or {}) if review is not None else {}
    merged = {k: v for k, v in (fixed | fields).items() if v is not None}
    return record_decision(session, m, doc, "corrected", None, merged, reviewer)


def collection_of(session: Session, record_id: int, *, scope: ScopeLike) -> str:
    return _record(session, record_id, scope).collection


def merge(session: Session, source: int, into: int, *, reviewer: str, scope: ScopeLike) -> list[dict[str, Any]]:
    """Move every mention of record `source` into record `into` (see the module docstring)."""
    a, b = _record(session, source, scope), _record(session, into, scope)
    if a.id == b.id:
        raise StoreError("a record cannot be merged into itself")
    if a.collection != b.collection:
        raise StoreError("records of two collections cannot be merged: a record never mixes collections")
    fields = {"supplier": b.supplier_id, "recipient": b.recipient_id,
              "item": {"text": b.item_text, "designation": b.designation, "category": b.category}, "split": None}
    ids = list(session.scalars(select(MentionRow.id).where(MentionRow.record_id == a.id).order_by(MentionRow.id)))
    return [_correct(session, i, fields, reviewer, scope) for i in ids]


def split(session: Session, record_id: int, mention_ids: list[int], *, reviewer: str,
          scope: ScopeLike) -> list[dict[str, Any]]:
    """Make a new record of these mentions of record `record_id`."""
    r = _record(session, record_id, scope)
    members = set(session.scalars(select(MentionRow.id).where(MentionRow.record_id == r.id)))
    wanted = sorted(set(mention_ids))
    if not wanted or not set(wanted) <= members:
        raise StoreError(f"give mentions of record {record_id}: {', '.join(map(str, sorted(members)))}")
    if set(wanted) == members:
        raise StoreError("splitting every mention off a record leaves it as it was: leave at least one")
    mark = f"{r.id}.{wanted[0]}"
    return [_correct(session, i, {"split": mark}, reviewer, scope) for i in wanted]
