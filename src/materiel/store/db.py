"""Open a store: an engine from a URL (SQLite file by default, PostgreSQL by URL), migrated to the
latest schema on open, with one writer at a time.

- `--db` / `MATERIEL_DB` / `./materiel.db`, in that order. A value without `://` is a file path.
- SQLite runs in WAL mode (readers never block the writer) with `synchronous=NORMAL`; every write
  transaction starts with `BEGIN IMMEDIATE`, so a second writer waits for the first instead of failing
  half-way. PostgreSQL writers take a transaction-level advisory lock for the same effect.
- A transaction is all or nothing: a process killed inside one leaves the store as it was before it.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any, Self

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session

from materiel.store.errors import StoreError

DEFAULT_DB = "materiel.db"
ENV_VAR = "MATERIEL_DB"
_WRITE = "materiel_write"
_PG_LOCK = 0x6D617465  # "mate": the advisory lock every PostgreSQL writer takes
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def resolve_url(db: str | None = None) -> str:
    """The SQLAlchemy URL of `db`, else of $MATERIEL_DB, else of ./materiel.db."""
    value = (db or os.environ.get(ENV_VAR) or DEFAULT_DB).strip()
    if "://" not in value:
        return "sqlite:///" + str(Path(value).expanduser().resolve())
    for prefix in ("postgres://", "postgresql://"):
        if value.startswith(prefix):
            return "postgresql+psycopg://" + value[len(prefix):]
    return value


def _display(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _sqlite_events(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=60000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "BEGIN")


def _pg_events(engine: Engine) -> None:
    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        if conn.get_execution_options().get(_WRITE):
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK})")


def create(url: str) -> Engine:
    """An engine for `url`, checked by connecting once; a clear StoreError otherwise."""
    shown = _display(url)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"cannot open database {shown!r}: not a database URL or file path") from None
    backend = parsed.get_backend_name()
    if backend == "sqlite" and parsed.database and parsed.database != ":memory:":
        folder = Path(parsed.database).parent
        if not folder.is_dir():
            raise StoreError(f"cannot open database {shown!r}: folder {str(folder)!r} does not exist")
    try:
        engine = create_engine(url, future=True, pool_pre_ping=backend != "sqlite")
    except ImportError as exc:
        hint = " (install the PostgreSQL driver: pip install 'materiel[pg]')" if backend == "postgresql" else ""
        raise StoreError(f"cannot open database {shown!r}: missing driver {exc.name or exc}{hint}") from None
    except (ArgumentError, SQLAlchemyError) as exc:
        raise StoreError(f"cannot open database {shown!r}: {_reason(exc)}") from None
    if backend == "sqlite":
        _sqlite_events(engine)
    elif backend == "postgresql":
        _pg_events(engine)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(f"cannot open database {shown!r}: {_reason(exc)}") from None
    return engine


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    first = str(orig).strip().splitlines()
    return first[0] if first else type(orig).__name__


def alembic_config(conn: Connection) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


@cache  # the migrations ship with the package: read once per process, not at every open_store (~0.05 s)
def head_revision() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Run the Alembic migrations up to head, under the writer lock; a no-op when up to date."""
    if current_revision(engine) == head_revision():
        return
    from alembic import command

    try:
        with engine.execution_options(**{_WRITE: True}).begin() as conn:
            command.upgrade(alembic_config(conn), "head")
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot migrate database {_display(str(engine.url))!r}: {_reason(exc)}") from None


class Store:
    """An open store: `read()` and `write()` give sessions; each `write()` is one transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._writer = engine.execution_options(**{_WRITE: True})

    @property
    def url(self) -> str:
        return _display(str(self.engine.url))

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with Session(self._writer, expire_on_commit=False) as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(db: str | None = None, migrate: bool = True, create_missing: bool = True) -> Store:
    """Open the store at `db` (a URL or file path; see `resolve_url`); a SQLite file is created when
    missing unless `create_missing` is False (commands that only read say so instead)."""
    url = resolve_url(db)
    if not create_missing:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:" \
                and not Path(parsed.database).exists():
            raise StoreError(f"no store at {parsed.database!r}: add documents first (materiel add PATH --db ...)")
    engine = create(url)
    if migrate:
        try:
            upgrade(engine)
        except StoreError:
            engine.dispose()
            raise
        except SQLAlchemyError as exc:
            engine.dispose()
            raise StoreError(f"cannot open database {_display(str(engine.url))!r}: {_reason(exc)}") from None
    return Store(engine)
