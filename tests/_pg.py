"""A fresh PostgreSQL schema for a test: `pg_schema(base_url, prefix)` yields a URL whose search_path is a
new schema on the server at `base_url`, and drops the schema afterwards."""
from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def pg_schema(base_url: str, prefix: str = "materiel_test_") -> Iterator[str]:
    from sqlalchemy import create_engine, text

    from materiel.store.db import resolve_url

    base = resolve_url(base_url)
    schema = prefix + uuid.uuid4().hex[:10]
    engine = create_engine(base)
    with engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    finally:
        with engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        engine.dispose()
