"""The tables of followed sources (migration 0008): what `materiel follow` registered, what each poll left
(validators, failures, when it is due), the items already seen, and the watcher's lease. Their models share
`schema.Base` (the migrations' env imports this module)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from materiel.store.schema import Base


class FollowedRow(Base):
    """A source followed into a collection: a feed, a page of links, a sitemap (URLs) or a local folder."""

    __tablename__ = "followed_sources"
    __table_args__ = (UniqueConstraint("target", "collection", name="uq_followed_target_collection"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    target: Mapped[str] = mapped_column(String(2000))  # the URL or the folder's absolute path
    kind: Mapped[str] = mapped_column(String(20), default="")  # feed, page, sitemap, folder ('' until polled)
    collection: Mapped[str] = mapped_column(String(200), index=True, default="default")
    publisher: Mapped[str | None] = mapped_column(String(300))
    every: Mapped[int] = mapped_column(Integer)  # seconds between polls
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    last_poll: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_status: Mapped[str] = mapped_column(String(20), default="")  # new, unchanged, error
    last_error: Mapped[str | None] = mapped_column(Text)
    failures: Mapped[int] = mapped_column(Integer, default=0)  # in a row; 0 after a good poll
    next_due: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    added: Mapped[int] = mapped_column(Integer, default=0)  # documents added from it, in all
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(String(200), default="")


class SeenItemRow(Base):
    """An item of a followed source already dealt with (added, held already, or given up after failing),
    by its key (`materiel.sources.poll.Entry.key`; `key_hash` is its sha256)."""

    __tablename__ = "followed_items"

    source_id: Mapped[int] = mapped_column(ForeignKey("followed_sources.id", ondelete="CASCADE"), primary_key=True)
    key_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))  # added, skipped, failed (tried MAX_ATTEMPTS times), retry
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    document_id: Mapped[str | None] = mapped_column(String(64))
    reason: Mapped[str | None] = mapped_column(Text)
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class LeaseRow(Base):
    """Who runs the watcher (one row per lease name): taken until `expires_at`, renewed while running."""

    __tablename__ = "watch_leases"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))
    taken_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


Index("ix_followed_items_status", SeenItemRow.source_id, SeenItemRow.status)
