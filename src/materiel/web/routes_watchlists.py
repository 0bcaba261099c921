"""Watchlists in the workbench: each user's own (`/watchlists`: how many records each matches now and how many
alerts it made since the user last opened it), one watchlist with its alerts (`/watchlists/{id}`; opening it
marks them seen), its Atom feed (`/watchlists/{id}/feed.atom`, for feed readers: a session or an API token,
also as `?token=` where a reader cannot send a header), saving the register's current filter
(`POST /watchlists`, from the register page's "Save as watchlist") and removing one.

A user sees only their own watchlists (another's is not found, like an unknown id), and only the alerts of
the collections they may read now. Saving and removing are entries of the audit trail; each page or feed
showing alerts' evidence is a "read".
"""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import func, select

from materiel.record.errors import AccessDenied
from materiel.security.access import Access
from materiel.store import alerts, watchlists
from materiel.store.schema_watch import WatchlistRow
from materiel.web import atom, auth
from materiel.web.register_query import from_params
from materiel.web.render import twin
from materiel.web.security import access_of, audit, reading

router = APIRouter()
FIELDS = ("supplier", "recipient", "item", "category", "stage", "intercepted_by", "factuality", "since", "until",
          "min_sources", "min_confidence", "collection", "contradictions", "q", "reference", "review")
SHOWN = 100  # alerts on a watchlist's page and in its feed


def owner_of(access: Access) -> str | None:
    """Whose watchlists the caller sees: their account's, or the local user's (None) in single-user mode."""
    if access.user is None and not access.everything:
        raise AccessDenied("sign in first", status=401)
    return access.user


def _matching(session: Any, row: WatchlistRow, scope: Any) -> int:
    q = watchlists.select_matching(session, row, scope).order_by(None).subquery()
    return int(session.scalar(select(func.count()).select_from(q)) or 0)


@twin(router, "/watchlists", "/api/watchlists", "watchlists.html", summary="The caller's watchlists")
def watchlists_page(request: Request, collection: str | None = None) -> dict[str, Any]:
    """The caller's watchlists: each with its filter, `matching` (records it matches now, within what the
    caller may read, or `collection`), `new` (alerts made since the caller last opened it) and `alerts`."""
    access = access_of(request)
    scope = access.scope(collection)
    out = []
    with request.app.state.store.read() as session:
        for row in watchlists.listing(session, owner_of(access)):
            d = watchlists.describe(row)
            d.update(matching=_matching(session, row, scope), alerts=alerts.count_since(session, row, scope, None),
                     new=alerts.count_since(session, row, scope, row.visited_at), feed=f"/watchlists/{row.id}/feed.atom")
            out.append(d)
    return {"watchlists": out}


@twin(router, "/watchlists/{watchlist_id}", "/api/watchlists/{watchlist_id}", "watchlist.html",
      summary="One watchlist and its latest alerts")
def watchlist_page(request: Request, watchlist_id: int, collection: str | None = None) -> dict[str, Any]:
    """One of the caller's watchlists with its latest alerts (within what the caller may read now, or
    `collection`); marks them seen (the `new` count of /watchlists starts again from here)."""
    access = access_of(request)
    scope = access.scope(collection)
    with request.app.state.store.write() as session:
        row = watchlists.get(session, watchlist_id, owner_of(access))
        shown = alerts.listing(session, watchlist=row, scope=scope, limit=SHOWN)
        data = {**watchlists.describe(row), "matching": _matching(session, row, scope)}
        new = alerts.count_since(session, row, scope, row.visited_at)
        row.visited_at = datetime.now(UTC)
    reading(request, f"watchlist {watchlist_id}", collection, records=len({a["record"] for a in shown}),
            documents=len({a["evidence"]["document"] for a in shown}))
    return {"watchlist": data, "alerts": shown, "new": new, "feed": f"/watchlists/{watchlist_id}/feed.atom"}


@router.get("/watchlists/{watchlist_id}/feed.atom", summary="A watchlist's alerts as an Atom feed",
            response_class=Response, responses={200: {"content": {"application/atom+xml": {}}}})
def watchlist_feed(request: Request, watchlist_id: int, collection: str | None = None) -> Response:
    """The latest alerts of one of the caller's watchlists, within what the caller may read now (or
    `collection`). Feed readers send an API token (`Authorization: Bearer mtl_...`, or `?token=mtl_...`)."""
    access = access_of(request)
    scope = access.scope(collection)
    with request.app.state.store.read() as session:
        row = watchlists.get(session, watchlist_id, owner_of(access))
        shown = alerts.listing(session, watchlist=row, scope=scope, limit=SHOWN)
        data = watchlists.describe(row)
    reading(request, f"watchlist {watchlist_id} feed", collection, records=len({a["record"] for a in shown}),
            documents=len({a["evidence"]["document"] for a in shown}))
    base = str(request.base_url).rstrip("/")
    return Response(atom.feed(data, shown, base), media_type=atom.MEDIA_TYPE)


@router.post("/watchlists", include_in_schema=False)
async def save_watchlist(request: Request) -> Response:
    """Save the register filter the form carries (the register page's query) as the caller's watchlist."""
    form = await request.form(max_files=0, max_fields=40, max_part_size=4096)
    auth.check_csrf(request, str(form.get("csrf_token") or ""))
    access = access_of(request)
    owner = owner_of(access)
    f = from_params(**{k: str(form.get(k) or "") or None for k in FIELDS})
    if f.collection:
        access.check_read(f.collection)
    with request.app.state.store.write() as session:
        row = watchlists.create(session, str(form.get("name") or ""), f, owner=owner)
        made, name, saved = row.id, row.name, row.filter
    audit(request, "watchlist-create", target=name, collection=f.collection, watchlist=made, filter=saved)
    return RedirectResponse(f"/watchlists/{made}", status_code=303)


@router.post("/watchlists/{watchlist_id}/remove", include_in_schema=False)
async def remove_watchlist(request: Request, watchlist_id: int) -> Response:
    form = await request.form(max_files=0, max_fields=5, max_part_size=1024)
    auth.check_csrf(request, str(form.get("csrf_token") or ""))
    with request.app.state.store.write() as session:
        row = watchlists.get(session, watchlist_id, owner_of(access_of(request)))
        name = row.name
        watchlists.remove(session, row)
    audit(request, "watchlist-remove", target=name, watchlist=watchlist_id)
    return RedirectResponse("/watchlists", status_code=303)


__all__ = ["router"]
