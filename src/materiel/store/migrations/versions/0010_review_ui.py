"""The register's review filters at scale (issue 13):

- ix_records_review (rejected, unreviewed, corrected): how many records a review filter keeps (the
  workbench's total), and the default register's (every record but the wholly rejected ones), read off one
  narrow index instead of the records table;
- ix_records_reviewed_order, ix_records_corrected_order, ix_records_rejected_order: the register's order
  (as ix_records_order) over the records fully reviewed, corrected, or wholly rejected only (partial
  indexes), so that the first page of a rare filter is read in order off a few entries.

At 1,000,000 mentions (200,000 records, 3% of them decided; `python bench/register_reviews.py`) the first
page with --review corrected or rejected went from 0.15-0.2 s to under 1 ms, the total from 0.1-0.2 s to
30 ms at most. Going down drops the indexes.

Revision ID: 0010
Revises: 0007
Create Date: 2026-12-02 16:20:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ORDER = ["supplier_id", "recipient_id", "category", "designation", "first_date", "id"]
PARTIAL = {"reviewed": "unreviewed = 0", "corrected": "corrected IS {true}", "rejected": "rejected IS {true}"}


def upgrade() -> None:
    true = "1" if op.get_bind().dialect.name == "sqlite" else "true"
    op.create_index("ix_records_review", "records", ["rejected", "unreviewed", "corrected"])
    for name, where in PARTIAL.items():
        only = sa.text(where.format(true=true))
        op.create_index(f"ix_records_{name}_order", "records", ORDER, sqlite_where=only, postgresql_where=only)


def downgrade() -> None:
    for name in reversed(PARTIAL):
        op.drop_index(f"ix_records_{name}_order", table_name="records")
    op.drop_index("ix_records_review", table_name="records")
