"""Followed sources (`materiel follow`, `materiel watch`):

- followed_sources: each feed, page of links, sitemap or folder followed into a collection, with its
  interval, pause flag, the last poll's validators (ETag, Last-Modified), status, error, failures in a row,
  when it is due next, and how many documents it added;
- followed_items: the items of each source already dealt with, by key (added, held already, given up);
- watch_leases: the lease that keeps a second watcher from polling while one runs.

Going down drops the three tables.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 16:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "followed_sources",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("target", sa.String(2000), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("collection", sa.String(200), nullable=False),
        sa.Column("publisher", sa.String(300), nullable=True),
        sa.Column("every", sa.Integer(), nullable=False),
        sa.Column("paused", sa.Boolean(), nullable=False),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("last_poll", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_status", sa.String(20), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("next_due", sa.DateTime(timezone=True), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.UniqueConstraint("target", "collection", name="uq_followed_target_collection"),
    )
    op.create_index("ix_followed_sources_collection", "followed_sources", ["collection"])
    op.create_index("ix_followed_sources_next_due", "followed_sources", ["next_due"])
    op.create_table(
        "followed_items",
        sa.Column("source_id", sa.Integer(), sa.ForeignKey("followed_sources.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("key_hash", sa.String(64), primary_key=True),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.String(64), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_followed_items_status", "followed_items", ["source_id", "status"])
    op.create_table(
        "watch_leases",
        sa.Column("name", sa.String(100), primary_key=True),
        sa.Column("holder", sa.String(200), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("watch_leases")
    op.drop_index("ix_followed_items_status", table_name="followed_items")
    op.drop_table("followed_items")
    op.drop_index("ix_followed_sources_next_due", table_name="followed_sources")
    op.drop_index("ix_followed_sources_collection", table_name="followed_sources")
    op.drop_table("followed_sources")
