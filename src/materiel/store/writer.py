"""Write one extracted document into the store, in the caller's transaction: the document, the actors it
names (doc_actors), its transfer rows (mentions) and events with their provenance, the names of its items,
then the records of the keys it touches (`consolidate.refresh`)."""
from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import case, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from materiel.record.models import Actor, Event, Report, Transfer
from materiel.sources import publishers
from materiel.sources.incoming import Incoming
from materiel.store import alias_map, consolidate
from materiel.store.review_schema import ActorAliasRow
from materiel.store.schema import ActorRow, DocActorRow, DocumentRow, EventRow, ItemNameRow, MentionRow


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _src(x: Transfer | Event) -> Actor | None:
    return x.attribution.source if x.attribution else None


def _actors(report: Report) -> dict[str, Actor]:
    found: dict[str, Actor] = {a.id: a for a in report.actors}
    parties: list[Actor | None] = []
    for t in report.transfers:
        parties += [t.supplier, t.recipient, t.intermediary, t.denied_by, t.intercepted_by, _src(t)]
    for e in report.events:
        parties += [e.actor, e.target, _src(e)]
    for a in parties:
        if a is not None:
            found.setdefault(a.id, a)
    return found


def _upsert_actors(session: Session, actors: dict[str, Actor]) -> None:
    """Actors are one per canonical id: the first document to resolve an id names it."""
    if not actors:
        return
    have = set(session.scalars(select(ActorRow.id).where(ActorRow.id.in_(list(actors)))))
    for a in actors.values():
        if a.id not in have:
            session.add(ActorRow(id=a.id, name=a.name, kind=a.kind, country=a.country))
    session.flush()


def _count_documents(session: Session, ids: list[str], published: date | None) -> None:
    """One more document for each of these actors, and its date among their first and last seen."""
    if not ids:
        return
    values: dict[str, Any] = {"n_documents": ActorRow.n_documents + 1}
    if published:
        values["first_seen"] = case((or_(ActorRow.first_seen.is_(None), ActorRow.first_seen > published), published),
                                    else_=ActorRow.first_seen)
        values["last_seen"] = case((or_(ActorRow.last_seen.is_(None), ActorRow.last_seen < published), published),
                                   else_=ActorRow.last_seen)
    session.execute(update(ActorRow).where(ActorRow.id.in_(ids)).values(**values))


def _id(a: Actor | None) -> str | None:
    return a.id if a else None


def _text(a: Actor | None) -> str | None:
    return a.text if a else None


def _provenance(x: Transfer | Event) -> dict[str, Any]:
    """The fields a transfer row and an event share: attribution, time, place, evidence, rule."""
    att, when, where = x.attribution, x.when, x.where
    return {
        "factuality": x.factuality, "attribution_text": att.text if att else None,
        "attribution_source_id": _id(_src(x)), "attribution_source_text": _text(_src(x)),
        "when_text": when.text if when else None, "when_start": _day(when.start) if when else None,
        "when_end": _day(when.end) if when else None,
        "where_text": where.text if where else None, "where_country": where.country if where else None,
        "evidence_text": x.evidence.text, "evidence_start": x.evidence.start, "evidence_end": x.evidence.end,
        "rule": x.rule, "confidence": x.confidence,
    }


def mention_row(doc_id: str, idx: int, t: Transfer, collection: str) -> MentionRow:
    return MentionRow(
        document_id=doc_id, idx=idx,
        record_key=consolidate.key_of(collection, _id(t.supplier), _id(t.recipient), t.item.designation,
                                      t.item.category),
        supplier_id=_id(t.supplier), supplier_text=_text(t.supplier),
        recipient_id=_id(t.recipient), recipient_text=_text(t.recipient),
        intermediary_id=_id(t.intermediary), intermediary_text=_text(t.intermediary),
        item_text=t.item.text, designation=t.item.designation, category=t.item.category,
        quantity=float(t.quantity) if t.quantity is not None else None, quantity_text=t.quantity_text,
        stage=t.stage, denied_by_id=_id(t.denied_by), denied_by_text=_text(t.denied_by),
        intercepted_by_id=_id(t.intercepted_by), intercepted_by_text=_text(t.intercepted_by),
        value_amount=float(t.value.amount) if t.value else None, value_currency=t.value.currency if t.value else None,
        value_text=t.value.text if t.value else None,
        value_usd=float(t.value.usd) if t.value and t.value.usd is not None else None, **_provenance(t))


def event_row(doc_id: str, idx: int, e: Event) -> EventRow:
    return EventRow(
        document_id=doc_id, idx=idx, type=e.type, mode=e.mode, actor_id=e.actor.id, actor_text=e.actor.text,
        target_id=_id(e.target), target_text=_text(e.target), transfers=list(e.transfers), **_provenance(e))


def stored_id(collection: str, content_hash: str) -> str:
    """The id a collection's copy of a text gets: a hash of the collection and the text's hash, so that
    two collections holding one text hold two documents whose ids tell nothing of each other."""
    return hashlib.sha256(f"materiel-document\n{collection}\n{content_hash}".encode()).hexdigest()


def write_document(session: Session, item: Incoming, report: Report, collection: str) -> str:
    """Everything one document brings, in the caller's transaction: the document, its actors, its
    transfer rows and events, then the records of the keys it touches. Returns the document's id."""
    doc = item.document
    doc_id = stored_id(collection, doc.id)
    published = doc.published or _day(report.document.published)
    session.add(DocumentRow(
        id=doc_id, content_hash=doc.id, source=doc.source, title=doc.title, url=item.url, published=published,
        publisher=item.publisher, publisher_key=publishers.publisher_key(item.publisher), collection=collection,
        text=doc.text, added_at=datetime.now(UTC), n_transfers=len(report.transfers),
        n_events=len(report.events)))
    session.flush()
    actors = _actors(report)
    _upsert_actors(session, actors)
    for a in actors.values():
        session.add(DocActorRow(document_id=doc_id, actor_id=a.id, text=a.text, published=published,
                                collection=collection))
    _count_documents(session, list(actors), published)
    mentions = [mention_row(doc_id, i, t, collection) for i, t in enumerate(report.transfers)]
    aliases = alias_map.load(session)
    if aliases:  # the analysts' actor merges and aliases apply to documents added later
        for m, t in zip(mentions, report.transfers, strict=True):
            m.record_key = consolidate.key_of(collection, _canonical(session, aliases, t.supplier),
                                              _canonical(session, aliases, t.recipient), t.item.designation,
                                              t.item.category)
    session.add_all(mentions)
    _add_item_names(session, mentions)
    for i, e in enumerate(report.events):
        row = event_row(doc_id, i, e)
        row.day = row.when_start or published
        session.add(row)
    session.flush()
    consolidate.refresh(session, {m.record_key for m in mentions})
    return doc_id


def _canonical(session: Session, aliases: alias_map.Aliases, a: Actor | None) -> str | None:
    """The actor `a` stands for through the aliases; a new id found by name becomes an alias too, so that
    consolidation reads it alike."""
    if a is None:
        return None
    target = alias_map.follow(aliases, a.id, a.name, a.text)
    if target and target != a.id and a.id.lower() not in aliases:
        session.add(ActorAliasRow(alias=a.id.lower()[:300], actor_id=target, kind="id", added_by="ingest",
                                  at=datetime.now(UTC)))
        aliases[a.id.lower()] = target
    return target


def _add_item_names(session: Session, mentions: list[MentionRow]) -> None:
    """Record how these rows name their items (see `schema.ItemNameRow`); names already known are kept."""
    names = {(m.item_text.lower()[:300], m.designation or "", m.category) for m in mentions}
    names |= {(m.designation.lower()[:300], m.designation, m.category) for m in mentions if m.designation}
    if not names:
        return
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    rows = [{"name": n, "designation": d, "category": c} for n, d, c in sorted(names)]
    session.execute(insert(ItemNameRow).on_conflict_do_nothing(), rows)
