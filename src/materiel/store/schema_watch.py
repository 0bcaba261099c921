"""The tables of watchlists and alerts (migration 0009): saved register filters, what each last saw of the
records it matches, the alerts made when that changes, and their deliveries. Their models share
`schema.Base`, so its metadata holds them once this module is imported (`materiel.store.db` and the
migrations' env do)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from materiel.store.schema import Base


class WatchlistRow(Base):
    """A saved register filter with a name and an owner (an account's name; None: the local user, who reads
    everything). `filter` holds the filter as asked (`materiel.store.filters.RegisterFilter` fields, the actor
    sides as lists of names), `actors` the ids those names resolved to when it was saved."""

    __tablename__ = "watchlists"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200))
    owner: Mapped[str | None] = mapped_column(String(100), index=True)
    filter: Mapped[dict[str, object]] = mapped_column(JSON)
    actors: Mapped[dict[str, list[str]]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    visited_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # the owner's last look
    webhook_url: Mapped[str | None] = mapped_column(Text)
    webhook_secret: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(300))
    email_every: Mapped[int] = mapped_column(Integer, default=60)  # minutes between two digests, at least
    digest_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # the last digest sent


class WatchMatchRow(Base):
    """What a watchlist last saw of a record it matches: the state its next alerts are measured against."""

    __tablename__ = "watch_matches"

    watchlist_id: Mapped[int] = mapped_column(ForeignKey("watchlists.id", ondelete="CASCADE"), primary_key=True)
    record_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    record_key: Mapped[str] = mapped_column(Text)
    stages: Mapped[str] = mapped_column(Text, default="")
    sources: Mapped[int] = mapped_column(Integer, default=0)
    contradiction: Mapped[bool] = mapped_column(Boolean, default=False)
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AlertRow(Base):
    """One change of a record a watchlist matches: `kind` match (it matches for the first time), stage (a new
    stage), source (a new independent source) or contradiction; `change` says what in words, `change_key`
    makes it unique (an alert is made once); the evidence is the mention that brought it."""

    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    watchlist_id: Mapped[int] = mapped_column(ForeignKey("watchlists.id", ondelete="CASCADE"), index=True)
    record_id: Mapped[int] = mapped_column(Integer)
    collection: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    change_key: Mapped[str] = mapped_column(String(200))
    change: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text)  # the record in words: supplier -> recipient, item, stage
    document_id: Mapped[str | None] = mapped_column(String(64))
    mention_id: Mapped[int | None] = mapped_column(Integer)
    evidence_text: Mapped[str | None] = mapped_column(Text)
    evidence_start: Mapped[int | None] = mapped_column(Integer)
    evidence_end: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class DeliveryRow(Base):
    """One alert to send on one channel (webhook, email): pending, sent, retrying (failed, tried again at
    `next_at`, later each time), failed (given up) or withheld (its owner may no longer read its collection)."""

    __tablename__ = "alert_deliveries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


Index("ux_alerts_once", AlertRow.watchlist_id, AlertRow.record_id, AlertRow.change_key, unique=True)
Index("ix_alert_deliveries_due", DeliveryRow.status, DeliveryRow.next_at)
