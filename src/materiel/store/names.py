"""Actors by name within a scope: which actors a scope's documents name, and their names (the actors a
piece of text designates: `materiel.store.lookup`). Actors are global rows; within a scope only those its
documents name exist, so that no name list, filter or autocompletion hints at others (see
`materiel.store.scope`)."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, exists, select
from sqlalchemy.orm import Session

from materiel.store.schema import ActorRow, DocActorRow
from materiel.store.scope import ScopeLike, in_scope


def named_in(scope: ScopeLike) -> ColumnElement[bool] | None:
    """The condition that an actor is named by a document within `scope` (None: no restriction). Actors
    are global rows; within a scope, only those its documents name exist (index on doc_actors)."""
    cond = in_scope(DocActorRow.collection, scope)
    if cond is None:
        return None
    return exists(select(DocActorRow.actor_id).where(DocActorRow.actor_id == ActorRow.id, cond))


def actor_names(session: Session, ids: Iterable[str | None], *, scope: ScopeLike) -> dict[str, str]:
    """{id: name} of the actors `ids`; within a scope, only of actors its documents name."""
    wanted = sorted({i for i in ids if i})
    names: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        q = select(ActorRow.id, ActorRow.name).where(ActorRow.id.in_(chunk))
        cond = named_in(scope)
        names.update(session.execute(q if cond is None else q.where(cond)).all())
    return names
