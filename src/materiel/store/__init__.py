"""The knowledge base: documents, their transfer rows and events, and the consolidated register.

    from materiel.store import open_store, add
    with open_store("materiel.db") as store:
        summary = add(store, ["corpus/"], collection="ukraine")

See `db` (opening, migrations), `ingest` (adding), `consolidate` (records), `queries` and `export`.
"""
from __future__ import annotations

from materiel.store.db import Store, open_store, resolve_url
from materiel.store.errors import NotFound, StoreError
from materiel.store.ingest import Summary, add

__all__ = ["NotFound", "Store", "StoreError", "Summary", "add", "open_store", "resolve_url"]
