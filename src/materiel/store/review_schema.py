"""The analysts' layer over the machine's reading (migration 0006): one decision per mention.

The machine's rows (`mentions`) are never changed by a review; consolidation reads each mention through
its review (see `materiel.store.reviews`). The records table carries the layer's summary columns
(`unreviewed`, `reviewers`, `corrected`, `rejected`, `review_priority`), declared with it in `schema`.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from materiel.store.schema import Base, RecordRow


class ReviewRow(Base):
    """An analyst's decision on one mention, a layer over the machine's reading (which is never changed):
    accepted, rejected (with a reason) or corrected (the corrected fields in `corrections`). It is
    anchored to its document and evidence span as well as to the mention, so that re-extraction can
    attach it to the row the same span yields; `mention_id` is None while no row does (listed, not lost)."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mention_id: Mapped[int | None] = mapped_column(Integer, unique=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    machine: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)  # the row as the machine read it then
    decision: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(String(40))
    corrections: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    reviewer: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    collection: Mapped[str] = mapped_column(String(200), index=True)


# the review queue reads records off this index, highest priority first (see `reviews.priority`)
Index("ix_records_review_priority", RecordRow.review_priority, RecordRow.id)
# The register's review filters (migration 0010): how many records each keeps, read off one narrow index,
# and the first page of the few records reviewed, corrected or rejected, read in the register's order off a
# partial index of them (a scan of the whole order for a rare filter took 0.2 to 0.4 s at 200,000 records).
ORDER = (RecordRow.supplier_id, RecordRow.recipient_id, RecordRow.category, RecordRow.designation,
         RecordRow.first_date, RecordRow.id)  # as ix_records_order, the register's default order
REVIEWED, CORRECTED, REJECTED = RecordRow.unreviewed == 0, RecordRow.corrected.is_(True), RecordRow.rejected.is_(True)
# The records not wholly rejected (the register, the queue, the profiles): written "IS NOT true", a condition no
# index can search, so that a store without statistics (SQLite before any ANALYZE) keeps reading these queries
# in order off the indexes made for them (ix_records_order, ...), not all of ix_records_review's then a sort.
KEPT = RecordRow.rejected.is_not(True)
Index("ix_records_review", RecordRow.rejected, RecordRow.unreviewed, RecordRow.corrected)
Index("ix_records_reviewed_order", *ORDER, sqlite_where=REVIEWED, postgresql_where=REVIEWED)
Index("ix_records_corrected_order", *ORDER, sqlite_where=CORRECTED, postgresql_where=CORRECTED)
Index("ix_records_rejected_order", *ORDER, sqlite_where=REJECTED, postgresql_where=REJECTED)


class ActorAliasRow(Base):
    """An analyst's alias: `alias` (an actor id or a name, lowercased) stands for actor `actor_id`. A merge
    ("Mr Blair" into "Tony Blair") adds the merged actor's id and name; an alias adds a name. Consolidation
    reads every mention's parties through them, and ingest applies them to documents added later."""

    __tablename__ = "actor_aliases"

    alias: Mapped[str] = mapped_column(String(300), primary_key=True)
    actor_id: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # "id" (a merged actor's id) or "name"
    added_by: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
