"""Hardening after the attack review of issue 17.

- audit_log: on SQLite, INSERT OR REPLACE (and REPLACE) deletes a conflicting row without firing a
  DELETE trigger; a BEFORE INSERT trigger now refuses an insert whose id is already taken. PostgreSQL
  needs nothing more: ON CONFLICT DO UPDATE and MERGE fire the row triggers of migration 0003, and
  TRUNCATE its statement trigger.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 13:00:00
"""
from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPEND_ONLY = "the audit log is append-only"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log "
                   "WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id) "
                   f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_replace")
