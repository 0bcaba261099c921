"""Actors: the list with their counts, and one actor's profile (transfers in and out by counterpart
and item, events, first and last seen, documents). An actor is one canonical id, whichever
documents resolved it."""
from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from sqlalchemy import Select, Subquery, func, or_, select, union
from sqlalchemy.orm import Session

from materiel.store.errors import NotFound, StoreError
from materiel.store.queries import RegisterFilter, Row, actor_names, document_dict, events, iso, register
from materiel.store.schema import ActorRow, DocActorRow, DocumentRow, EventRow, MentionRow

STAGE_ORDER = ("requested", "considered", "offered", "ordered", "delivered", "refused")


def _appearances() -> Subquery:
    """(actor_id, document_id) for every way a document involves an actor."""
    pairs: list[tuple[Any, Any]] = [(DocActorRow.actor_id, DocActorRow.document_id)]
    pairs += [(col, MentionRow.document_id) for col in (MentionRow.supplier_id, MentionRow.recipient_id,
                                                        MentionRow.intermediary_id, MentionRow.denied_by_id)]
    pairs += [(col, EventRow.document_id) for col in (EventRow.actor_id, EventRow.target_id)]
    parts: list[Select[Any]] = [select(a.label("actor_id"), d.label("document_id")).where(a.is_not(None))
                                for a, d in pairs]
    return union(*parts).subquery()


def _counts(session: Session, column: Any, id_column: Any, collection: str | None, distinct: Any = None) -> Counter[str]:
    q = select(column, func.count(func.distinct(distinct)) if distinct is not None else func.count())
    q = q.join(DocumentRow, DocumentRow.id == id_column).where(column.is_not(None))
    if collection:
        q = q.where(DocumentRow.collection == collection)
    return Counter(dict(session.execute(q.group_by(column)).all()))


def actors(session: Session, collection: str | None = None, kind: str | None = None,
           min_documents: int = 1) -> list[Row]:
    """Every actor with documents, transfers out (as supplier) and in (as recipient), events, first and
    last seen; most documented first."""
    app = _appearances()
    q = (select(app.c.actor_id, func.count(func.distinct(app.c.document_id)), func.min(DocumentRow.published),
                func.max(DocumentRow.published))
         .join(DocumentRow, DocumentRow.id == app.c.document_id).group_by(app.c.actor_id))
    if collection:
        q = q.where(DocumentRow.collection == collection)
    docs = {a: (n, first, last) for a, n, first, last in session.execute(q)}
    out_ = _counts(session, MentionRow.supplier_id, MentionRow.document_id, collection, MentionRow.record_id)
    in_ = _counts(session, MentionRow.recipient_id, MentionRow.document_id, collection, MentionRow.record_id)
    ev = _counts(session, EventRow.actor_id, EventRow.document_id, collection)
    ev.update(_counts(session, EventRow.target_id, EventRow.document_id, collection))
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


def find_actor(session: Session, name: str) -> ActorRow:
    """By id (any case), else exact name, else a unique name containing `name`."""
    t = name.strip().lower()
    for cond in (func.lower(ActorRow.id) == t, func.lower(ActorRow.name) == t):
        found = list(session.scalars(select(ActorRow).where(cond)))
        if len(found) == 1:
            return found[0]
    found = list(session.scalars(select(ActorRow).where(or_(func.lower(ActorRow.name).contains(t),
                                                             func.lower(ActorRow.id).contains(t))).limit(8)))
    if not found:
        raise NotFound(f"no actor {name!r} in the store (see `materiel actors`)")
    if len(found) > 1:
        some = ", ".join(f"{a.id} ({a.name})" for a in found[:5])
        raise StoreError(f"actor {name!r} is ambiguous: {some}{', ...' if len(found) > 5 else ''}; give the id")
    return found[0]


def _by_counterpart(records: list[Row], side: str) -> list[Row]:
    """Records grouped by counterpart and item: how many records, sources, stages, contradictions."""
    groups: dict[tuple[str | None, str], Row] = {}
    for r in records:
        item = r["designation"] or r["category"]
        g = groups.setdefault((r[f"{side}_id"], item), {
            "counterpart_id": r[f"{side}_id"], "counterpart": r[side], "item": item, "category": r["category"],
            "records": 0, "mentions": 0, "sources": 0, "stages": set(), "latest_stage": None, "latest": None,
            "contradiction": False, "first_date": None, "last_date": None, "record_ids": []})
        g["records"] += 1
        g["mentions"] += r["mentions"]
        g["sources"] = max(g["sources"], r["sources"])
        g["stages"].update(r["stages"])
        g["contradiction"] = g["contradiction"] or r["contradiction"]
        g["record_ids"].append(r["record"])
        when = r["last_date"] or r["last_seen"] or ""
        if g["latest"] is None or when >= g["latest"]:
            g["latest"], g["latest_stage"] = when, r["latest_stage"]
        for k, pick in (("first_date", min), ("last_date", max)):
            vals = [v for v in (g[k], r[k]) if v]
            g[k] = pick(vals) if vals else None
    out = []
    for g in groups.values():
        g["stages"] = [s for s in STAGE_ORDER if s in g["stages"]]
        del g["latest"]
        out.append(g)
    return sorted(out, key=lambda g: (-g["records"], str(g["counterpart"]), g["item"]))


def profile(session: Session, name: str, collection: str | None = None, limit: int = 20) -> Row:
    """One actor: who it supplies and what, who supplies it, its events, when it was seen, where."""
    a = find_actor(session, name)
    app = _appearances()
    q = (select(DocumentRow).join(app, app.c.document_id == DocumentRow.id).where(app.c.actor_id == a.id))
    if collection:
        q = q.where(DocumentRow.collection == collection)
    docs = list(session.scalars(q.order_by(DocumentRow.published.desc(), DocumentRow.id)))
    dates: list[date] = [d.published for d in docs if d.published]
    out_records = register(session, RegisterFilter(supplier=a.id, collection=collection))
    in_records = register(session, RegisterFilter(recipient=a.id, collection=collection))
    out_records = [r for r in out_records if r["supplier_id"] == a.id]
    in_records = [r for r in in_records if r["recipient_id"] == a.id]
    ev_rows = events(session, actor=a.id, collection=collection) + events(session, target=a.id, collection=collection)
    ev_rows = [e for e in ev_rows if a.id in (e["actor_id"], e["target_id"])]
    by_type: Counter[tuple[str, str]] = Counter()
    for e in ev_rows:
        by_type[(e["type"], "actor" if e["actor_id"] == a.id else "target")] += 1
    ev_rows.sort(key=lambda e: (e["when_start"] or e["published"] or "", e["event"]), reverse=True)
    names = {**actor_names(session, [a.id])}
    return {
        "actor": {"id": a.id, "name": names.get(a.id, a.name), "kind": a.kind, "country": a.country},
        "first_seen": iso(min(dates)) if dates else None, "last_seen": iso(max(dates)) if dates else None,
        "documents": len(docs),
        "transfers_out": _by_counterpart(out_records, "recipient"),
        "transfers_in": _by_counterpart(in_records, "supplier"),
        "events_by_type": [{"type": t, "role": role, "count": n} for (t, role), n in sorted(by_type.items())],
        "events": ev_rows[:limit],
        "document_list": [document_dict(d) for d in docs[:limit]],
        "aliases": sorted({t for (t,) in session.execute(select(DocActorRow.text).where(DocActorRow.actor_id == a.id)
                                                        .distinct().limit(50))}),
    }
