"""The knowledge base: documents, their transfer rows and events, and the consolidated register.

    from materiel.store import open_store, add
    from materiel.store.filters import RegisterFilter
    from materiel.store.queries import register
    with open_store("materiel.db") as store:
        summary = add(store, ["corpus/"], collection="ukraine")

    with open_store("materiel.db") as store, store.read() as session:
        rows = register(session, RegisterFilter(supplier="Norway"), scope=None)  # scope=None: everything

See `db` (opening, migrations), `ingest` and `writer` (adding), `consolidate` (records), `filters` (the
register's one filter), `queries` (reading: every function takes a keyword `scope`, no default) and `export`.
"""
from __future__ import annotations

from materiel.store.db import Store, open_store, resolve_url
from materiel.store.errors import NotFound, StoreError
from materiel.store.ingest import Summary, add

__all__ = ["NotFound", "Store", "StoreError", "Summary", "add", "open_store", "resolve_url"]
