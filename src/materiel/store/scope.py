"""Need-to-know in the store: which collections a query may look at.

Every function of the store that lists, counts or shows content takes a keyword `scope`, with no default
(fail closed: a caller says `scope=None` to mean everything, as the CLI does):

    None                  no restriction (the CLI, the single local user): queries are unchanged
    "name"                one collection (what `--collection name` always meant)
    a set of names        those collections (what an account's grants allow); an empty set: nothing

The rule is the same everywhere: what lies outside the scope is not returned, not counted and not hinted
at (no name, no total, no "ambiguous" between a visible and a hidden object). Something outside the scope
is indistinguishable from something that does not exist: the same `NotFound`, with the same message.

`in_scope(column, scope)` is the one condition every query adds; `restrict(q, column, scope)` adds it to a
SELECT unless the scope is None, so that unrestricted queries stay exactly as they were (and as fast).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, Self, TypeVar

from sqlalchemy import ColumnElement, false
from sqlalchemy.sql.elements import SQLCoreOperations

ScopeLike = str | frozenset[str] | set[str] | Iterable[str] | None


class Filterable(Protocol):
    """What `restrict` adds a condition to: a SELECT (or anything with `where`)."""

    def where(self, *whereclause: ColumnElement[bool]) -> Self: ...


Q = TypeVar("Q", bound=Filterable)


def normalize(scope: ScopeLike) -> frozenset[str] | None:
    """The scope as a frozenset, or None for no restriction ("" is no restriction too, like a blank
    `?collection=`)."""
    if scope is None:
        return None
    if isinstance(scope, str):
        return frozenset({scope}) if scope else None
    return frozenset(scope)


def in_scope(column: SQLCoreOperations[str | None], scope: ScopeLike) -> ColumnElement[bool] | None:
    """The condition `column` (a collection column) is within `scope`; None when there is no restriction."""
    s = normalize(scope)
    if s is None:
        return None
    if not s:
        return false()
    if len(s) == 1:
        return column == next(iter(s))
    return column.in_(sorted(s))


def restrict(q: Q, column: SQLCoreOperations[str | None], scope: ScopeLike) -> Q:
    """`q.where(in_scope(column, scope))`, or `q` itself when the scope is None."""
    cond = in_scope(column, scope)
    return q if cond is None else q.where(cond)


def visible(collection: str | None, scope: ScopeLike) -> bool:
    """Whether an object of `collection` may be shown within `scope` (for rows read by primary key)."""
    s = normalize(scope)
    return s is None or collection in s


def restricted(scope: ScopeLike) -> bool:
    return normalize(scope) is not None


def narrow(scope: ScopeLike, collection: str | None) -> ScopeLike:
    """`scope` narrowed to `collection` when one is asked for (a filter, like `--collection`): the
    collections of both; `scope` itself otherwise."""
    if not collection:
        return scope
    s = normalize(scope)
    return frozenset({collection}) if s is None else s & {collection}


__all__ = ["ScopeLike", "in_scope", "narrow", "normalize", "restrict", "restricted", "visible"]
