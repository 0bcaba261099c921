"""Seizures: the stage "intercepted" and who seized a shipment.

- mentions.intercepted_by_id, mentions.intercepted_by_text: the seizer of a shipment seized,
  interdicted or captured in transit (an actor, as `Transfer.intercepted_by`);
- records.intercepted_by_id: the seizer most of a record's mentions name.

Stores made before this revision hold no intercepted rows, so nothing is backfilled. Going down drops
the columns; rows at stage "intercepted" keep their stage (a plain string column).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 10:20:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("mentions") as b:
        b.add_column(sa.Column("intercepted_by_id", sa.String(200),
                               sa.ForeignKey("actors.id", name="fk_mentions_intercepted_by"), nullable=True))
        b.add_column(sa.Column("intercepted_by_text", sa.Text(), nullable=True))
        b.create_index("ix_mentions_intercepted_by_id", ["intercepted_by_id"])
    with op.batch_alter_table("records") as b:
        b.add_column(sa.Column("intercepted_by_id", sa.String(200), nullable=True))
        b.create_index("ix_records_intercepted_by_id", ["intercepted_by_id"])


def downgrade() -> None:
    with op.batch_alter_table("records") as b:
        b.drop_index("ix_records_intercepted_by_id")
        b.drop_column("intercepted_by_id")
    with op.batch_alter_table("mentions") as b:
        b.drop_index("ix_mentions_intercepted_by_id")
        b.drop_constraint("fk_mentions_intercepted_by", type_="foreignkey")
        b.drop_column("intercepted_by_text")
        b.drop_column("intercepted_by_id")
