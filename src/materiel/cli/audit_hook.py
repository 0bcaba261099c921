"""The command line's entries in the audit trail: `record(store, action, target, collection, **detail)`.

The CLI holds the database itself and reads everything (`Access.local`), but what it reads and exports
is recorded like the workbench's: `materiel show` ("read"), `search` and `register --text` ("search"),
`export` ("export"). The actor is "cli:" and the login name, the address "cli".

The trail lives in `materiel.security.audit` (`append(session, *, actor, action, target, collection, address,
detail)`, called inside a write transaction). When the store cannot be written (a read-only file), the
command still does its work and says on stderr that the entry was not recorded.
"""
from __future__ import annotations

import getpass
from typing import Any

from rich.markup import escape
from sqlalchemy.exc import SQLAlchemyError

from materiel.record.errors import MaterielError
from materiel.security import audit
from materiel.store import output


def actor() -> str:
    try:
        return "cli:" + getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without a passwd entry)
        return "cli:unknown"


def record(store: Any, action: str, target: str | None = None, collection: str | None = None,
           **detail: Any) -> bool:
    """Append one entry for the command line's user; True when it was written."""

    try:
        with store.write() as session:
            audit.append(session, actor=actor(), action=action, target=target, collection=collection,
                         address="cli", detail={k: v for k, v in detail.items() if v is not None} or None)
    except (MaterielError, SQLAlchemyError, OSError) as exc:
        output.console(stderr=True).print(f"[yellow]warning:[/yellow] not recorded in the audit trail: "
                                          f"{escape(str(exc))}", markup=True, highlight=False)
        return False
    return True


__all__ = ["actor", "record"]
