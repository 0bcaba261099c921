"""Hardening after the attack review of issue 17.

- audit_log: on SQLite, INSERT OR REPLACE (and REPLACE) deletes a conflicting row without firing a
  DELETE trigger; a BEFORE INSERT trigger now refuses an insert whose id is already taken. PostgreSQL
  needs nothing more: ON CONFLICT DO UPDATE and MERGE fire the row triggers of migration 0003, and
  TRUNCATE its statement trigger.
- documents.content_hash: the sha256 of the text, unique per collection (it was the primary key, unique
  in the whole store: adding a text another collection held answered "already in the store", an
  exact-text oracle). Documents added from now on get an id of their collection and text
  (`materiel.store.writer.stored_id`); those already stored keep theirs (their id was the content hash).
  Going down drops the column; a text held by two collections then stays two documents.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 13:00:00
"""
import hashlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPEND_ONLY = "the audit log is append-only"


def _fill_content_hash() -> None:
    """content_hash = sha256 of the UTF-8 text (as `Document.id`), computed here: SQLite has no sha256, and
    the id is the content hash only for documents stored before this revision."""
    conn = op.get_bind()
    after = ""
    while True:
        rows = conn.execute(sa.text("SELECT id, text FROM documents WHERE id > :after ORDER BY id LIMIT 500"),
                            {"after": after}).all()
        if not rows:
            return
        conn.execute(sa.text("UPDATE documents SET content_hash = :h WHERE id = :i"),
                     [{"h": hashlib.sha256(t.encode("utf-8")).hexdigest(), "i": i} for i, t in rows])
        after = rows[-1][0]


def upgrade() -> None:
    # a plain ADD COLUMN: a batch copy of `documents` would drop its full-text triggers (migration 0002)
    op.add_column("documents", sa.Column("content_hash", sa.String(64), nullable=False, server_default=""))
    _fill_content_hash()
    op.create_index("ux_documents_collection_content", "documents", ["collection", "content_hash"], unique=True)
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log "
                   "WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id) "
                   f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_replace")
    op.drop_index("ux_documents_collection_content", table_name="documents")
    op.drop_column("documents", "content_hash")
