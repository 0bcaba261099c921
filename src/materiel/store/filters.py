"""The register's one filter type, built alike by `materiel register` (its options) and by the
workbench's /register (its query string, `q` for `text`), and the SELECT of the records it keeps.

The filter says what is asked for; the caller's need-to-know is apart, the keyword `scope` (see
`materiel.store.scope`), so that a filter never widens what a caller may read: `collection` only
narrows the scope.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import SQLCoreOperations

from materiel.store.errors import StoreError
from materiel.store.fulltext import matching_documents
from materiel.store.lookup import actor_ids
from materiel.store.review_schema import KEPT
from materiel.store.schema import ItemNameRow, MentionRow, RecordRow
from materiel.store.schema_deals import ReferenceMatchRow
from materiel.store.scope import ScopeLike, narrow, restrict

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
ACTOR_SIDES = ("supplier", "recipient", "intercepted_by")  # filters naming an actor: see `materiel.store.lookup`


@dataclass
class RegisterFilter:
    """What the register is asked for. Every field is a CLI option and a URL parameter of /register."""

    supplier: str | None = None
    recipient: str | None = None
    item: str | None = None
    category: str | None = None
    stage: str | None = None
    intercepted_by: str | None = None  # who seized the shipment: an actor's id or any name of it
    factuality: str | None = None
    since: date | None = None
    until: date | None = None
    min_sources: int | None = None
    min_confidence: float | None = None  # records whose confidence (the highest of their mentions') is at least this
    collection: str | None = None  # one collection: narrows the caller's scope, never widens it
    contradictions: bool = False
    text: str | None = None  # full-text query over the records' documents (see `search`)
    known: bool | None = None  # True: records a reference table holds; False: records none holds (see `matching`)
    review: str | None = None  # reviewed, unreviewed, corrected, rejected (default: all but the rejected records)
    sort: str | None = None  # a key of SORTS, "-" in front for descending; default ORDER
    offset: int = 0
    limit: int | None = None  # None: every record


def item_condition(session: Session, item: str) -> ColumnElement[bool]:
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


def review_condition(review: str | None) -> list[ColumnElement[bool]]:
    """The analysts' layer as a filter: records whose mentions are all rejected only when asked for."""
    if review == "rejected":
        return [RecordRow.rejected.is_(True)]
    out: list[ColumnElement[bool]] = [KEPT]
    if review == "reviewed":
        out.append(RecordRow.unreviewed == 0)
    elif review == "unreviewed":
        out.append(RecordRow.unreviewed > 0)
    elif review == "corrected":
        out.append(RecordRow.corrected.is_(True))
    elif review:
        raise StoreError(f"{review!r} is not a review filter: give reviewed, unreviewed, corrected or rejected")
    return out


def order(sort: str | None) -> list[Any]:
    if not sort:
        return list(ORDER)
    key = sort.lstrip("-")
    if key not in SORTS:
        raise StoreError(f"cannot sort the register by {sort!r}: give one of {', '.join(SORTS)} ('-' for descending)")
    column = SORTS[key]
    return [column.desc() if sort.startswith("-") else column.asc(), RecordRow.id]


def listed(column: SQLCoreOperations[str], value: str) -> ColumnElement[bool]:
    """`value` is one of the comma-separated values of `column`."""
    return ("," + column + ",").contains("," + value + ",")


def by_actors(session: Session, q: Select[Any], f: RegisterFilter, scope: ScopeLike, exact_ids: bool = False) -> Select[Any]:
    """`q` kept to the records whose supplier, recipient and seizer are the actors `f` names: by id, name,
    alias or prefix (`materiel.store.lookup`; AmbiguousName when a name designates several). `exact_ids`
    is kept for callers that pass it: an id is the resolver's first level anyway."""
    for side in ACTOR_SIDES:
        value = getattr(f, side)
        if value is None:
            continue
        column = getattr(RecordRow, f"{side}_id")
        q = q.where(column.in_(actor_ids(session, value, scope=scope, what=side.replace("_", " "))))
    return q


def known_condition(known: bool, references: ScopeLike) -> ColumnElement[bool]:
    """Records matched (or, `known` False, matched by none) by a reference row of a collection in `references`."""
    matched = restrict(select(ReferenceMatchRow.record_id), ReferenceMatchRow.collection, references)
    return RecordRow.id.in_(matched) if known else RecordRow.id.not_in(matched)


def select_records(session: Session, f: RegisterFilter, *, scope: ScopeLike, exact_ids: bool = False,
                   references: ScopeLike | bool = True) -> Select[Any]:
    """The records `f` selects within `scope`, in order; the filters read only the records table and its
    indexes, except `collection` and `text`, which look at the documents of the records' mentions, and
    `known`, which reads the matches of the reference collections in `references` (True: `scope`; callers
    that narrow `scope` to one collection pass what the caller may read, so that a reference table in
    another readable collection still counts)."""
    within = narrow(scope, f.collection)
    q = by_actors(session, select(RecordRow), f, scope, exact_ids)
    if f.item:
        q = q.where(item_condition(session, f.item))
    if f.category:
        q = q.where(func.lower(RecordRow.category) == f.category.lower())
    if f.stage:
        q = q.where(listed(RecordRow.stages, f.stage))
    if f.factuality == "contested" or f.contradictions:
        q = q.where(RecordRow.contradiction.is_(True))
    if f.factuality and f.factuality != "contested":
        q = q.where(listed(RecordRow.factualities, f.factuality))
    if f.since:
        q = q.where(func.coalesce(RecordRow.last_date, RecordRow.last_seen) >= f.since)
    if f.until:
        q = q.where(func.coalesce(RecordRow.first_date, RecordRow.first_seen) <= f.until)
    if f.min_sources:
        q = q.where(RecordRow.sources >= f.min_sources)
    if f.min_confidence is not None:
        q = q.where(RecordRow.confidence >= f.min_confidence)
    q = q.where(*review_condition(f.review))
    q = restrict(q, RecordRow.collection, within)
    if f.known is not None:
        q = q.where(known_condition(f.known, scope if references is True else references))  # type: ignore[arg-type]
    if f.text:
        q = q.where(RecordRow.id.in_(select(MentionRow.record_id).where(
            MentionRow.document_id.in_(matching_documents(session, f.text, scope=within)))))
    q = q.order_by(*order(f.sort))
    if f.offset:
        q = q.offset(f.offset)
    return q.limit(f.limit) if f.limit else q


def count(session: Session, q: Select[Any]) -> int:
    """How many rows `q` selects (its order dropped: a count needs none)."""
    return int(session.scalar(select(func.count()).select_from(q.order_by(None).subquery())) or 0)


def known_counts(session: Session, f: RegisterFilter, *, scope: ScopeLike, exact_ids: bool = False,
                 references: ScopeLike | bool = True) -> tuple[int, int]:
    """(known, new): how many of the records `f` selects, its own known/new choice, offset and limit aside, a
    reference table of `references` holds, and how many none holds ("known N · new M")."""
    q = select_records(session, replace(f, known=None, offset=0, limit=None), scope=scope, exact_ids=exact_ids,
                       references=references)
    total = count(session, q)
    known = count(session, q.where(known_condition(True, scope if references is True else references)))  # type: ignore[arg-type]
    return known, total - known
