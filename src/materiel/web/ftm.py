"""FtM download of the records a register page shows: the store's FollowTheMoney export
(`materiel.store.export_ftm.entities`) kept to those records, their articles, actors and mentions, all
within the caller's scope."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from materiel.store import export_ftm as ftm
from materiel.store.schema import MentionRow, RecordRow
from materiel.store.scope import ScopeLike, restrict


def entity_lines(session: Session, record_ids: list[int], *, scope: ScopeLike) -> list[dict[str, Any]]:
    ftm.ftm_model()  # a clear StoreError when followthemoney is not installed
    wanted: set[str] = set()
    chosen = set(record_ids)
    for start in range(0, len(record_ids), 500):
        chunk = record_ids[start:start + 500]
        for r in session.scalars(restrict(select(RecordRow).where(RecordRow.id.in_(chunk)), RecordRow.collection, scope)):
            wanted |= {ftm.record_entity_id(r.id), ftm.record_entity_id(r.id, "item"),
                       ftm.record_entity_id(r.id, "item-link")}
            wanted |= {ftm.actor_entity_id(a) for a in (r.supplier_id, r.recipient_id) if a}
        for m in session.scalars(select(MentionRow).where(MentionRow.record_id.in_(chunk))):
            wanted.add(ftm.record_entity_id(m.id, "mention"))
            wanted.add(ftm.doc_entity_id(m.document_id))
            if m.intermediary_id:
                wanted.add(ftm.actor_entity_id(m.intermediary_id))
            if m.intercepted_by_id and m.record_id is not None:  # the seizer and its link to the Event
                wanted.add(ftm.actor_entity_id(m.intercepted_by_id))
                wanted.add(ftm.record_entity_id(m.record_id, f"intercepted-by-{m.intercepted_by_id}"))
    if not chosen:
        return []
    return [e.to_dict() for e in ftm.entities(session, scope=scope) if e.id in wanted]
