"""The store's tables, as SQLAlchemy 2 declarative models.

documents   one row per distinct text of a collection (content_hash unique per collection, `writer.stored_id`)
actors      canonical actors: one row per id, whichever document resolved it
doc_actors  which actors each document names, with the text as written
mentions    one row per transfer row of a document (every `Transfer` field), linked to its record
events      one row per PLOVER event of a document
item_names  every way the rows name an item, with its designation and category (for `register --item`)
records     the consolidated register: mentions of one transfer across the documents of ONE collection (need-to-know)
reference_rows, reference_matches  reference tables of deals, the records they hold (`schema_deals`)
users, grants   accounts (argon2 password hashes) and their read/write grants per collection
sessions, api_tokens  web sessions and scripts' tokens, stored as sha256 hashes with an expiry
reviews     analysts' decisions on mentions, a layer over the machine's rows (in `review_schema`)
audit_log, audit_head  the append-only, hash-chained audit trail and its head (`schema_audit`)
documents_fts  (SQLite) FTS5 index of titles and texts, kept by triggers; PostgreSQL: GIN over to_tsvector (0002)

Migrations live in `materiel/store/migrations`; a change here needs a new revision there.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ID = String(64)
ACTOR_ID = String(200)


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date, index=True)
    publisher: Mapped[str | None] = mapped_column(String(300))
    publisher_key: Mapped[str] = mapped_column(String(300), index=True, default="")
    collection: Mapped[str] = mapped_column(String(200), index=True, default="default")
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(ID)  # sha256 of the text (`Document.id`); migration 0005
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    n_transfers: Mapped[int] = mapped_column(Integer, default=0)
    n_events: Mapped[int] = mapped_column(Integer, default=0)


class ActorRow(Base):
    __tablename__ = "actors"

    id: Mapped[str] = mapped_column(ACTOR_ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    country: Mapped[str | None] = mapped_column(String(3))
    # kept by ingest: documents naming the actor, and the first and last of their publication dates
    n_documents: Mapped[int] = mapped_column(Integer, default=0)
    first_seen: Mapped[date | None] = mapped_column(Date)
    last_seen: Mapped[date | None] = mapped_column(Date)


class DocActorRow(Base):
    __tablename__ = "doc_actors"

    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    actor_id: Mapped[str] = mapped_column(ForeignKey("actors.id"), primary_key=True, index=True)
    text: Mapped[str] = mapped_column(Text)
    # copies of the document's, so that an actor's documents, dates and collections need no join
    published: Mapped[date | None] = mapped_column(Date)
    collection: Mapped[str] = mapped_column(String(200), default="default")


class MentionRow(Base):
    """One transfer row of one document: every field of `materiel.record.models.Transfer`."""

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    idx: Mapped[int] = mapped_column(Integer)
    record_key: Mapped[str] = mapped_column(String(500), index=True)
    record_id: Mapped[int | None] = mapped_column(Integer, index=True)
    supplier_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"), index=True)
    supplier_text: Mapped[str | None] = mapped_column(Text)
    recipient_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"), index=True)
    recipient_text: Mapped[str | None] = mapped_column(Text)
    intermediary_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"))
    intermediary_text: Mapped[str | None] = mapped_column(Text)
    item_text: Mapped[str] = mapped_column(Text)
    designation: Mapped[str | None] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(100))
    quantity: Mapped[float | None] = mapped_column(Float)
    quantity_text: Mapped[str | None] = mapped_column(Text)
    stage: Mapped[str] = mapped_column(String(20))
    factuality: Mapped[str] = mapped_column(String(20))
    denied_by_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"))
    denied_by_text: Mapped[str | None] = mapped_column(Text)
    # who seized the shipment (stage intercepted; migration 0004)
    intercepted_by_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id", name="fk_mentions_intercepted_by"),
                                                          index=True)
    intercepted_by_text: Mapped[str | None] = mapped_column(Text)
    attribution_text: Mapped[str | None] = mapped_column(Text)
    attribution_source_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"))
    attribution_source_text: Mapped[str | None] = mapped_column(Text)
    when_text: Mapped[str | None] = mapped_column(Text)
    when_start: Mapped[date | None] = mapped_column(Date)
    when_end: Mapped[date | None] = mapped_column(Date)
    where_text: Mapped[str | None] = mapped_column(Text)
    where_country: Mapped[str | None] = mapped_column(String(3))
    evidence_text: Mapped[str] = mapped_column(Text)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(String(200))
    confidence: Mapped[float] = mapped_column(Float)
    value_amount: Mapped[float | None] = mapped_column(Float)  # the deal's value, `Transfer.value` (0007)
    value_currency: Mapped[str | None] = mapped_column(String(3))
    value_text: Mapped[str | None] = mapped_column(Text)
    value_usd: Mapped[float | None] = mapped_column(Float)


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    idx: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(20), index=True)
    mode: Mapped[str | None] = mapped_column(String(40))
    actor_id: Mapped[str] = mapped_column(ForeignKey("actors.id"), index=True)
    actor_text: Mapped[str] = mapped_column(Text)
    target_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"), index=True)
    target_text: Mapped[str | None] = mapped_column(Text)
    factuality: Mapped[str] = mapped_column(String(20))
    attribution_text: Mapped[str | None] = mapped_column(Text)
    attribution_source_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"))
    attribution_source_text: Mapped[str | None] = mapped_column(Text)
    when_text: Mapped[str | None] = mapped_column(Text)
    when_start: Mapped[date | None] = mapped_column(Date)
    when_end: Mapped[date | None] = mapped_column(Date)
    where_text: Mapped[str | None] = mapped_column(Text)
    where_country: Mapped[str | None] = mapped_column(String(3))
    evidence_text: Mapped[str] = mapped_column(Text)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(String(200))
    confidence: Mapped[float] = mapped_column(Float)
    transfers: Mapped[list[int]] = mapped_column(JSON, default=list)
    day: Mapped[date | None] = mapped_column(Date)  # when_start, else the document's publication date


class ItemNameRow(Base):
    """Every way the store's rows name an item (item text and designation, lowercased) with the
    designation ("" for none) and category it stands for: `register --item` looks words up here, then
    reads the records of those designations and categories off their indexes."""

    __tablename__ = "item_names"

    name: Mapped[str] = mapped_column(String(300), primary_key=True)
    designation: Mapped[str] = mapped_column(String(300), primary_key=True, default="")
    category: Mapped[str] = mapped_column(String(100), primary_key=True)


class RecordRow(Base):
    """A consolidated transfer: its id is the id of its first stored mention, so it stays stable
    while later documents add mentions to it."""

    __tablename__ = "records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    key: Mapped[str] = mapped_column(String(500), index=True)
    supplier_id: Mapped[str | None] = mapped_column(String(200), index=True)
    recipient_id: Mapped[str | None] = mapped_column(String(200), index=True)
    designation: Mapped[str | None] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(100))
    item_text: Mapped[str] = mapped_column(Text)
    quantity: Mapped[float | None] = mapped_column(Float)
    first_date: Mapped[date | None] = mapped_column(Date)
    last_date: Mapped[date | None] = mapped_column(Date)
    latest_stage: Mapped[str] = mapped_column(String(20))
    stages: Mapped[str] = mapped_column(String(200))
    # who seized it, when a mention has stage intercepted (the most named seizer; migration 0004)
    intercepted_by_id: Mapped[str | None] = mapped_column(String(200), index=True)
    factuality: Mapped[str] = mapped_column(String(20))
    n_mentions: Mapped[int] = mapped_column(Integer)
    n_documents: Mapped[int] = mapped_column(Integer)
    sources: Mapped[int] = mapped_column(Integer)
    sources_against: Mapped[int] = mapped_column(Integer)
    publishers: Mapped[list[str]] = mapped_column(JSON, default=list)
    contradiction: Mapped[bool] = mapped_column(Boolean, default=False)
    contradiction_detail: Mapped[dict[str, object] | None] = mapped_column(JSON)
    confidence: Mapped[float] = mapped_column(Float)
    first_seen: Mapped[date | None] = mapped_column(Date)
    last_seen: Mapped[date | None] = mapped_column(Date)
    # what --factuality reads without visiting the mentions: their factualities, comma-separated
    factualities: Mapped[str] = mapped_column(String(100), default="")
    collection: Mapped[str] = mapped_column(String(200), default="default")
    # the analysts' layer (migration 0006, `materiel.store.reviews`): mentions with no decision, who decided,
    unreviewed: Mapped[int] = mapped_column(Integer, default=0)
    reviewers: Mapped[str | None] = mapped_column(String(500))
    corrected: Mapped[bool] = mapped_column(Boolean, default=False)  # a decision corrected a field
    rejected: Mapped[bool] = mapped_column(Boolean, default=False)  # every mention rejected: out of the register
    review_priority: Mapped[float] = mapped_column(Float, default=0.0)  # the review queue: highest first


class UserRow(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(Text)
    admin: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class GrantRow(Base):
    """A user may read (or read and write) one collection's documents and everything made from them."""

    __tablename__ = "grants"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    collection: Mapped[str] = mapped_column(String(200), primary_key=True)
    level: Mapped[str] = mapped_column(String(10))  # "read" or "write"
    granted_by: Mapped[str | None] = mapped_column(String(100))
    granted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SessionRow(Base):
    """A signed-in browser: the cookie holds a random token, the store only its sha256."""

    __tablename__ = "sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    address: Mapped[str | None] = mapped_column(String(100))


class TokenRow(Base):
    """An API token for scripts: shown once, stored as its sha256, revocable, with an expiry."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


Index("ux_documents_collection_content", DocumentRow.collection, DocumentRow.content_hash, unique=True)
Index("ix_mentions_doc_idx", MentionRow.document_id, MentionRow.idx, unique=True)
Index("ix_events_doc_idx", EventRow.document_id, EventRow.idx, unique=True)
# The register's default order, so that a page of it is read off the index (see filters.ORDER)
Index("ix_records_order", RecordRow.supplier_id, RecordRow.recipient_id, RecordRow.category, RecordRow.designation,
      RecordRow.first_date, RecordRow.id)
Index("ix_records_last_date", RecordRow.last_date)
# The map and the histogram group the register's records off this index alone (migration 0011, `web.geo`)
Index("ix_records_map", RecordRow.rejected, RecordRow.supplier_id, RecordRow.recipient_id, RecordRow.first_date,
      RecordRow.collection)
Index("ix_records_sources", RecordRow.sources)
Index("ix_records_designation", RecordRow.designation)
# An actor's newest records, each way, read off an index without a sort (profiles)
Index("ix_records_supplier_newest", RecordRow.supplier_id, RecordRow.first_date, RecordRow.recipient_id,
      RecordRow.designation, RecordRow.category)
Index("ix_records_recipient_newest", RecordRow.recipient_id, RecordRow.first_date, RecordRow.supplier_id,
      RecordRow.designation, RecordRow.category)
Index("ix_records_category", RecordRow.category), Index("ix_records_collection", RecordRow.collection, RecordRow.id)
Index("ix_doc_actors_actor_text", DocActorRow.actor_id, DocActorRow.text)
Index("ix_events_actor_type", EventRow.actor_id, EventRow.type), Index("ix_events_target_type", EventRow.target_id, EventRow.type)
Index("ix_doc_actors_actor_collection", DocActorRow.actor_id, DocActorRow.collection, DocActorRow.published)
Index("ix_doc_actors_actor_published", DocActorRow.actor_id, DocActorRow.published)
Index("ix_events_actor_day", EventRow.actor_id, EventRow.day)
Index("ix_events_target_day", EventRow.target_id, EventRow.day)
