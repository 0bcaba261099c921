"""Actors: the list with their counts, and one actor's profile (transfers in and out by counterpart
and item, events, first and last seen, documents). An actor is one canonical id, whichever
documents resolved it.

Within a scope (see `materiel.store.scope`) an actor exists only if a document of the scope names it, and
every count, date and list of its profile comes from the scope's documents: the global counts kept on
the actors table (n_documents, first_seen, last_seen) are read only when there is no restriction."""
from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from materiel.record.vocabulary import STAGES as STAGE_ORDER
from materiel.store.consolidate import stage_factualities
from materiel.store.lookup import one_actor
from materiel.store.names import actor_names
from materiel.store.review_schema import KEPT
from materiel.store.rows import Row, document_dict, event_dict, iso
from materiel.store.schema import ActorRow, DocActorRow, DocumentRow, EventRow, MentionRow, RecordRow
from materiel.store.scope import ScopeLike, restrict, restricted


def _documents(session: Session, actor_id: str | None,
               scope: ScopeLike) -> Select[str, int, date | None, date | None]:
    """(actor_id, documents, first published, last published) from doc_actors, which holds every actor a
    document names, in its text or its rows and events."""
    q = select(DocActorRow.actor_id, func.count(), func.min(DocActorRow.published), func.max(DocActorRow.published))
    if actor_id is not None:
        q = q.where(DocActorRow.actor_id == actor_id)
    q = restrict(q, DocActorRow.collection, scope)
    return q.group_by(DocActorRow.actor_id)


def _counts(session: Session, column: Any, id_column: Any, scope: ScopeLike, distinct: Any = None) -> Counter[str]:
    q = select(column, func.count(func.distinct(distinct)) if distinct is not None else func.count())
    if restricted(scope):
        q = restrict(q.join(DocumentRow, DocumentRow.id == id_column), DocumentRow.collection, scope)
    q = q.where(column.is_not(None))
    return Counter(dict(session.execute(q.group_by(column)).all()))


def actors(session: Session, *, scope: ScopeLike, kind: str | None = None, min_documents: int = 1) -> list[Row]:
    """Every actor with documents, transfers out (as supplier) and in (as recipient), events, first and
    last seen; most documented first. Within a scope, only actors its documents name, with
    counts from those documents."""
    scoped = restricted(scope)
    if scoped:
        min_documents = max(min_documents, 1)  # an actor no document of the scope names does not exist there
    docs = ({a: (n, first, last) for a, n, first, last in session.execute(_documents(session, None, scope))}
            if scoped else {a: (n, first, last) for a, n, first, last in session.execute(
                select(ActorRow.id, ActorRow.n_documents, ActorRow.first_seen, ActorRow.last_seen))})
    out_ = _counts(session, MentionRow.supplier_id, MentionRow.document_id, scope, MentionRow.record_id)
    in_ = _counts(session, MentionRow.recipient_id, MentionRow.document_id, scope, MentionRow.record_id)
    ev = _counts(session, EventRow.actor_id, EventRow.document_id, scope)
    ev.update(_counts(session, EventRow.target_id, EventRow.document_id, scope))
    rows = []
    aq = select(ActorRow).where(ActorRow.kind == kind) if kind else select(ActorRow)
    for a in session.scalars(aq):
        n, first, last = docs.get(a.id, (0, None, None))
        if n < min_documents:
            continue
        rows.append({"id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "documents": n,
                     "transfers_out": out_.get(a.id, 0), "transfers_in": in_.get(a.id, 0),
                     "events": ev.get(a.id, 0), "first_seen": iso(first), "last_seen": iso(last)})
    return sorted(rows, key=lambda r: (-r["documents"], r["name"].lower()))


def find_actor(session: Session, name: str, *, scope: ScopeLike) -> ActorRow:
    """The actor `name` designates within `scope`: by id, name, alias or prefix (see `materiel.store.lookup`);
    among the actors its documents name only (neither "not found" nor "ambiguous" tells of another)."""
    return one_actor(session, name, scope=scope)


def _by_counterpart(session: Session, actor_id: str, side: str, scope: ScopeLike,
                    limit: int) -> tuple[list[Row], int]:
    """The actor's records grouped by counterpart (`side`: "recipient" for what it supplies, "supplier"
    for what it receives) and item: the `limit` groups with the newest records, and how many records the
    actor has that way. First the groups, from the index alone, then the full aggregates (records, mentions, most
    sources, stages, latest stage, contradiction, dates, record ids) of the groups shown."""
    me, other = ((RecordRow.supplier_id, RecordRow.recipient_id) if side == "recipient"
                 else (RecordRow.recipient_id, RecordRow.supplier_id))
    item = func.coalesce(RecordRow.designation, RecordRow.category)
    # newest records first, read off ix_records_order, until `limit` groups are found
    kept = KEPT  # records whose mentions were all rejected are out (reviews)
    q = select(other, RecordRow.designation, RecordRow.category).where(me == actor_id, kept)
    n = select(func.count()).select_from(RecordRow).where(me == actor_id, kept)
    q, n = restrict(q, RecordRow.collection, scope), restrict(n, RecordRow.collection, scope)
    shown: list[tuple[str | None, str]] = []
    newest = session.execute(q.order_by(RecordRow.first_date.desc().nulls_last(), RecordRow.id.desc())
                             .execution_options(yield_per=4 * limit))  # read lazily: stop early
    for cid, designation, category in newest:
        if (cid, designation or category) not in shown:
            shown.append((cid, designation or category))
            if len(shown) == limit:
                break
    newest.close()
    if not shown:
        return [], 0
    total = session.scalar(n) or 0
    full = (select(RecordRow).where(me == actor_id, kept)
            .where(or_(*(and_(other == cid if cid is not None else other.is_(None), item == it) for cid, it in shown))))
    full = restrict(full, RecordRow.collection, scope)
    by_group: dict[tuple[str | None, str], list[RecordRow]] = {}
    for r in session.scalars(full):
        by_group.setdefault((getattr(r, side + "_id"), r.designation or r.category), []).append(r)
    names = actor_names(session, [g[0] for g in shown], scope=scope)
    facts = _stage_facts(session, by_group)
    out = []
    for cid, it in shown:
        rs = by_group.get((cid, it), [])
        if not rs:
            continue
        latest = max(rs, key=lambda r: (r.last_date or r.last_seen or date.min, r.id))
        seen = {s for r in rs for s in (r.stages or "").split(",") if s}
        firsts = [r.first_date for r in rs if r.first_date]
        lasts = [r.last_date for r in rs if r.last_date]
        out.append({"counterpart_id": cid, "counterpart": names.get(cid or "", cid), "item": it,
                    "category": rs[0].category, "records": len(rs), "mentions": sum(r.n_mentions for r in rs),
                    "sources": max(r.sources for r in rs), "stages": [s for s in STAGE_ORDER if s in seen],
                    "stage_factuality": facts.get((cid, it), {}),
                    "latest_stage": latest.latest_stage, "contradiction": any(r.contradiction for r in rs),
                    "first_date": iso(min(firsts)) if firsts else None, "last_date": iso(max(lasts)) if lasts else None,
                    "record_ids": sorted(r.id for r in rs)})
    return out, total


def _stage_facts(session: Session, groups: dict[tuple[str | None, str], list[RecordRow]]) -> dict[tuple[str | None, str], dict[str, str]]:
    """For each group of records, every stage its mentions report with its factuality (see
    `consolidate.stage_factualities`), so that a negated delivery never reads as a delivery."""
    group_of = {r.id: g for g, rs in groups.items() for r in rs}
    pairs: dict[tuple[str | None, str], list[tuple[str, str]]] = {}
    ids = sorted(group_of)
    for start in range(0, len(ids), 500):
        q = select(MentionRow.record_id, MentionRow.stage, MentionRow.factuality).where(
            MentionRow.record_id.in_(ids[start:start + 500]))
        for rid, stage, fact in session.execute(q):
            if rid is not None:
                pairs.setdefault(group_of[rid], []).append((stage, fact))
    return {g: stage_factualities(p) for g, p in pairs.items()}


def _events(session: Session, actor_id: str, scope: ScopeLike, limit: int) -> tuple[list[Row], list[Row]]:
    """The actor's latest events (as actor or target) and its event counts by type and role."""
    pairs: dict[int, tuple[EventRow, DocumentRow]] = {}
    by_type: list[Row] = []
    for role, column in (("actor", EventRow.actor_id), ("target", EventRow.target_id)):
        q = select(EventRow, DocumentRow).join(DocumentRow, DocumentRow.id == EventRow.document_id).where(column == actor_id)
        c = select(EventRow.type, func.count()).where(column == actor_id)
        if restricted(scope):
            q = restrict(q, DocumentRow.collection, scope)
            c = restrict(c.join(DocumentRow, DocumentRow.id == EventRow.document_id), DocumentRow.collection, scope)
        for e, d in session.execute(q.order_by(EventRow.day.desc().nulls_last(), EventRow.id.desc()).limit(limit)):
            pairs[e.id] = (e, d)
        by_type += [{"type": t, "role": role, "count": n} for t, n in session.execute(c.group_by(EventRow.type))]
    latest = sorted(pairs.values(), key=lambda p: (p[0].day or date.min, p[0].id), reverse=True)[:limit]
    names = actor_names(session, [x for e, _ in latest for x in (e.actor_id, e.target_id)], scope=scope)
    return [event_dict(e, names, d) for e, d in latest], sorted(by_type, key=lambda r: (r["type"], r["role"]))


def profile(session: Session, name: str, *, scope: ScopeLike, limit: int = 20) -> Row:
    """One actor: who it supplies and what, who supplies it (the `limit` counterpart-and-item groups with
    the newest records each way, and its number of records each way), its latest events and documents, its event
    counts by type, when it was first and last seen, and how documents write its name. Within a scope,
    all of it from the scope's documents; an actor none of them names is not found."""
    a = find_actor(session, name, scope=scope)
    if restricted(scope):
        counts = session.execute(_documents(session, a.id, scope)).first()
        n_docs, first, last = (counts[1], counts[2], counts[3]) if counts else (0, None, None)
    else:
        n_docs, first, last = a.n_documents, a.first_seen, a.last_seen
    q = select(DocumentRow).join(DocActorRow, DocActorRow.document_id == DocumentRow.id).where(DocActorRow.actor_id == a.id)
    q = restrict(q, DocActorRow.collection, scope)
    docs = session.scalars(q.order_by(DocActorRow.published.desc().nulls_last(), DocActorRow.document_id).limit(limit))
    ev_rows, by_type = _events(session, a.id, scope, limit)
    out_groups, n_out = _by_counterpart(session, a.id, "recipient", scope, limit)
    in_groups, n_in = _by_counterpart(session, a.id, "supplier", scope, limit)
    return {
        "actor": {"id": a.id, "name": a.name, "kind": a.kind, "country": a.country},
        "first_seen": iso(first), "last_seen": iso(last), "documents": n_docs,
        "transfers_out": out_groups, "transfers_out_records": n_out,
        "transfers_in": in_groups, "transfers_in_records": n_in,
        "events_by_type": by_type,
        "events": ev_rows,
        "document_list": [document_dict(d) for d in docs],
        "aliases": sorted({t for (t,) in session.execute(restrict(
            select(DocActorRow.text).where(DocActorRow.actor_id == a.id), DocActorRow.collection, scope)
            .distinct().limit(50))}),
    }
