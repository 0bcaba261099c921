"""Watchlists: saved register filters with a name and an owner (issue 16).

A watchlist holds a `RegisterFilter` (`materiel.store.filters`, the one `materiel register` and the
workbench's /register build) as asked, except that each actor side may name several actors
(`--recipient MLI --recipient BFA`: either). Each name is resolved when the watchlist is saved, by the one
resolver (`materiel.store.lookup`, within what the owner may read; a name the store has not seen yet is looked
up in the reference data, so that a watchlist can wait for an actor), and the ids are kept: matching a record
is then a query on the records table (`select_matching`). Paging and sorting are not part of a watchlist.

The owner is an account's name, or None for the local user (the CLI, the single-user workbench), who reads
everything. `readable_by(session, owner)` is what an owner may read now: every check of need-to-know on a
watchlist (its alerts, its feed, its deliveries) reads it again at that moment.
"""
from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Select, and_, delete, select
from sqlalchemy.orm import Session

from materiel.store.errors import NotFound, StoreError
from materiel.store.filters import ACTOR_SIDES, RegisterFilter, select_records
from materiel.store.lookup import actor_ids, alias_ids
from materiel.store.schema import GrantRow, RecordRow, UserRow
from materiel.store.schema_watch import WatchlistRow
from materiel.store.scope import ScopeLike, normalize

UNSAVED = ("sort", "offset", "limit")  # a watchlist is a filter, not a page
DATES = ("since", "until")
CHANNELS = ("webhook", "email")
DEFAULT_EVERY = 60  # minutes between two e-mail digests


def readable_by(session: Session, owner: str | None) -> frozenset[str] | None:
    """The collections `owner` may read now: None (everything) for the local user, an account's grants
    otherwise (nothing when the account is gone)."""
    if owner is None:
        return None
    q = select(GrantRow.collection).join(UserRow, UserRow.id == GrantRow.user_id).where(UserRow.name == owner)
    return frozenset(session.scalars(q))


def _sides(f: RegisterFilter, actors: dict[str, list[str]] | None) -> dict[str, list[str]]:
    given = dict(actors or {})
    for side in ACTOR_SIDES:
        value = getattr(f, side)
        if value and side not in given:
            given[side] = [value]
    return {side: [n for n in names if n and n.strip()] for side, names in given.items() if names}


def resolve(session: Session, names: dict[str, list[str]], scope: ScopeLike) -> dict[str, list[str]]:
    """Each side's names -> the ids of the actors they designate (AmbiguousName, EmptyName as the register)."""
    out: dict[str, list[str]] = {}
    for side, given in names.items():
        ids: list[str] = []
        for name in given:
            found = actor_ids(session, name, scope=scope, what=side.replace("_", " ")) or sorted(alias_ids(session, name))
            if len(found) > 1:  # a name the reference data gives several actors ("Brussels"): not a guess
                raise StoreError(f"{side.replace('_', ' ')} {name!r} is ambiguous: {', '.join(found)}; give the id")
            if not found:
                raise StoreError(f"no actor {name!r} in the store or the reference data (see `materiel actors`)")
            ids += [i for i in found if i not in ids]
        out[side] = ids
    return out


def filter_json(f: RegisterFilter, names: dict[str, list[str]]) -> dict[str, Any]:
    """The filter as stored: the fields that are set (dates as ISO text), actor sides as lists of names."""
    out: dict[str, Any] = {}
    for field in dataclasses.fields(f):
        value = getattr(f, field.name)
        if field.name in UNSAVED or field.name in ACTOR_SIDES or value in (None, "", False):
            continue
        out[field.name] = value.isoformat() if isinstance(value, date) else value
    out.update(names)
    return out


def register_filter(stored: dict[str, Any]) -> RegisterFilter:
    """The RegisterFilter of a stored filter, its actor sides left out (they match by the resolved ids)."""
    values = {k: v for k, v in stored.items() if k not in ACTOR_SIDES and k in RegisterFilter.__dataclass_fields__}
    for k in DATES:
        if values.get(k):
            values[k] = date.fromisoformat(values[k])
    return RegisterFilter(**values)


def create(session: Session, name: str, f: RegisterFilter, *, owner: str | None = None,
           actors: dict[str, list[str]] | None = None, webhook_url: str | None = None,
           webhook_secret: str | None = None, email: str | None = None, email_every: int = DEFAULT_EVERY,
           now: datetime | None = None) -> WatchlistRow:
    """Save `f` (and `actors`: side -> names, for several actors on a side) as `owner`'s watchlist `name`."""
    name = (name or "").strip()
    if not name or len(name) > 200:
        raise StoreError("give the watchlist a name (at most 200 characters)")
    if _find(session, name, owner) is not None:
        raise StoreError(f"{_whose(owner)} already has a watchlist {name!r}")
    names = _sides(f, actors)
    resolved = resolve(session, names, readable_by(session, owner))
    row = WatchlistRow(name=name, owner=owner, filter=filter_json(f, names), actors=resolved,
                       created_at=now or datetime.now(UTC), webhook_url=webhook_url or None,
                       webhook_secret=webhook_secret or None, email=email or None, email_every=email_every)
    session.add(row)
    session.flush()
    return row


def _whose(owner: str | None) -> str:
    return f"account {owner!r}" if owner else "the local user"


def _find(session: Session, name: str, owner: str | None) -> WatchlistRow | None:
    who = WatchlistRow.owner.is_(None) if owner is None else WatchlistRow.owner == owner
    return session.scalar(select(WatchlistRow).where(WatchlistRow.name == name, who))


def get(session: Session, ref: str | int, owner: str | None | bool = True) -> WatchlistRow:
    """The watchlist with this id or name; `owner` True: anyone's (the CLI), else only that owner's
    (another owner's watchlist is not found, word for word like one that does not exist)."""
    row: WatchlistRow | None = None
    if isinstance(ref, int) or str(ref).isdigit():
        row = session.get(WatchlistRow, int(ref))
    if row is None:
        q = select(WatchlistRow).where(WatchlistRow.name == str(ref)).order_by(WatchlistRow.id)
        row = session.scalars(q).first() if owner is True else _find(session, str(ref), owner)  # type: ignore[arg-type]
    if row is None or (owner is not True and row.owner != owner):
        raise NotFound(f"no watchlist {str(ref)!r} (see `materiel watchlists list`)")
    return row


def listing(session: Session, owner: str | None | bool = True) -> list[WatchlistRow]:
    """Every watchlist (`owner` True), or one owner's."""
    q = select(WatchlistRow).order_by(WatchlistRow.id)
    if owner is not True:
        q = q.where(WatchlistRow.owner.is_(None) if owner is None else WatchlistRow.owner == owner)
    return list(session.scalars(q))


def remove(session: Session, row: WatchlistRow) -> None:
    session.execute(delete(WatchlistRow).where(WatchlistRow.id == row.id))


def select_matching(session: Session, row: WatchlistRow, scope: ScopeLike) -> Select[Any]:
    """The records `row` matches within `scope` (the owner's, read by the caller)."""
    q = select_records(session, register_filter(row.filter), scope=scope)
    sides = [getattr(RecordRow, f"{side}_id").in_(ids) for side, ids in (row.actors or {}).items()]
    return q.where(and_(*sides)) if sides else q


def describe(row: WatchlistRow) -> dict[str, Any]:
    """The watchlist as listings show it (the webhook's secret is never shown again)."""
    return {"id": row.id, "name": row.name, "owner": row.owner, "filter": row.filter, "actors": row.actors,
            "created_at": _aware(row.created_at), "visited_at": _aware(row.visited_at), "webhook": row.webhook_url,
            "email": row.email, "email_every": row.email_every,
            "channels": [c for c, v in zip(CHANNELS, (row.webhook_url, row.email), strict=True) if v]}


def _aware(t: datetime | None) -> datetime | None:
    return t if t is None or t.tzinfo else t.replace(tzinfo=UTC)  # SQLite returns naive datetimes


def owner_scope(session: Session, row: WatchlistRow) -> frozenset[str] | None:
    """What the watchlist may see now: its owner's collections (see `readable_by`)."""
    return normalize(readable_by(session, row.owner))


__all__ = ["create", "describe", "filter_json", "get", "listing", "owner_scope", "readable_by", "register_filter",
           "remove", "resolve", "select_matching"]
