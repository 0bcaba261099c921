"""Related reporting: other documents that share a document's transfer records and actors, ranked by
what they share (a shared record weighs more than a shared actor), never by popularity. Only documents
within the caller's scope are related: reporting elsewhere is neither listed nor counted."""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from materiel.store.names import actor_names
from materiel.store.rows import Row, document_dict
from materiel.store.schema import DocActorRow, DocumentRow, MentionRow
from materiel.store.scope import ScopeLike, restrict

RECORD_WEIGHT = 3
LIMIT = 10


def related(session: Session, doc_id: str, limit: int = LIMIT, *, scope: ScopeLike) -> list[Row]:
    """[{document fields, "records": [ids], "actors": [names], "score"}], best first."""
    records = set(session.scalars(select(MentionRow.record_id).where(MentionRow.document_id == doc_id,
                                                                     MentionRow.record_id.is_not(None))))
    actors = set(session.scalars(select(DocActorRow.actor_id).where(DocActorRow.document_id == doc_id)))
    shared: dict[str, dict[str, set[Any]]] = defaultdict(lambda: {"records": set(), "actors": set()})
    if records:
        q = select(MentionRow.document_id, MentionRow.record_id).where(
            MentionRow.record_id.in_(sorted(records)), MentionRow.document_id != doc_id)
        # a record never mixes collections: its other documents lie where this one does; twice sure
        q = restrict(q.join(DocumentRow, DocumentRow.id == MentionRow.document_id), DocumentRow.collection, scope)
        for d, r in session.execute(q):
            shared[d]["records"].add(r)
    if actors:
        qa = select(DocActorRow.document_id, DocActorRow.actor_id).where(
            DocActorRow.actor_id.in_(sorted(actors)), DocActorRow.document_id != doc_id)
        for d, a in session.execute(restrict(qa, DocActorRow.collection, scope)):
            shared[d]["actors"].add(a)
    if not shared:
        return []
    scored = sorted(shared.items(), key=lambda kv: (-(RECORD_WEIGHT * len(kv[1]["records"]) + len(kv[1]["actors"])),
                                                    -len(kv[1]["records"]), kv[0]))[:limit]
    docs = {d.id: d for d in session.scalars(restrict(select(DocumentRow).where(
        DocumentRow.id.in_([k for k, _ in scored])), DocumentRow.collection, scope))}
    names = actor_names(session, [a for _, s in scored for a in s["actors"]], scope=scope)
    out = []
    for d_id, s in scored:
        if d_id not in docs:
            continue
        out.append(document_dict(docs[d_id]) | {
            "shared_records": sorted(s["records"]),
            "shared_actors": sorted((names.get(a, a) for a in s["actors"]), key=str.lower),
            "score": RECORD_WEIGHT * len(s["records"]) + len(s["actors"])})
    return out
