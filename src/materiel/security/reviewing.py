"""Analysts' decisions, with their rights and their trail: every review action needs write on the
mention's collection and is appended to the audit trail in the same transaction as the decision.

`decide(store, access, mention, decision, who=..., reason=..., corrections=...)` and `clear(...)` are
what the CLI (`materiel review`) and the workbench call. A mention the caller cannot read is not found,
like one that does not exist; one they can read but not write is `AccessDenied`. `who` is the name
the review and the trail record (an account's name, `cli:<OS user>` on the command line).
"""
from __future__ import annotations

from typing import Any

from materiel.record.errors import AccessDenied
from materiel.security import audit
from materiel.security.access import Access
from materiel.store import actor_aliases, record_edits, reviews
from materiel.store.db import Store

REVIEW = "review"  # the audit trail's action for every review decision


def _check(access: Access, collection: str, who: str) -> None:
    if not access.can_write(collection):
        raise AccessDenied(f"{who} has no grant to write collection {collection!r}: reviewing needs write")


def decide(store: Store, access: Access, mention_id: int, decision: str, *, who: str, reason: str | None = None,
           corrections: dict[str, str | None] | None = None) -> dict[str, Any]:
    """Accept, reject (with a reason) or correct one mention; returns what `reviews.decide` says."""
    with store.write() as session:
        _, doc = reviews.find_mention(session, mention_id, scope=access.scope())
        _check(access, doc.collection, who)
        out = reviews.decide(session, mention_id, decision, reviewer=who, scope=access.scope(), reason=reason,
                             corrections=corrections)
        _trail(session, access, who, out)
    return out


def clear(store: Store, access: Access, mention_id: int, *, who: str) -> dict[str, Any]:
    """Take back the decision on one mention."""
    with store.write() as session:
        _, doc = reviews.find_mention(session, mention_id, scope=access.scope())
        _check(access, doc.collection, who)
        out = reviews.clear(session, mention_id, scope=access.scope())
        _trail(session, access, who, out)
    return out


def edit_records(store: Store, access: Access, action: str, record_id: int, *, who: str, into: int | None = None,
                 mentions: list[int] | None = None) -> list[dict[str, Any]]:
    """`merge` record `record_id` into `into`, or `split` `mentions` off it (`materiel.store.record_edits`)."""
    with store.write() as session:
        collection = record_edits.collection_of(session, record_id, scope=access.scope())
        _check(access, collection, who)
        if action == "merge":
            out = record_edits.merge(session, record_id, into or 0, reviewer=who, scope=access.scope())
        else:
            out = record_edits.split(session, record_id, mentions or [], reviewer=who, scope=access.scope())
        audit.append(session, actor=who, action=REVIEW, target=f"record:{record_id}", collection=collection,
                     address=access.address, detail={"edit": action, "into": into, "mentions": [o["mention"] for o in out],
                                                     "records": sorted({o["record"] for o in out if o.get("record")})})
    return out


def edit_actors(store: Store, access: Access, action: str, actor: str, value: str, *, who: str) -> dict[str, Any]:
    """`merge` actor `actor` into `value`, or give actor `actor` the alias `value`. Actors are shared by every
    collection, so this needs write on all of them (the local user, or an account granted everything)."""
    if access.writable is not None:
        raise AccessDenied(f"{who} may not merge or alias actors: actors are shared by every collection")
    with store.write() as session:
        if action == "merge":
            out = actor_aliases.merge(session, actor, value, by=who)
        else:
            out = actor_aliases.alias(session, actor, value, by=who)
        audit.append(session, actor=who, action=REVIEW, target=f"actor:{actor}", address=access.address,
                     detail={"edit": f"actor {action}"} | out)
    return out


def _trail(session: Any, access: Access, who: str, out: dict[str, Any]) -> None:
    detail = {k: out.get(k) for k in ("decision", "reason", "corrections", "record_before", "record", "document")}
    audit.append(session, actor=who, action=REVIEW, target=f"mention:{out['mention']}", collection=out["collection"],
                 address=access.address, detail={k: v for k, v in detail.items() if v not in (None, {})})


__all__ = ["REVIEW", "clear", "decide", "edit_actors", "edit_records"]
