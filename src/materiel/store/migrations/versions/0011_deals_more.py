"""The map's index: the records of the register (not rejected) by supplier, recipient and first date, with their
collection, so that /map and the register's histogram group the records off the index alone (`web.geo`; before
it, each of 100,000 records was looked up in the table for its `rejected` flag).

Revision ID: 0011
Revises: 0007
Create Date: 2026-12-02 16:30:00
"""
from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_records_map", "records", ["rejected", "supplier_id", "recipient_id", "first_date", "collection"])


def downgrade() -> None:
    op.drop_index("ix_records_map", table_name="records")
