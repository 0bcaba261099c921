"""Teams and trust: accounts, grants, sessions, API tokens, the audit trail; records per collection.

- users, grants, sessions, api_tokens: see `materiel.security.accounts`;
- audit_log, audit_head: the hash-chained audit trail (`materiel.security.audit`); triggers refuse any
  UPDATE or DELETE of audit_log, so that only an append can change it;
- records.collection: a record never mixes collections (need-to-know): mention keys gain the
  collection of their document and every record is rebuilt.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 18:10:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TZ = sa.DateTime(timezone=True)
APPEND_ONLY = "the audit log is append-only"


def _append_only() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
                       f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END")
        return
    op.execute("CREATE FUNCTION materiel_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
               f"$$ BEGIN RAISE EXCEPTION '{APPEND_ONLY}'; END $$")
    op.execute("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
               "FOR EACH ROW EXECUTE FUNCTION materiel_audit_append_only()")
    op.execute("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
               "FOR EACH STATEMENT EXECUTE FUNCTION materiel_audit_append_only()")


def _records_per_collection() -> None:
    # The rebuild runs the package's consolidation over the models of this revision's schema.
    from materiel.store import consolidate

    sep = "'|'"
    concat = f"(SELECT collection FROM documents d WHERE d.id = document_id) || {sep} || record_key"
    if not op.get_bind().execute(sa.text("SELECT count(*) FROM mentions")).scalar():
        return  # a new store
    op.execute(f"UPDATE mentions SET record_key = {concat}")
    with Session(bind=op.get_bind()) as session:
        consolidate.rebuild(session, seizers=False)  # no seizer columns before 0004
        session.flush()


def upgrade() -> None:
    op.create_table("users",
                    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
                    sa.Column("name", sa.String(100), nullable=False, unique=True),
                    sa.Column("password_hash", sa.Text(), nullable=False),
                    sa.Column("admin", sa.Boolean(), nullable=False, server_default=sa.false()),
                    sa.Column("created_at", TZ, nullable=False))
    op.create_table("grants",
                    sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
                    sa.Column("collection", sa.String(200), nullable=False),
                    sa.Column("level", sa.String(10), nullable=False),
                    sa.Column("granted_by", sa.String(100), nullable=True),
                    sa.Column("granted_at", TZ, nullable=False),
                    sa.PrimaryKeyConstraint("user_id", "collection"))
    op.create_table("sessions",
                    sa.Column("id", sa.String(64), primary_key=True),
                    sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
                    sa.Column("created_at", TZ, nullable=False),
                    sa.Column("expires_at", TZ, nullable=False),
                    sa.Column("address", sa.String(100), nullable=True))
    op.create_index("ix_sessions_user_id", "sessions", ["user_id"])
    op.create_table("api_tokens",
                    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
                    sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
                    sa.Column("name", sa.String(100), nullable=False),
                    sa.Column("hash", sa.String(64), nullable=False, unique=True),
                    sa.Column("prefix", sa.String(16), nullable=False),
                    sa.Column("created_at", TZ, nullable=False),
                    sa.Column("expires_at", TZ, nullable=False),
                    sa.Column("revoked_at", TZ, nullable=True),
                    sa.Column("last_used_at", TZ, nullable=True))
    op.create_index("ix_api_tokens_user_id", "api_tokens", ["user_id"])
    op.create_table("audit_log",
                    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
                    sa.Column("at", sa.String(40), nullable=False),
                    sa.Column("actor", sa.String(200), nullable=False),
                    sa.Column("action", sa.String(40), nullable=False),
                    sa.Column("target", sa.Text(), nullable=True),
                    sa.Column("collection", sa.String(200), nullable=True),
                    sa.Column("address", sa.String(100), nullable=True),
                    sa.Column("detail", sa.Text(), nullable=False),
                    sa.Column("prev_hash", sa.String(64), nullable=False),
                    sa.Column("hash", sa.String(64), nullable=False))
    for column in ("at", "actor", "action"):
        op.create_index(f"ix_audit_log_{column}", "audit_log", [column])
    op.create_table("audit_head",
                    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
                    sa.Column("n", sa.Integer(), nullable=False),
                    sa.Column("hash", sa.String(64), nullable=False))
    op.execute("INSERT INTO audit_head (id, n, hash) VALUES (1, 0, '" + "0" * 64 + "')")
    _append_only()
    with op.batch_alter_table("records") as b:
        b.add_column(sa.Column("collection", sa.String(200), nullable=False, server_default="default"))
    op.create_index("ix_records_collection", "records", ["collection", "id"])
    _records_per_collection()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS materiel_audit_append_only()")
    op.execute("UPDATE mentions SET record_key = substr(record_key, length((SELECT collection FROM documents d "
               "WHERE d.id = document_id)) + 2)")
    from materiel.store import consolidate

    if op.get_bind().execute(sa.text("SELECT count(*) FROM mentions")).scalar():
        with Session(bind=op.get_bind()) as session:  # records across collections again, as 0002 kept them
            consolidate.rebuild(session, seizers=False)  # no seizer columns before 0004
            session.flush()
    op.drop_index("ix_records_collection", table_name="records")
    with op.batch_alter_table("records") as b:
        b.drop_column("collection")
    for table in ("audit_head", "audit_log", "api_tokens", "sessions", "grants", "users"):
        op.drop_table(table)
