"""The analysts' actor aliases as a map (see `materiel.store.actor_aliases`): read by consolidation and
ingest, which apply every merge and alias to the parties of each row."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from materiel.store.review_schema import ActorAliasRow

Aliases = dict[str, str]


def load(session: Session) -> Aliases:
    """{alias (lowercased): actor id} of every alias."""
    return {a.lower(): i for a, i in session.execute(select(ActorAliasRow.alias, ActorAliasRow.actor_id))}


def follow(aliases: Aliases, actor_id: str | None, *names: str | None) -> str | None:
    """The actor `actor_id` (or one of its names) stands for after every merge; itself when none."""
    if not aliases or not actor_id:
        return actor_id
    for _ in range(8):  # a chain of merges, never a loop (merge refuses one)
        target = next((aliases[k.lower()] for k in (actor_id, *names) if k and k.lower() in aliases), None)
        if target is None or target == actor_id:
            return actor_id
        actor_id, names = target, ()
    return actor_id
