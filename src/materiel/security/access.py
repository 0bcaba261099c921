"""Who is asking, and what they may read: need-to-know over collections.

An `Access` is computed once per request (web) or per command (CLI) and passed down to every query.
`readable` is the set of collections the caller may read; None means every collection (the CLI, which
holds the database file itself, and the workbench's single-user mode on loopback). An administrator
manages accounts and grants but reads only what a grant gives them, like everyone else.

Every store query that lists, counts or shows content takes the result of `Access.scope(requested)`:
None (no restriction), or a frozenset of collections (possibly empty: nothing is visible).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from materiel.record.errors import AccessDenied

Scope = frozenset[str] | None


@dataclass(frozen=True)
class Access:
    user: str | None = None  # the account's name; None: the local user (CLI, single-user workbench)
    admin: bool = False
    readable: frozenset[str] | None = None  # None: every collection
    writable: frozenset[str] | None = None  # None: every collection
    address: str | None = None  # where the request came from ("cli" for the command line)
    via: str = field(default="local")  # "session", "token", "local", "anonymous"

    @classmethod
    def local(cls, address: str | None = None) -> Access:
        """The single user of a local store: reads and writes everything."""
        return cls(address=address)

    @classmethod
    def anonymous(cls, address: str | None = None) -> Access:
        """Nobody signed in where accounts are required: reads and writes nothing."""
        return cls(readable=frozenset(), writable=frozenset(), address=address, via="anonymous")

    @classmethod
    def for_user(cls, user: str, grants: Iterable[tuple[str, str]], admin: bool = False,
                 address: str | None = None, via: str = "session") -> Access:
        """An account with its (collection, "read"|"write") grants; a write grant includes reading."""
        pairs = list(grants)
        return cls(user=user, admin=admin, readable=frozenset(c for c, _ in pairs),
                   writable=frozenset(c for c, level in pairs if level == "write"), address=address, via=via)

    @property
    def who(self) -> str:
        """The name the audit trail records."""
        return self.user or ("anonymous" if self.via == "anonymous" else "local")

    @property
    def everything(self) -> bool:
        return self.readable is None

    def can_read(self, collection: str) -> bool:
        return self.readable is None or collection in self.readable

    def can_write(self, collection: str) -> bool:
        return self.writable is None or collection in self.writable

    def check_read(self, collection: str) -> None:
        if not self.can_read(collection):
            raise AccessDenied(f"{self.who} has no grant to read collection {collection!r}")

    def check_write(self, collection: str) -> None:
        if not self.can_write(collection):
            raise AccessDenied(f"{self.who} has no grant to add to collection {collection!r}")

    def scope(self, requested: str | None = None) -> Scope:
        """The collections a query may look at: `requested` (when given) within what is readable.
        Asking for a collection without a grant is refused whether or not it exists."""
        if requested:
            self.check_read(requested)
            return frozenset({requested})
        return self.readable


LOCAL = Access.local()

__all__ = ["LOCAL", "Access", "Scope"]
