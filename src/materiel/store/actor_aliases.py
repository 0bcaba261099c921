"""Analysts' actor merges and aliases (table `actor_aliases`, `review_schema.ActorAliasRow`).

- `merge(FROM, INTO)`: "Mr Blair" is "Tony Blair": FROM's id and name become aliases of INTO, and every
  mention naming FROM as supplier or recipient is consolidated as naming INTO (the machine's reading is
  kept; `mentions.record_key`, the consolidation's column, follows).
- `alias(ACTOR, NAME)`: NAME stands for ACTOR; an actor of the store with that id or name is merged into it.
- Documents added later: ingest reads each row's parties through the aliases (`canonical`): an id or a
  name (as resolved, or as written) that is an alias gives the actor it stands for, and a new id found
  that way is recorded as an alias too, so that consolidation reads it alike.
"""
from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from materiel.store import consolidate
from materiel.store.alias_map import follow, load
from materiel.store.errors import StoreError
from materiel.store.review_schema import ActorAliasRow, ReviewRow
from materiel.store.reviews import effective_key
from materiel.store.schema import ActorRow, DocumentRow, MentionRow


def _put(session: Session, alias: str, actor_id: str, kind: str, by: str) -> None:
    row = session.get(ActorAliasRow, alias.lower()[:300])
    if row is None:
        session.add(ActorAliasRow(alias=alias.lower()[:300], actor_id=actor_id, kind=kind, added_by=by,
                                  at=datetime.now(UTC)))
    else:
        row.actor_id, row.kind, row.added_by, row.at = actor_id, kind, by, datetime.now(UTC)
    session.flush()


def _rekey(session: Session, actor_id: str) -> int:
    """Consolidate again every mention naming `actor_id` as a party (through the aliases)."""
    aliases = load(session)
    q = (select(MentionRow, DocumentRow.collection, ReviewRow.corrections)
         .join(DocumentRow, DocumentRow.id == MentionRow.document_id)
         .outerjoin(ReviewRow, ReviewRow.mention_id == MentionRow.id)
         .where(or_(MentionRow.supplier_id == actor_id, MentionRow.recipient_id == actor_id)))
    keys: set[str] = set()
    for m, collection, corrections in session.execute(q).all():
        key = effective_key(m, collection, corrections or {}, aliases)
        keys |= {m.record_key, key}
        m.record_key = key
    session.flush()
    consolidate.refresh(session, keys)
    return len(keys)


def merge(session: Session, source: str, into: str, *, by: str) -> dict[str, object]:
    a, b = session.get(ActorRow, source), session.get(ActorRow, into)
    if a is None or b is None:
        raise StoreError(f"no actor {source if a is None else into!r}: give actor ids (see `materiel actors`)")
    if follow(load(session), b.id) == a.id or a.id == b.id:
        raise StoreError(f"{b.id!r} is already {a.id!r} (or merged into it): a merge cannot make a loop")
    _put(session, a.id, b.id, "id", by)
    _put(session, a.name, b.id, "name", by)
    return {"merged": a.id, "into": b.id, "records": _rekey(session, a.id)}


def alias(session: Session, actor: str, name: str, *, by: str) -> dict[str, object]:
    target = session.get(ActorRow, actor)
    if target is None:
        raise StoreError(f"no actor {actor!r}: give an actor id (see `materiel actors`)")
    if not name.strip():
        raise StoreError("an alias needs a name")
    _put(session, name.strip(), target.id, "name", by)
    same = [i for i in session.scalars(select(ActorRow.id).where(or_(ActorRow.id == name.strip(),
                                                                      ActorRow.name == name.strip()))) if i != target.id]
    merged = [merge(session, i, target.id, by=by) for i in same]
    return {"alias": name.strip(), "actor": target.id, "merged": [m["merged"] for m in merged]}


def of(session: Session, actor_id: str) -> list[dict[str, str]]:
    """The analysts' aliases that stand for `actor_id` (merged actors' ids and names, added names)."""
    q = select(ActorAliasRow).where(ActorAliasRow.actor_id == actor_id).order_by(ActorAliasRow.alias)
    return [{"alias": a.alias, "kind": a.kind, "added_by": a.added_by} for a in session.scalars(q)]
