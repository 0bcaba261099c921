"""Reviews: the analysts' layer over the machine's reading.

- reviews: one decision per mention (accepted, rejected with a reason, corrected with the corrected
  fields), anchored to the mention and to its document and evidence span (see `materiel.store.reviews`);
- actor_aliases: analysts' actor merges and aliases (an id or a name standing for an actor);
- records.unreviewed, reviewers, corrected, rejected: the layer's summary on each record, and
  records.review_priority (indexed) the review queue's order.

Existing records have no review: every mention is unreviewed, and the priority is computed as
`reviews.priority` does (contradiction 4, a single source 2, 1 - confidence, then mentions).
Going down drops the table and the columns; the machine's rows were never changed.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 13:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PRIORITY = ("(CASE WHEN contradiction THEN 4 ELSE 0 END) + (CASE WHEN sources <= 1 THEN 2 ELSE 0 END)"
            " + (1 - confidence) + (CASE WHEN n_mentions > 999 THEN 999 ELSE n_mentions END) / 1000000.0")


def upgrade() -> None:
    op.create_table("reviews",
                    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
                    sa.Column("mention_id", sa.Integer(), nullable=True, unique=True),
                    sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"),
                              nullable=False, index=True),
                    sa.Column("evidence_start", sa.Integer(), nullable=False),
                    sa.Column("evidence_end", sa.Integer(), nullable=False),
                    sa.Column("machine", sa.JSON(), nullable=False),
                    sa.Column("decision", sa.String(20), nullable=False),
                    sa.Column("reason", sa.String(40), nullable=True),
                    sa.Column("corrections", sa.JSON(), nullable=False),
                    sa.Column("reviewer", sa.String(200), nullable=False),
                    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
                    sa.Column("collection", sa.String(200), nullable=False, index=True))
    op.create_table("actor_aliases",
                    sa.Column("alias", sa.String(300), primary_key=True),
                    sa.Column("actor_id", sa.String(200), nullable=False, index=True),
                    sa.Column("kind", sa.String(20), nullable=False),
                    sa.Column("added_by", sa.String(200), nullable=False),
                    sa.Column("at", sa.DateTime(timezone=True), nullable=False))
    with op.batch_alter_table("records") as b:
        b.add_column(sa.Column("unreviewed", sa.Integer(), nullable=False, server_default="0"))
        b.add_column(sa.Column("reviewers", sa.String(500), nullable=True))
        b.add_column(sa.Column("corrected", sa.Boolean(), nullable=False, server_default=sa.false()))
        b.add_column(sa.Column("rejected", sa.Boolean(), nullable=False, server_default=sa.false()))
        b.add_column(sa.Column("review_priority", sa.Float(), nullable=False, server_default="0"))
        b.create_index("ix_records_review_priority", ["review_priority", "id"])
    op.execute(f"UPDATE records SET unreviewed = n_mentions, review_priority = {PRIORITY}")


def downgrade() -> None:
    with op.batch_alter_table("records") as b:
        b.drop_index("ix_records_review_priority")
        for column in ("review_priority", "rejected", "corrected", "reviewers", "unreviewed"):
            b.drop_column(column)
    op.drop_table("actor_aliases")
    op.drop_table("reviews")
