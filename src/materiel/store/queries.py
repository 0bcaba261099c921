"""Read the store: the consolidated register, one record with both sides, sources, events, a document.

Every function takes a Session and returns plain rows (see `materiel.store.rows`) so that the CLI, the
exports and the Python API print them as tables, JSON Lines or CSV alike. Every function that reads
content takes a keyword `scope` (see `materiel.store.scope`), with no default: None for everything, a
collection or a set of them; what lies outside it is neither returned nor counted, and an id outside it
is `NotFound` like an unknown one.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from materiel import lexicon
from materiel.store.consolidate import stage_factualities
from materiel.store.errors import NotFound, StoreError
from materiel.store.filters import DEFAULT_LIMIT, RegisterFilter, count, select_records
from materiel.store.lookup import actor_ids
from materiel.store.names import actor_names
from materiel.store.reviews import review_dict, reviews_of
from materiel.store.rows import Row, document_dict, event_dict, iso, mention_dict, record_row, reference_dict
from materiel.store.schema import ActorRow, DocActorRow, DocumentRow, EventRow, MentionRow, RecordRow
from materiel.store.schema_deals import ReferenceMatchRow, ReferenceRow
from materiel.store.scope import ScopeLike, restrict, visible
from materiel.store.sipri import deal_of


def places(session: Session, record_ids: Sequence[int]) -> dict[int, str]:
    """{record id: the place its mentions name most} (a country's name, else the place as written)."""
    countries = lexicon.load().countries
    seen: dict[int, Counter[str]] = {}
    for start in range(0, len(record_ids), 500):
        q = (select(MentionRow.record_id, MentionRow.where_country, MentionRow.where_text)
             .where(MentionRow.record_id.in_(record_ids[start:start + 500]))
             .where((MentionRow.where_country.is_not(None)) | (MentionRow.where_text.is_not(None))))
        for rid, country, text in session.execute(q):
            place = countries[country].name if country in countries else (text or country)
            if rid is not None and place:
                seen.setdefault(rid, Counter())[place] += 1
    return {rid: c.most_common(1)[0][0] for rid, c in seen.items()}


def record_rows(session: Session, records: Sequence[RecordRow], *, scope: ScopeLike, detail: bool = True) -> list[Row]:
    """The rows of `records`, their actors named (within `scope`); `place` is where the mentions of a record
    with no known supplier place it ("unknown (in Syria)"), None for the others."""
    names = actor_names(session, [x for r in records for x in (r.supplier_id, r.recipient_id, r.intercepted_by_id)],
                        scope=scope)
    where = places(session, [r.id for r in records if r.supplier_id is None])
    return [record_row(r, names, detail) | {"place": where.get(r.id)} for r in records]


def register(session: Session, f: RegisterFilter, *, scope: ScopeLike, references: ScopeLike | bool = True) -> list[Row]:
    """The consolidated register within `scope`, one row per record `f` selects (`references`: see
    `filters.select_records`)."""
    q = select_records(session, f, scope=scope, references=references)
    return record_rows(session, list(session.scalars(q)), scope=scope)


def register_page(session: Session, f: RegisterFilter, *, scope: ScopeLike, exact_ids: bool = False,
                  detail: bool = True, references: ScopeLike | bool = True) -> tuple[list[Row], int]:
    """The rows `f` selects within `scope` (its page: offset and limit) and how many records match in all."""
    q = select_records(session, f, scope=scope, exact_ids=exact_ids, references=references)
    records = list(session.scalars(q))
    return record_rows(session, records, scope=scope, detail=detail), count(session, q.limit(None).offset(None))


def record(session: Session, record_id: int, *, scope: ScopeLike) -> Row:
    """One record with every mention, each with its document, side by side. A record outside `scope` is
    not found, like one that does not exist."""
    r = session.get(RecordRow, record_id)
    if r is None or not visible(r.collection, scope):
        raise NotFound(f"no record {record_id} in the store (see `materiel register`)")
    names = actor_names(session, [r.supplier_id, r.recipient_id, r.intercepted_by_id], scope=scope)
    q = (select(MentionRow, DocumentRow).join(DocumentRow, DocumentRow.id == MentionRow.document_id)
         .where(MentionRow.record_id == record_id).order_by(DocumentRow.published, MentionRow.id))
    q = restrict(q, DocumentRow.collection, scope)  # a record never mixes collections; twice sure
    out = record_row(r, names) | {"place": places(session, [r.id]).get(r.id) if r.supplier_id is None else None}
    pairs = list(session.execute(q))
    decided = reviews_of(session, [m.id for m, _ in pairs])
    out["mention_rows"] = [mention_dict(m, d) | review_dict(decided.get(m.id)) for m, d in pairs]
    out["stage_factuality"] = stage_factualities((m["stage"], m["factuality"]) for m in out["mention_rows"])
    out["deal"] = deal_of(session, r, scope=scope)  # SIPRI's fields (see `sipri`)
    refs = (select(ReferenceRow).join(ReferenceMatchRow, ReferenceMatchRow.reference_id == ReferenceRow.id)
            .where(ReferenceMatchRow.record_id == record_id).order_by(ReferenceRow.id))
    out["reference_rows"] = [reference_dict(x) for x in session.scalars(restrict(refs, ReferenceRow.collection, scope))]
    return out


def find_document(session: Session, doc_id: str, *, scope: ScopeLike) -> DocumentRow:
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


def show(session: Session, doc_id: str, text: bool = False, *, scope: ScopeLike) -> Row:
    """A document with its metadata, transfer rows (with their records), events and actors; a document
    outside `scope` is not found."""
    d = find_document(session, doc_id, scope=scope)
    mentions = list(session.scalars(select(MentionRow).where(MentionRow.document_id == d.id).order_by(MentionRow.idx)))
    events = list(session.scalars(select(EventRow).where(EventRow.document_id == d.id).order_by(EventRow.idx)))
    actors = session.execute(select(ActorRow, DocActorRow.text).join(DocActorRow, DocActorRow.actor_id == ActorRow.id)
                             .where(DocActorRow.document_id == d.id).order_by(ActorRow.id)).all()
    names = actor_names(session, [e.actor_id for e in events] + [e.target_id for e in events]
                        + [x for m in mentions for x in (m.supplier_id, m.recipient_id)], scope=scope)
    return {"document": document_dict(d, text),
            "actors": [{"id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "text": t} for a, t in actors],
            "transfers": [mention_dict(m) | {"supplier": names.get(m.supplier_id or ""),
                                             "recipient": names.get(m.recipient_id or "")} for m in mentions],
            "events": [event_dict(e, names) for e in events]}


def count_documents(session: Session, *, scope: ScopeLike) -> int:
    """How many documents lie within `scope`."""
    return int(session.scalar(restrict(select(func.count()).select_from(DocumentRow), DocumentRow.collection, scope)) or 0)


def latest_documents(session: Session, *, scope: ScopeLike, limit: int = DEFAULT_LIMIT) -> list[Row]:
    """The documents within `scope`, latest published (then added) first."""
    q = restrict(select(DocumentRow), DocumentRow.collection, scope)
    q = q.order_by(DocumentRow.published.desc(), DocumentRow.added_at.desc()).limit(limit)
    return [document_dict(d) for d in session.scalars(q)]


def sources(session: Session, *, scope: ScopeLike) -> list[Row]:
    """One row per publisher of the documents within `scope`: documents, first and last publication,
    collections, rows."""
    q = select(DocumentRow.publisher_key, DocumentRow.publisher, DocumentRow.collection, DocumentRow.published,
               DocumentRow.n_transfers, DocumentRow.n_events)
    q = restrict(q, DocumentRow.collection, scope)
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
           *, scope: ScopeLike, limit: int | None = None) -> list[Row]:
    """Events with their documents within `scope`, latest first."""
    q = select(EventRow, DocumentRow).join(DocumentRow, DocumentRow.id == EventRow.document_id)
    if actor is not None:
        q = q.where(EventRow.actor_id.in_(actor_ids(session, actor, scope=scope)))
    if target is not None:
        q = q.where(EventRow.target_id.in_(actor_ids(session, target, scope=scope, what="target")))
    if type_:
        q = q.where(EventRow.type == type_.upper())
    if factuality:
        q = q.where(EventRow.factuality == factuality)
    day = func.coalesce(EventRow.when_start, DocumentRow.published)
    if since:
        q = q.where(and_(day.is_not(None), func.coalesce(EventRow.when_end, DocumentRow.published) >= since))
    if until:
        q = q.where(and_(day.is_not(None), day <= until))
    q = restrict(q, DocumentRow.collection, scope)
    q = q.order_by(day.desc(), EventRow.id.desc())
    if limit:
        q = q.limit(limit)
    pairs = list(session.execute(q))
    names = actor_names(session, [x for e, _ in pairs for x in (e.actor_id, e.target_id)], scope=scope)
    return [event_dict(e, names, d) for e, d in pairs]


def holders(session: Session, *, record: int | None = None, document: str | None = None,
            actor: str | None = None) -> set[str]:
    """The collections holding record `record`, the documents whose id starts with `document`, or the
    documents naming actor `actor` (its id or name, any case), whatever the scope. Never shown: only to
    tell a refused read (logged in the audit trail) from an unknown id (see `materiel.web.security`)."""
    if record is not None:
        return set(session.scalars(select(RecordRow.collection).where(RecordRow.id == record)))
    if document is not None:
        return set(session.scalars(select(DocumentRow.collection).distinct()
                                   .where(DocumentRow.id.startswith(document.lower(), autoescape=True))))
    if actor is not None:
        t = actor.strip().lower()
        ids = select(ActorRow.id).where(or_(func.lower(ActorRow.id) == t, func.lower(ActorRow.name) == t))
        return set(session.scalars(select(DocActorRow.collection).distinct().where(DocActorRow.actor_id.in_(ids))))
    return set()
