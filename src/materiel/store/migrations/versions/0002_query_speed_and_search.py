"""Query speed and full-text search.

- records.factualities: what --factuality reads without visiting mentions;
- actors.n_documents, first_seen, last_seen: kept by ingest, for profiles and `materiel actors`;
- doc_actors.published, doc_actors.collection: an actor's documents and dates without a join, and
  every actor a document's rows or events name is in doc_actors (rows added for older stores);
- events.day: when_start, else the document's publication date (an actor's timeline, newest first);
- item_names: every way the rows name an item, for `register --item`;
- indexes for the register's default order and for actor profiles;
- full-text search over documents: an FTS5 table kept by triggers on SQLite, a GIN index over
  to_tsvector('english', ...) on PostgreSQL.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 15:45:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PG_TSVECTOR = "to_tsvector('english', coalesce(title, '') || ' ' || text)"
_PARTIES = (("mentions", "supplier"), ("mentions", "recipient"), ("mentions", "intermediary"),
            ("mentions", "denied_by"), ("events", "actor"), ("events", "target"))


def _sqlite_fts() -> None:
    # The index keeps its own copy of the text, keyed by document id: an external-content table would
    # key it by the documents' rowid, which VACUUM may renumber (their primary key is not an integer).
    op.execute("CREATE VIRTUAL TABLE documents_fts USING fts5(document_id UNINDEXED, title, text, "
               "tokenize='porter unicode61 remove_diacritics 2')")
    op.execute("CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN "
               "INSERT INTO documents_fts(document_id, title, text) VALUES (new.id, new.title, new.text); END")
    op.execute("CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN "
               "DELETE FROM documents_fts WHERE document_id = old.id; END")
    op.execute("CREATE TRIGGER documents_fts_au AFTER UPDATE OF title, text ON documents BEGIN "
               "DELETE FROM documents_fts WHERE document_id = old.id; "
               "INSERT INTO documents_fts(document_id, title, text) VALUES (new.id, new.title, new.text); END")
    op.execute("INSERT INTO documents_fts(document_id, title, text) SELECT id, title, text FROM documents")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("records") as b:
        b.add_column(sa.Column("factualities", sa.String(100), nullable=False, server_default=""))
    with op.batch_alter_table("actors") as b:
        b.add_column(sa.Column("n_documents", sa.Integer(), nullable=False, server_default="0"))
        b.add_column(sa.Column("first_seen", sa.Date(), nullable=True))
        b.add_column(sa.Column("last_seen", sa.Date(), nullable=True))
    with op.batch_alter_table("doc_actors") as b:
        b.add_column(sa.Column("published", sa.Date(), nullable=True))
        b.add_column(sa.Column("collection", sa.String(200), nullable=False, server_default="default"))
    with op.batch_alter_table("events") as b:
        b.add_column(sa.Column("day", sa.Date(), nullable=True))

    for table, party in _PARTIES:
        op.execute(f"INSERT INTO doc_actors (document_id, actor_id, text) "
                   f"SELECT document_id, {party}_id, min({party}_text) FROM {table} t WHERE {party}_id IS NOT NULL "
                   f"AND NOT EXISTS (SELECT 1 FROM doc_actors a WHERE a.document_id = t.document_id "
                   f"AND a.actor_id = t.{party}_id) GROUP BY document_id, {party}_id")
    op.execute("UPDATE doc_actors SET published = (SELECT published FROM documents d WHERE d.id = document_id), "
               "collection = (SELECT collection FROM documents d WHERE d.id = document_id)")
    op.execute("UPDATE actors SET n_documents = (SELECT count(*) FROM doc_actors a WHERE a.actor_id = actors.id), "
               "first_seen = (SELECT min(published) FROM doc_actors a WHERE a.actor_id = actors.id), "
               "last_seen = (SELECT max(published) FROM doc_actors a WHERE a.actor_id = actors.id)")
    op.execute("UPDATE events SET day = coalesce(when_start, "
               "(SELECT published FROM documents d WHERE d.id = document_id))")
    agg = "group_concat(DISTINCT {})" if sqlite else "string_agg(DISTINCT {}, ',')"
    op.execute(f"UPDATE records SET factualities = coalesce((SELECT {agg.format('factuality')} FROM mentions m "
               f"WHERE m.record_id = records.id), '')")

    op.create_table("item_names",
                    sa.Column("name", sa.String(300), nullable=False),
                    sa.Column("designation", sa.String(300), nullable=False),
                    sa.Column("category", sa.String(100), nullable=False),
                    sa.PrimaryKeyConstraint("name", "designation", "category"))
    op.execute("INSERT INTO item_names (name, designation, category) "
               "SELECT DISTINCT substr(lower(item_text), 1, 300), coalesce(designation, ''), category FROM mentions "
               "UNION SELECT DISTINCT lower(designation), designation, category FROM mentions "
               "WHERE designation IS NOT NULL")
    op.create_index("ix_records_designation", "records", ["designation"])
    op.create_index("ix_records_category", "records", ["category"])
    op.create_index("ix_doc_actors_actor_text", "doc_actors", ["actor_id", "text"])
    op.create_index("ix_events_actor_type", "events", ["actor_id", "type"])
    op.create_index("ix_events_target_type", "events", ["target_id", "type"])
    op.create_index("ix_records_supplier_newest", "records",
                    ["supplier_id", "first_date", "recipient_id", "designation", "category"])
    op.create_index("ix_records_recipient_newest", "records",
                    ["recipient_id", "first_date", "supplier_id", "designation", "category"])
    op.create_index("ix_records_order", "records",
                    ["supplier_id", "recipient_id", "category", "designation", "first_date", "id"])
    op.create_index("ix_records_last_date", "records", ["last_date"])
    op.create_index("ix_records_sources", "records", ["sources"])
    op.create_index("ix_doc_actors_actor_collection", "doc_actors", ["actor_id", "collection", "published"])
    op.create_index("ix_doc_actors_actor_published", "doc_actors", ["actor_id", "published"])
    op.create_index("ix_events_actor_day", "events", ["actor_id", "day"])
    op.create_index("ix_events_target_day", "events", ["target_id", "day"])
    if sqlite:
        _sqlite_fts()
    else:
        op.execute(f"CREATE INDEX ix_documents_fts ON documents USING gin ({PG_TSVECTOR})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("documents_fts_ai", "documents_fts_ad", "documents_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS documents_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_documents_fts")
    op.drop_table("item_names")
    op.drop_index("ix_records_recipient_newest", table_name="records")
    op.drop_index("ix_records_supplier_newest", table_name="records")
    for name, table in (("ix_events_target_type", "events"), ("ix_events_actor_type", "events"),
                        ("ix_doc_actors_actor_text", "doc_actors"), ("ix_records_category", "records"),
                        ("ix_records_designation", "records"), ("ix_events_target_day", "events"), ("ix_events_actor_day", "events"),
                        ("ix_doc_actors_actor_published", "doc_actors"),
                        ("ix_doc_actors_actor_collection", "doc_actors"), ("ix_records_last_date", "records"), ("ix_records_sources", "records"),
                        ("ix_records_order", "records")):
        op.drop_index(name, table_name=table)
    # plain ALTER TABLE ... DROP COLUMN (SQLite >= 3.35): a batch copy of `actors` would break the
    # foreign keys that point at it
    for table, column in (("events", "day"), ("doc_actors", "collection"), ("doc_actors", "published"),
                          ("records", "factualities"), ("actors", "last_seen"), ("actors", "first_seen"),
                          ("actors", "n_documents")):
        op.drop_column(table, column)
