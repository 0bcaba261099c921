"""Watchlists and alerts (issue 16, second half):

- watchlists: saved register filters with a name and an owner, and where their alerts go (webhook, e-mail);
- watch_matches: what each watchlist last saw of each record it matches (stages, sources, contradiction);
- alerts: one row per change of a matched record, made once (unique on watchlist, record, change);
- alert_deliveries: each alert's delivery on each channel, with its attempts and next try (kept in the store,
  so that a restart loses nothing).

Stores made before this revision have no watchlists: nothing to backfill. Going down drops the tables.

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-02 16:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "watchlists",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("owner", sa.String(100), nullable=True),
        sa.Column("filter", sa.JSON(), nullable=False),
        sa.Column("actors", sa.JSON(), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("visited_at", WHEN, nullable=True),
        sa.Column("webhook_url", sa.Text(), nullable=True),
        sa.Column("webhook_secret", sa.String(200), nullable=True),
        sa.Column("email", sa.String(300), nullable=True),
        sa.Column("email_every", sa.Integer(), nullable=False),
        sa.Column("digest_at", WHEN, nullable=True),
    )
    op.create_index("ix_watchlists_owner", "watchlists", ["owner"])
    op.create_table(
        "watch_matches",
        sa.Column("watchlist_id", sa.Integer(), sa.ForeignKey("watchlists.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("record_id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("record_key", sa.Text(), nullable=False),
        sa.Column("stages", sa.Text(), nullable=False),
        sa.Column("sources", sa.Integer(), nullable=False),
        sa.Column("contradiction", sa.Boolean(), nullable=False),
        sa.Column("seen_at", WHEN, nullable=False),
    )
    op.create_table(
        "alerts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("watchlist_id", sa.Integer(), sa.ForeignKey("watchlists.id", ondelete="CASCADE"), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("collection", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("change_key", sa.String(200), nullable=False),
        sa.Column("change", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("document_id", sa.String(64), nullable=True),
        sa.Column("mention_id", sa.Integer(), nullable=True),
        sa.Column("evidence_text", sa.Text(), nullable=True),
        sa.Column("evidence_start", sa.Integer(), nullable=True),
        sa.Column("evidence_end", sa.Integer(), nullable=True),
        sa.Column("created_at", WHEN, nullable=False),
    )
    op.create_index("ix_alerts_watchlist_id", "alerts", ["watchlist_id"])
    op.create_index("ux_alerts_once", "alerts", ["watchlist_id", "record_id", "change_key"], unique=True)
    op.create_table(
        "alert_deliveries",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("alert_id", sa.Integer(), sa.ForeignKey("alerts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_at", WHEN, nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("sent_at", WHEN, nullable=True),
    )
    op.create_index("ix_alert_deliveries_alert_id", "alert_deliveries", ["alert_id"])
    op.create_index("ix_alert_deliveries_due", "alert_deliveries", ["status", "next_at"])


def downgrade() -> None:
    op.drop_index("ix_alert_deliveries_due", table_name="alert_deliveries")
    op.drop_index("ix_alert_deliveries_alert_id", table_name="alert_deliveries")
    op.drop_table("alert_deliveries")
    op.drop_index("ux_alerts_once", table_name="alerts")
    op.drop_index("ix_alerts_watchlist_id", table_name="alerts")
    op.drop_table("alerts")
    op.drop_table("watch_matches")
    op.drop_index("ix_watchlists_owner", table_name="watchlists")
    op.drop_table("watchlists")
