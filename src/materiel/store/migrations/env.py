"""Alembic environment of the materiel store.

materiel runs migrations programmatically (`materiel.store.db.upgrade`), passing its open connection
in `config.attributes["connection"]`; no alembic.ini is needed. To write a new revision during
development: `python -m materiel.store.revision "message"` (autogenerates against a scratch SQLite file).
"""
from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from materiel.store import review_schema, schema_audit, schema_deals, schema_following, schema_watch  # noqa: F401 (their tables join Base.metadata)
from materiel.store.schema import Base

config = context.config
target_metadata = Base.metadata


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Autogenerate ignores the full-text index (made by hand in revision 0002, not in `schema`)."""
    return not (name or "").startswith(("documents_fts", "ix_documents_fts"))


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                          include_object=include_object)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///materiel.db")
    with engine.begin() as conn:
        context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True,
                          include_object=include_object)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata,
                      literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations()
