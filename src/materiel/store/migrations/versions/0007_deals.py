"""Deals in SIPRI's shape and new or known:

- mentions.value_amount, value_currency, value_text, value_usd: the deal's value (`Transfer.value`);
- reference_rows: imported reference tables of deals (`materiel import sipri|csv`), one row per deal;
- reference_matches: which register records a reference row holds (record, reference row, its collection).

Stores made before this revision have no values (nothing to backfill: values come from extraction) and no
reference rows. Going down drops the tables and columns.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 13:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("mentions") as b:
        b.add_column(sa.Column("value_amount", sa.Float(), nullable=True))
        b.add_column(sa.Column("value_currency", sa.String(3), nullable=True))
        b.add_column(sa.Column("value_text", sa.Text(), nullable=True))
        b.add_column(sa.Column("value_usd", sa.Float(), nullable=True))
    op.create_table(
        "reference_rows",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("collection", sa.String(200), nullable=False),
        sa.Column("source", sa.String(500), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("supplier_id", sa.String(200), nullable=True),
        sa.Column("supplier_text", sa.Text(), nullable=False),
        sa.Column("recipient_id", sa.String(200), nullable=True),
        sa.Column("recipient_text", sa.Text(), nullable=False),
        sa.Column("designation", sa.String(300), nullable=True),
        sa.Column("designation_text", sa.Text(), nullable=False),
        sa.Column("category", sa.String(100), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("number_ordered", sa.Float(), nullable=True),
        sa.Column("year_of_order", sa.Integer(), nullable=True),
        sa.Column("years_of_delivery", sa.Text(), nullable=True),
        sa.Column("first_year", sa.Integer(), nullable=True),
        sa.Column("last_year", sa.Integer(), nullable=True),
        sa.Column("number_delivered", sa.Float(), nullable=True),
        sa.Column("status", sa.Text(), nullable=True),
        sa.Column("comments", sa.Text(), nullable=True),
        sa.Column("problem", sa.Text(), nullable=True),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_reference_rows_collection", "reference_rows", ["collection"])
    op.create_index("ix_reference_rows_parties", "reference_rows", ["supplier_id", "recipient_id"])
    op.create_table(
        "reference_matches",
        sa.Column("record_id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("reference_id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("collection", sa.String(200), nullable=False),
    )
    op.create_index("ix_reference_matches_reference_id", "reference_matches", ["reference_id"])


def downgrade() -> None:
    op.drop_index("ix_reference_matches_reference_id", table_name="reference_matches")
    op.drop_table("reference_matches")
    op.drop_index("ix_reference_rows_parties", table_name="reference_rows")
    op.drop_index("ix_reference_rows_collection", table_name="reference_rows")
    op.drop_table("reference_rows")
    with op.batch_alter_table("mentions") as b:
        b.drop_column("value_usd")
        b.drop_column("value_text")
        b.drop_column("value_currency")
        b.drop_column("value_amount")
