"""Alerts: what changed in the records a watchlist matches, made once, at the end of consolidation.

`evaluate(session, record_ids)` runs in the transaction that rebuilt those records (`consolidate.refresh`,
so after every write of documents: `materiel add`, the workbench's Add jobs, the watcher, re-extraction,
reviews). For each watchlist it selects, among those records, the ones its filter matches within what its
owner may read now (`watchlists.readable_by`), and compares each with what the watchlist last saw of it
(`WatchMatchRow`):

- no state: the record matches for the first time: a `match` alert;
- a stage it did not have: a `stage` alert per new stage;
- more independent sources asserting it: a `source` alert;
- a contradiction it did not have: a `contradiction` alert.

The state is then brought up to date, so consolidating again changes nothing and makes no alert; each alert
is also unique on (watchlist, record, change), so an alert is made once even if a figure goes down and up
again. A record keeps its id while its first mention does (`consolidate`); when the id changes (an earlier
mention joined, the store was re-extracted) the state of the same key whose record is gone, or whose id is
now one of this record's mentions, carries over. Each alert names its evidence: the newest mention that
shows the change (document, sentence, offsets), and gets one pending delivery per channel of its watchlist.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, delete, or_, select
from sqlalchemy.orm import Session

from materiel.store.schema import ActorRow, MentionRow, RecordRow
from materiel.store.schema_watch import AlertRow, DeliveryRow, WatchlistRow, WatchMatchRow
from materiel.store.watchlists import owner_scope, select_matching

CHUNK = 500
AGAINST = ("negated", "denied")


def evaluate(session: Session, record_ids: Iterable[int], now: datetime | None = None) -> int:
    """Compare the records `record_ids` with every watchlist; returns how many alerts were made."""
    ids = sorted(set(record_ids))
    if not ids:
        return 0
    lists = list(session.scalars(select(WatchlistRow).order_by(WatchlistRow.id)))
    if not lists:
        return 0
    now = now or datetime.now(UTC)
    made = 0
    for wl in lists:
        scope = owner_scope(session, wl)
        for i in range(0, len(ids), CHUNK):
            q = select_matching(session, wl, scope).where(RecordRow.id.in_(ids[i:i + CHUNK])).order_by(RecordRow.id)
            for record in list(session.scalars(q)):
                made += _compare(session, wl, record, now)
    return made


def _stages(text: str | None) -> set[str]:
    return {s for s in (text or "").split(",") if s}


def _continued(session: Session, wl: WatchlistRow, record: RecordRow) -> WatchMatchRow | None:
    """The state of this record under its former id, if it had one (see the module docstring)."""
    mentions = select(MentionRow.id).where(MentionRow.record_id == record.id)
    q = select(WatchMatchRow).where(
        WatchMatchRow.watchlist_id == wl.id, WatchMatchRow.record_key == record.key,
        or_(WatchMatchRow.record_id.in_(mentions), WatchMatchRow.record_id.not_in(select(RecordRow.id))))
    old = session.scalars(q.order_by(WatchMatchRow.record_id)).first()
    if old is None:
        return None
    carried = WatchMatchRow(watchlist_id=wl.id, record_id=record.id, record_key=record.key, stages=old.stages,
                            sources=old.sources, contradiction=old.contradiction, seen_at=old.seen_at)
    session.execute(delete(WatchMatchRow).where(WatchMatchRow.watchlist_id == wl.id,
                                                WatchMatchRow.record_id == old.record_id))
    session.add(carried)
    return carried


def changes(state: WatchMatchRow | None, record: RecordRow) -> list[tuple[str, str, str]]:
    """(kind, change_key, change in words) of `record` against what was seen of it."""
    if state is None:
        return [("match", "match", f"new match ({record.latest_stage})")]
    out = [("stage", f"stage:{s}", f"new stage: {s}") for s in sorted(_stages(record.stages) - _stages(state.stages))]
    if record.sources > state.sources:
        out.append(("source", f"sources:{record.sources}",
                    f"new independent source: {state.sources} -> {record.sources} sources"))
    if record.contradiction and not state.contradiction:
        out.append(("contradiction", "contradiction", "new contradiction: a source denies or negates it"))
    return out


def _compare(session: Session, wl: WatchlistRow, record: RecordRow, now: datetime) -> int:
    state = session.get(WatchMatchRow, (wl.id, record.id)) or _continued(session, wl, record)
    found = changes(state, record)
    if state is None:
        state = WatchMatchRow(watchlist_id=wl.id, record_id=record.id, record_key=record.key, seen_at=now)
        session.add(state)
    state.stages, state.sources, state.contradiction = record.stages, record.sources, record.contradiction
    state.record_key, state.seen_at = record.key, now
    made = 0
    for kind, key, change in found:
        if session.scalar(select(AlertRow.id).where(AlertRow.watchlist_id == wl.id, AlertRow.record_id == record.id,
                                                    AlertRow.change_key == key)) is not None:
            continue
        alert = AlertRow(watchlist_id=wl.id, record_id=record.id, collection=record.collection, kind=kind,
                         change_key=key, change=change, summary=summary(session, record), created_at=now,
                         **_evidence(session, record, kind, key))
        session.add(alert)
        session.flush()
        for channel, wanted in (("webhook", wl.webhook_url), ("email", wl.email)):
            if wanted:
                session.add(DeliveryRow(alert_id=alert.id, channel=channel, status="pending", attempts=0, next_at=now))
        made += 1
    session.flush()
    return made


def _evidence(session: Session, record: RecordRow, kind: str, key: str) -> dict[str, Any]:
    """The newest mention of `record` that shows the change: its document, sentence and offsets."""
    cond: ColumnElement[bool] | None = None
    if kind == "stage":
        cond = MentionRow.stage == key.split(":", 1)[1]
    elif kind == "source":
        cond = MentionRow.factuality == "asserted"
    elif kind == "contradiction":
        cond = MentionRow.factuality.in_(AGAINST)
    q = select(MentionRow).where(MentionRow.record_id == record.id)
    m = session.scalars((q if cond is None else q.where(cond)).order_by(MentionRow.id.desc())).first() or \
        session.scalars(q.order_by(MentionRow.id.desc())).first()
    if m is None:
        return {}
    return {"document_id": m.document_id, "mention_id": m.id, "evidence_text": m.evidence_text,
            "evidence_start": m.evidence_start, "evidence_end": m.evidence_end}


def summary(session: Session, record: RecordRow) -> str:
    """"Spain -> Ukraine: howitzer (delivered)"."""
    def name(actor_id: str | None) -> str:
        actor = session.get(ActorRow, actor_id) if actor_id else None
        return actor.name if actor else (actor_id or "unknown")

    item = record.designation or record.item_text or record.category
    return f"{name(record.supplier_id)} -> {name(record.recipient_id)}: {item} ({record.latest_stage})"


__all__ = ["changes", "evaluate", "summary"]
