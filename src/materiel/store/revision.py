"""Development helper: autogenerate a new Alembic revision from `schema.py`.

    python -m materiel.store.revision "add a column"

It migrates a scratch SQLite file to the current head, compares it with the models and writes the
difference under `migrations/versions/`. Review the file before committing it.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

from materiel.store.db import MIGRATIONS


def main(message: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite:///{Path(tmp) / 'scratch.db'}")
        with engine.begin() as conn:
            cfg = Config()
            cfg.set_main_option("script_location", str(MIGRATIONS))
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            command.revision(cfg, message=message, autogenerate=True)
        engine.dispose()


if __name__ == "__main__":
    main(" ".join(sys.argv[1:]) or "change")
