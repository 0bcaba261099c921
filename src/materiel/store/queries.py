"""Read the store: the consolidated register, one record with both sides, sources, events, a document.

Every function takes a Session and returns plain rows (dicts of JSON-ready values) so that the CLI,
the exports and the Python API print them as tables, JSON Lines or CSV alike. Every function that reads
content takes a `scope` (see `materiel.store.scope`): None for everything, a collection or a set of them;
what lies outside it is neither returned nor counted, and an id outside it is `NotFound` like an unknown one.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import SQLCoreOperations

from materiel.store.errors import NotFound, StoreError
from materiel.store.fulltext import matching_documents
from materiel.store.schema import ActorRow, DocActorRow, DocumentRow, EventRow, ItemNameRow, MentionRow, RecordRow
from materiel.store.scope import ScopeLike, in_scope, restrict, visible

SHORT = 12  # characters of a document id shown in listings

Row = dict[str, Any]


def short(doc_id: str | None) -> str | None:
    return doc_id[:SHORT] if doc_id else None


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def named_in(scope: ScopeLike) -> ColumnElement[bool] | None:
    """The condition that an actor is named by a document within `scope` (None: no restriction). Actors
    are global rows; within a scope, only those its documents name exist (index on doc_actors)."""
    cond = in_scope(DocActorRow.collection, scope)
    if cond is None:
        return None
    return exists(select(DocActorRow.actor_id).where(DocActorRow.actor_id == ActorRow.id, cond))


def actor_names(session: Session, ids: Iterable[str | None], scope: ScopeLike = None) -> dict[str, str]:
    """{id: name} of the actors `ids`; within a scope, only of actors its documents name."""
    wanted = sorted({i for i in ids if i})
    names: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        q = select(ActorRow.id, ActorRow.name).where(ActorRow.id.in_(chunk))
        cond = named_in(scope)
        names.update(session.execute(q if cond is None else q.where(cond)).all())
    return names


def match_actor_ids(session: Session, text: str, scope: ScopeLike = None) -> list[str]:
    """Actor ids whose id equals `text` (any case) or whose name contains it; within a scope, only actors
    its documents name (so that no name list, filter or autocompletion hints at others)."""
    t = text.strip().lower()
    q = select(ActorRow.id).where(or_(func.lower(ActorRow.id) == t, func.lower(ActorRow.name).contains(t)))
    cond = named_in(scope)
    return list(session.scalars(q if cond is None else q.where(cond)))


def _in_collection(collection: str) -> ColumnElement[bool]:
    return RecordRow.collection == collection


def _listed(column: SQLCoreOperations[str], value: str) -> ColumnElement[bool]:
    """`value` is one of the comma-separated values of `column`."""
    return ("," + column + ",").contains("," + value + ",")


ORDER = (RecordRow.supplier_id, RecordRow.recipient_id, RecordRow.category, RecordRow.designation,
         RecordRow.first_date, RecordRow.id)  # the register's default order: index ix_records_order
SORTS: dict[str, Any] = {
    "supplier": RecordRow.supplier_id, "recipient": RecordRow.recipient_id,
    "item": func.lower(func.coalesce(RecordRow.designation, RecordRow.item_text)),
    "category": RecordRow.category, "stage": RecordRow.latest_stage, "factuality": RecordRow.factuality,
    "sources": RecordRow.sources, "mentions": RecordRow.n_mentions, "documents": RecordRow.n_documents,
    "first_date": RecordRow.first_date, "last_date": RecordRow.last_date, "confidence": RecordRow.confidence,
    "record": RecordRow.id,
}
DEFAULT_LIMIT = 100  # what the CLI and the web pages show unless asked for more


@dataclass
class RegisterFilter:
    supplier: str | None = None
    recipient: str | None = None
    item: str | None = None
    category: str | None = None
    stage: str | None = None
    intercepted_by: str | None = None  # who seized the shipment: an actor id or part of its name
    factuality: str | None = None
    since: date | None = None
    until: date | None = None
    min_sources: int | None = None
    min_confidence: float | None = None  # records whose confidence (the highest of their mentions') is at least this
    collection: ScopeLike = None  # a collection, a set of them (a scope), or None for every collection
    contradictions: bool = False
    text: str | None = None  # full-text query over the records' documents (see `search`)
    sort: str | None = None  # a key of SORTS, "-" in front for descending; default ORDER
    offset: int = 0
    limit: int | None = None  # None: every record


def _item_condition(session: Session, item: str) -> ColumnElement[bool]:
    """Records whose item is named with `item` in it: its designation, category, or the text of one of
    its rows. The words are looked up in item_names (small), the records then read off the indexes of
    designation and category."""
    t = f"%{item.strip().lower()}%"
    named = session.execute(select(ItemNameRow.designation, ItemNameRow.category)
                            .where(ItemNameRow.name.like(t)).distinct()).all()
    categories = session.scalars(select(ItemNameRow.category).distinct()).all()
    designations = sorted({d for d, _ in named if d})
    generic = sorted({c for d, c in named if not d})
    whole = sorted(c for c in categories if item.strip().lower() in c.lower())
    return or_(RecordRow.designation.in_(designations),
               and_(RecordRow.designation.is_(None), RecordRow.category.in_(generic)),
               RecordRow.category.in_(whole))


def _order(sort: str | None) -> list[Any]:
    if not sort:
        return list(ORDER)
    key = sort.lstrip("-")
    if key not in SORTS:
        raise StoreError(f"cannot sort the register by {sort!r}: give one of {', '.join(SORTS)} ('-' for descending)")
    column = SORTS[key]
    return [column.desc() if sort.startswith("-") else column.asc(), RecordRow.id]


def _register_query(session: Session, f: RegisterFilter) -> Select[Any]:
    """The records `f` selects, in order; the filters read only the records table and its indexes,
    except --collection and --text, which look at the documents of the records' mentions."""
    q = select(RecordRow)
    for column, value in ((RecordRow.supplier_id, f.supplier), (RecordRow.recipient_id, f.recipient),
                          (RecordRow.intercepted_by_id, f.intercepted_by)):
        if value:
            q = q.where(column.in_(match_actor_ids(session, value)))
    if f.item:
        q = q.where(_item_condition(session, f.item))
    if f.category:
        q = q.where(func.lower(RecordRow.category) == f.category.lower())
    if f.stage:
        q = q.where(_listed(RecordRow.stages, f.stage))
    if f.factuality == "contested" or f.contradictions:
        q = q.where(RecordRow.contradiction.is_(True))
    if f.factuality and f.factuality != "contested":
        q = q.where(_listed(RecordRow.factualities, f.factuality))
    last = func.coalesce(RecordRow.last_date, RecordRow.last_seen)
    first = func.coalesce(RecordRow.first_date, RecordRow.first_seen)
    if f.since:
        q = q.where(last >= f.since)
    if f.until:
        q = q.where(first <= f.until)
    if f.min_sources:
        q = q.where(RecordRow.sources >= f.min_sources)
    if f.min_confidence is not None:
        q = q.where(RecordRow.confidence >= f.min_confidence)
    q = restrict(q, RecordRow.collection, f.collection)
    if f.text:
        q = q.where(RecordRow.id.in_(select(MentionRow.record_id).where(
            MentionRow.document_id.in_(matching_documents(session, f.text, scope=f.collection)))))
    q = q.order_by(*_order(f.sort))
    if f.offset:
        q = q.offset(f.offset)
    return q.limit(f.limit) if f.limit else q


def record_row(r: RecordRow, names: dict[str, str], detail: bool = True) -> Row:
    row: Row = {
        "record": r.id, "supplier": names.get(r.supplier_id or "", r.supplier_id), "supplier_id": r.supplier_id,
        "recipient": names.get(r.recipient_id or "", r.recipient_id), "recipient_id": r.recipient_id,
        "item": r.item_text, "designation": r.designation, "category": r.category,
        "quantity": int(r.quantity) if r.quantity is not None and r.quantity == int(r.quantity) else r.quantity,
        "latest_stage": r.latest_stage, "stages": r.stages.split(",") if r.stages else [],
        "intercepted_by": names.get(r.intercepted_by_id or "", r.intercepted_by_id),
        "intercepted_by_id": r.intercepted_by_id,
        "factuality": r.factuality, "sources": r.sources, "sources_against": r.sources_against,
        "contradiction": r.contradiction, "documents": r.n_documents, "mentions": r.n_mentions,
        "first_date": iso(r.first_date), "last_date": iso(r.last_date),
        "first_seen": iso(r.first_seen), "last_seen": iso(r.last_seen),
        "publishers": list(r.publishers or []), "confidence": r.confidence,
    }
    if detail:
        row["contradiction_detail"] = r.contradiction_detail
    return row


def register(session: Session, f: RegisterFilter | None = None) -> list[Row]:
    """The consolidated register, one row per record."""
    records = list(session.scalars(_register_query(session, f or RegisterFilter())))
    names = actor_names(session, [x for r in records for x in (r.supplier_id, r.recipient_id, r.intercepted_by_id)])
    return [record_row(r, names) for r in records]


def mention_dict(m: MentionRow, doc: DocumentRow | None = None) -> Row:
    row: Row = {
        "mention": m.id, "record": m.record_id, "document": short(m.document_id), "document_id": m.document_id,
        "supplier_id": m.supplier_id, "supplier_text": m.supplier_text, "recipient_id": m.recipient_id,
        "recipient_text": m.recipient_text, "intermediary_id": m.intermediary_id, "item": m.item_text,
        "designation": m.designation, "category": m.category, "quantity": m.quantity,
        "quantity_text": m.quantity_text, "stage": m.stage, "factuality": m.factuality,
        "denied_by_id": m.denied_by_id, "intercepted_by_id": m.intercepted_by_id,
        "intercepted_by_text": m.intercepted_by_text, "attribution": m.attribution_text,
        "attribution_source_id": m.attribution_source_id, "when": m.when_text, "when_start": iso(m.when_start),
        "when_end": iso(m.when_end), "where": m.where_text, "where_country": m.where_country,
        "evidence": m.evidence_text, "evidence_start": m.evidence_start, "evidence_end": m.evidence_end,
        "rule": m.rule, "confidence": m.confidence,
    }
    if doc is not None:
        row.update({"publisher": doc.publisher, "published": iso(doc.published), "title": doc.title,
                    "source": doc.source, "collection": doc.collection})
    return row


def record(session: Session, record_id: int, scope: ScopeLike = None) -> Row:
    """One record with every mention, each with its document, side by side. A record outside `scope` is
    not found, like one that does not exist."""
    r = session.get(RecordRow, record_id)
    if r is None or not visible(r.collection, scope):
        raise NotFound(f"no record {record_id} in the store (see `materiel register`)")
    names = actor_names(session, [r.supplier_id, r.recipient_id, r.intercepted_by_id])
    q = (select(MentionRow, DocumentRow).join(DocumentRow, DocumentRow.id == MentionRow.document_id)
         .where(MentionRow.record_id == record_id).order_by(DocumentRow.published, MentionRow.id))
    q = restrict(q, DocumentRow.collection, scope)  # a record never mixes collections; twice sure
    out = record_row(r, names)
    out["mention_rows"] = [mention_dict(m, d) for m, d in session.execute(q)]
    return out


def find_document(session: Session, doc_id: str, scope: ScopeLike = None) -> DocumentRow:
    """The document whose id starts with `doc_id`, among those within `scope` only (so that neither
    "not found" nor "ambiguous" tells of a document outside it)."""
    prefix = doc_id.strip().lower()
    if len(prefix) < 4:
        raise StoreError(f"document id {doc_id!r} is too short: give at least 4 characters")
    q = restrict(select(DocumentRow).where(DocumentRow.id.like(prefix + "%")), DocumentRow.collection, scope)
    found = list(session.scalars(q.limit(3)))
    if not found:
        raise NotFound(f"no document {doc_id!r} in the store (see `materiel sources` or `materiel register`)")
    if len(found) > 1:
        raise StoreError(f"document id {doc_id!r} is ambiguous: give more characters")
    return found[0]


def event_dict(e: EventRow, names: dict[str, str], doc: DocumentRow | None = None) -> Row:
    row: Row = {
        "event": e.id, "document": short(e.document_id), "type": e.type, "mode": e.mode,
        "actor_id": e.actor_id, "actor": names.get(e.actor_id, e.actor_id), "actor_text": e.actor_text,
        "target_id": e.target_id, "target": names.get(e.target_id or "", e.target_id), "target_text": e.target_text,
        "factuality": e.factuality, "attribution": e.attribution_text, "when": e.when_text,
        "when_start": iso(e.when_start), "when_end": iso(e.when_end), "where": e.where_text,
        "evidence": e.evidence_text, "evidence_start": e.evidence_start, "evidence_end": e.evidence_end,
        "rule": e.rule, "confidence": e.confidence, "transfers": list(e.transfers or []),
    }
    if doc is not None:
        row.update({"published": iso(doc.published), "publisher": doc.publisher})
    return row


def document_dict(d: DocumentRow, text: bool = False) -> Row:
    row: Row = {"id": d.id, "short": short(d.id), "title": d.title, "source": d.source, "url": d.url,
                "published": iso(d.published), "publisher": d.publisher, "collection": d.collection,
                "added_at": d.added_at.isoformat() if d.added_at else None, "transfers": d.n_transfers,
                "events": d.n_events, "characters": len(d.text)}
    if text:
        row["text"] = d.text
    return row


def show(session: Session, doc_id: str, text: bool = False, scope: ScopeLike = None) -> Row:
    """A document with its metadata, transfer rows (with their records), events and actors; a document
    outside `scope` is not found."""
    d = find_document(session, doc_id, scope)
    mentions = list(session.scalars(select(MentionRow).where(MentionRow.document_id == d.id).order_by(MentionRow.idx)))
    events = list(session.scalars(select(EventRow).where(EventRow.document_id == d.id).order_by(EventRow.idx)))
    actors = session.execute(select(ActorRow, DocActorRow.text).join(DocActorRow, DocActorRow.actor_id == ActorRow.id)
                             .where(DocActorRow.document_id == d.id).order_by(ActorRow.id)).all()
    names = actor_names(session, [e.actor_id for e in events] + [e.target_id for e in events]
                        + [x for m in mentions for x in (m.supplier_id, m.recipient_id)])
    return {"document": document_dict(d, text),
            "actors": [{"id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "text": t} for a, t in actors],
            "transfers": [mention_dict(m) | {"supplier": names.get(m.supplier_id or ""),
                                             "recipient": names.get(m.recipient_id or "")} for m in mentions],
            "events": [event_dict(e, names) for e in events]}


def count_documents(session: Session, scope: ScopeLike = None) -> int:
    """How many documents lie within `scope`."""
    return int(session.scalar(restrict(select(func.count()).select_from(DocumentRow), DocumentRow.collection, scope)) or 0)


def latest_documents(session: Session, scope: ScopeLike = None, limit: int = DEFAULT_LIMIT) -> list[Row]:
    """The documents within `scope`, latest published (then added) first."""
    q = restrict(select(DocumentRow), DocumentRow.collection, scope)
    q = q.order_by(DocumentRow.published.desc(), DocumentRow.added_at.desc()).limit(limit)
    return [document_dict(d) for d in session.scalars(q)]


def sources(session: Session, collection: ScopeLike = None) -> list[Row]:
    """One row per publisher of the documents within `collection` (a scope): documents, first and last
    publication, collections, rows."""
    q = select(DocumentRow.publisher_key, DocumentRow.publisher, DocumentRow.collection, DocumentRow.published,
               DocumentRow.n_transfers, DocumentRow.n_events)
    q = restrict(q, DocumentRow.collection, collection)
    agg: dict[str, Row] = {}
    for key, name, coll, published, n_t, n_e in session.execute(q):
        a = agg.setdefault(key, {"publisher": name or "(unknown)", "key": key, "documents": 0, "first": None,
                                 "last": None, "collections": set(), "transfers": 0, "events": 0})
        a["documents"] += 1
        a["transfers"] += n_t
        a["events"] += n_e
        a["collections"].add(coll)
        if published:
            a["first"] = min(filter(None, (a["first"], published)))
            a["last"] = max(filter(None, (a["last"], published)))
    out = []
    for a in sorted(agg.values(), key=lambda a: (-a["documents"], a["publisher"].lower())):
        out.append(a | {"first": iso(a["first"]), "last": iso(a["last"]), "collections": sorted(a["collections"])})
    return out


def events(session: Session, actor: str | None = None, target: str | None = None, type_: str | None = None,
           factuality: str | None = None, since: date | None = None, until: date | None = None,
           collection: ScopeLike = None, limit: int | None = None) -> list[Row]:
    """Events with their documents within `collection` (a scope), latest first."""
    q = select(EventRow, DocumentRow).join(DocumentRow, DocumentRow.id == EventRow.document_id)
    if actor:
        q = q.where(EventRow.actor_id.in_(match_actor_ids(session, actor)))
    if target:
        q = q.where(EventRow.target_id.in_(match_actor_ids(session, target)))
    if type_:
        q = q.where(EventRow.type == type_.upper())
    if factuality:
        q = q.where(EventRow.factuality == factuality)
    day = func.coalesce(EventRow.when_start, DocumentRow.published)
    if since:
        q = q.where(and_(day.is_not(None), func.coalesce(EventRow.when_end, DocumentRow.published) >= since))
    if until:
        q = q.where(and_(day.is_not(None), day <= until))
    q = restrict(q, DocumentRow.collection, collection)
    q = q.order_by(day.desc(), EventRow.id.desc())
    if limit:
        q = q.limit(limit)
    pairs = list(session.execute(q))
    names = actor_names(session, [x for e, _ in pairs for x in (e.actor_id, e.target_id)])
    return [event_dict(e, names, d) for e, d in pairs]
