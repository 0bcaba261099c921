"""The analysts' layer: accept, reject or correct a mention; the machine's reading is never changed.

- A decision is one row of `reviews` per mention (`review_schema.ReviewRow`): `accepted`, `rejected`
  with a reason from `REASONS`, or `corrected` with the corrected fields (`materiel.store.corrections`).
  A new decision on the same mention replaces the last one (each is kept in the audit trail);
  `clear` takes it back.
- Consolidation reads each mention through its decision (`consolidate`): a correction of a party or of
  the item moves the mention to the record of its corrected key (`mentions.record_key`, the
  consolidation's own column, follows the corrected reading; the machine's fields stay as read).
- Every function takes a keyword `scope`: a mention outside it is not found, like one that does not
  exist. Who may decide (write on the collection) and the audit trail are `materiel.security.reviewing`'s.
"""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from materiel.store import consolidate
from materiel.store.alias_map import Aliases, follow, load
from materiel.store.corrections import parse
from materiel.store.errors import NotFound, StoreError
from materiel.store.review_schema import KEPT, ReviewRow
from materiel.store.rows import iso
from materiel.store.schema import DocumentRow, ItemNameRow, MentionRow, RecordRow
from materiel.store.scope import ScopeLike, restrict, visible

DECISIONS = ("accepted", "rejected", "corrected")
REASONS = ("not a transfer", "wrong party", "wrong item", "wrong stage", "wrong factuality", "duplicate", "other")
REVIEW_FILTERS = ("reviewed", "unreviewed", "corrected", "rejected")  # the register's `review` filter


def reason_of(text: str | None) -> str:
    """A reason of `REASONS`, written with spaces, dashes or underscores."""
    r = " ".join((text or "").replace("-", " ").replace("_", " ").lower().split())
    if r not in REASONS:
        raise StoreError(f"a rejection needs a reason: one of {', '.join(REASONS)} (got {text!r})")
    return r


def find_mention(session: Session, mention_id: int, *, scope: ScopeLike) -> tuple[MentionRow, DocumentRow]:
    """The mention and its document; outside `scope` it is not found, like one that does not exist."""
    found = session.execute(select(MentionRow, DocumentRow).join(DocumentRow, DocumentRow.id == MentionRow.document_id)
                            .where(MentionRow.id == mention_id)).first()
    if found is None or not visible(found[1].collection, scope):
        raise NotFound(f"no mention {mention_id} in the store (see `materiel record N --json`, mention_rows)")
    return found[0], found[1]


def machine_of(m: MentionRow) -> dict[str, Any]:
    """The machine's reading of a mention, kept on its review (and shown beside the correction)."""
    return {"supplier": m.supplier_id, "recipient": m.recipient_id, "intermediary": m.intermediary_id,
            "item": m.item_text, "designation": m.designation, "category": m.category, "quantity": m.quantity,
            "stage": m.stage, "factuality": m.factuality, "when_start": iso(m.when_start),
            "when_end": iso(m.when_end), "evidence": m.evidence_text, "idx": m.idx}


def effective_key(m: MentionRow, collection: str, corrections: dict[str, Any], aliases: Aliases) -> str:
    """The record key of the mention as the analysts read it (its corrections, the actors' aliases)."""
    item = corrections.get("item") or {"designation": m.designation, "category": m.category}
    key = consolidate.key_of(collection, follow(aliases, corrections.get("supplier", m.supplier_id)),
                             follow(aliases, corrections.get("recipient", m.recipient_id)), item["designation"],
                             item["category"])
    return key + (f"|split:{corrections['split']}" if corrections.get("split") else "")  # see `records.split`


def review_of(session: Session, mention_id: int) -> ReviewRow | None:
    return session.scalar(select(ReviewRow).where(ReviewRow.mention_id == mention_id))


def decide(session: Session, mention_id: int, decision: str, *, reviewer: str, scope: ScopeLike,
           reason: str | None = None, corrections: dict[str, str | None] | None = None) -> dict[str, Any]:
    """Record `decision` on the mention (inside the caller's transaction) and refresh the records it
    leaves and joins; returns what was decided, with the record before and after."""
    if decision not in DECISIONS:
        raise StoreError(f"{decision!r} is not one of {', '.join(DECISIONS)}")
    m, doc = find_mention(session, mention_id, scope=scope)
    why = reason_of(reason) if decision == "rejected" else None
    fixed = parse(session, corrections or {}, m.category, scope=scope) if decision == "corrected" else {}
    return record_decision(session, m, doc, decision, why, fixed, reviewer)


def record_decision(session: Session, m: MentionRow, doc: DocumentRow, decision: str, why: str | None,
                    fixed: dict[str, Any], reviewer: str) -> dict[str, Any]:
    """Store a checked decision (corrections in their stored form) and reconsolidate."""
    review = review_of(session, m.id)
    if review is None:
        review = ReviewRow(mention_id=m.id, document_id=m.document_id, collection=doc.collection)
        session.add(review)
    review.evidence_start, review.evidence_end, review.machine = m.evidence_start, m.evidence_end, machine_of(m)
    review.decision, review.reason, review.corrections = decision, why, fixed
    review.reviewer, review.at = reviewer, datetime.now(UTC)
    if "item" in fixed:
        item = fixed["item"]
        session.merge(ItemNameRow(name=item["text"].lower()[:300], designation=item["designation"] or "",
                                  category=item["category"]))
    before = m.record_id
    return {"mention": m.id, "decision": decision, "reason": why, "corrections": fixed, "reviewer": reviewer,
            "document": doc.id, "collection": doc.collection, "record_before": before,
            "record": _reconsolidate(session, m, effective_key(m, doc.collection, fixed, load(session)))}


def clear(session: Session, mention_id: int, *, scope: ScopeLike) -> dict[str, Any]:
    """Take back the decision on a mention: the machine's reading alone again."""
    m, doc = find_mention(session, mention_id, scope=scope)
    review = review_of(session, m.id)
    if review is None:
        raise StoreError(f"mention {mention_id} has no review to take back")
    session.delete(review)
    before = m.record_id
    return {"mention": m.id, "decision": None, "document": doc.id, "collection": doc.collection,
            "record_before": before,
            "record": _reconsolidate(session, m, effective_key(m, doc.collection, {}, load(session)))}


def _reconsolidate(session: Session, m: MentionRow, key: str) -> int | None:
    old = m.record_key
    m.record_key = key
    session.flush()
    consolidate.refresh(session, {old, key})
    return session.scalar(select(MentionRow.record_id).where(MentionRow.id == m.id))


def review_dict(r: ReviewRow | None) -> dict[str, Any]:
    """The review columns every listing and export of a mention carries."""
    if r is None:
        return {"reviewed": False, "reviewer": None, "decision": None, "reason": None, "corrected_fields": [],
                "corrections": {}, "reviewed_at": None}
    return {"reviewed": True, "reviewer": r.reviewer, "decision": r.decision, "reason": r.reason,
            "corrected_fields": sorted(r.corrections or {}), "corrections": dict(r.corrections or {}),
            "reviewed_at": r.at.isoformat() if r.at else None}


def reviews_of(session: Session, mention_ids: list[int]) -> dict[int, ReviewRow]:
    out: dict[int, ReviewRow] = {}
    for i in range(0, len(mention_ids), 500):
        q = select(ReviewRow).where(ReviewRow.mention_id.in_(mention_ids[i:i + 500]))
        out.update((r.mention_id, r) for r in session.scalars(q) if r.mention_id is not None)
    return out


def queue(*, scope: ScopeLike, collection: str | None = None) -> Select[Any]:
    """Records with a mention no analyst has decided on, the most valuable decision first (see
    `review_summary.priority`); records whose mentions are all rejected are out."""
    q = select(RecordRow).where(RecordRow.unreviewed > 0, KEPT)
    q = restrict(q, RecordRow.collection, scope)
    if collection:
        q = q.where(RecordRow.collection == collection)
    return q.order_by(RecordRow.review_priority.desc(), RecordRow.id)
