"""Followed: the sources `materiel watch` polls (feeds, pages of links, sitemaps), for users who may add to
a collection. The same store functions as `materiel follow` and `materiel following`.

- GET  /followed (.json, /api/followed)          the sources of the collections the caller may WRITE, each with
                                                 its last poll, status, next due, failures and last error
- POST /followed                                 a form (target, every, collection, publisher, csrf_token): follow
- POST /followed/{id}/pause|resume|remove        forms with csrf_token; each redirects to /followed
- POST /api/followed, /api/followed/{id}         the same as JSON (`{"target", "every", "collection", "publisher"}`,
                                                 `{"action": "pause"|"resume"|"remove"}`)

Need-to-know: the page needs a write grant to some collection (403 otherwise); following into a collection
needs write on it, and so does changing a source (one the caller cannot read is not found, 404). From the
workbench only http(s) URLs are followed, never a folder of the server. Every change is in the audit trail.
"""
from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field

from materiel.record.errors import AccessDenied, MaterielError
from materiel.security.access import Access
from materiel.sources import fetch
from materiel.sources.schedule import parse_every
from materiel.store import following
from materiel.web.auth import check_csrf
from materiel.web.render import ERRORS, page, twin
from materiel.web.security import access_of, audit

router = APIRouter()
ACTIONS = ("pause", "resume", "remove")


class FollowBody(BaseModel):
    target: str = Field(description="An RSS/Atom feed, a page of links or a sitemap (http or https URL)")
    every: str = Field("30m", description="How often to poll: 30m, 2h, 1d")
    collection: str = Field("default", description="The collection the documents go into (write grant needed)")
    publisher: str | None = Field(None, description="Publisher of documents that name none")


class ActionBody(BaseModel):
    action: Literal["pause", "resume", "remove"]


def _writer(request: Request) -> Access:
    access = access_of(request)
    if access.writable is not None and not access.writable:
        raise AccessDenied(f"{access.who} has no grant to add to any collection: following sources needs one")
    return access


@twin(router, "/followed", "/api/followed", "followed.html", summary="Followed sources")
def followed_page(request: Request, collection: Annotated[str | None, Query()] = None) -> dict[str, Any]:
    """The followed sources of the collections the caller may add to (or of `collection`): `status` (new,
    unchanged, error, paused), `last_poll`, `next_due`, `added`, `failures` in a row and `last_error`."""
    access = _writer(request)
    scope = access.writable
    if collection:
        access.scope(collection)  # 403 without a grant to read it, as every page
        access.check_write(collection)
        scope = frozenset({collection})
    with request.app.state.store.read() as session:
        rows = following.listing(session, scope=scope)
    writable = sorted(access.writable) if access.writable is not None else None
    return {"sources": rows, "_writable": writable, "_error": None}


def follow(request: Request, body: FollowBody) -> dict[str, Any]:
    access = _writer(request)
    access.check_write(body.collection)
    target = body.target.strip()
    if not fetch.is_url(target):
        raise MaterielError(f"{target or 'nothing'}: the workbench follows http and https URLs only")
    with request.app.state.store.write() as session:
        row = following.follow(session, target, collection=body.collection, every=parse_every(body.every),
                               publisher=(body.publisher or "").strip() or None, by=access.who)
        shown = following.as_dict(row)
    audit(request, "follow", target=shown["target"], collection=shown["collection"], every=shown["every"])
    return shown


def change(request: Request, source_id: int, action: str) -> dict[str, Any]:
    access = _writer(request)
    with request.app.state.store.write() as session:
        row = following.get(session, source_id, scope=access.readable)
        target, collection = row.target, row.collection
        access.check_write(collection)
        if action == "remove":
            following.remove(session, source_id, scope=access.readable)
            shown: dict[str, Any] = {"id": source_id, "target": target, "collection": collection, "removed": True}
        else:
            shown = following.as_dict(following.set_paused(session, source_id, action == "pause",
                                                           scope=access.readable))
    audit(request, "unfollow" if action == "remove" else action, target=target, collection=collection,
          source=source_id)
    return shown


@router.post("/api/followed", status_code=201, summary="Follow a feed, page of links or sitemap", responses=ERRORS)
def follow_api(request: Request, body: FollowBody) -> dict[str, Any]:
    check_csrf(request)
    return follow(request, body)


@router.post("/api/followed/{source_id:int}", summary="Pause, resume or remove a followed source", responses=ERRORS)
def change_api(request: Request, source_id: int, body: ActionBody) -> dict[str, Any]:
    check_csrf(request)
    return change(request, source_id, body.action)


async def _form(request: Request) -> dict[str, str]:
    form = await request.form(max_files=0, max_fields=10)
    check_csrf(request, str(form.get("csrf_token") or ""))
    return {k: str(v) for k, v in form.items() if isinstance(v, str)}


def _refused(request: Request, message: str, status: int) -> Response:
    data = followed_page(request, None)
    return page(request, "followed.html", {**data, "_error": message}, status_code=status)


@router.post("/followed", include_in_schema=False)
async def follow_form(request: Request) -> Response:
    values = await _form(request)
    body = FollowBody(target=values.get("target", ""), every=values.get("every") or "30m",
                      collection=values.get("collection") or "default", publisher=values.get("publisher"))
    try:
        await run_in_threadpool(follow, request, body)
    except AccessDenied:
        raise
    except MaterielError as exc:
        return await run_in_threadpool(_refused, request, str(exc), 400)
    return RedirectResponse("/followed", status_code=303)


@router.post("/followed/{source_id:int}/{action}", include_in_schema=False)
async def change_form(request: Request, source_id: int, action: Literal["pause", "resume", "remove"]) -> Response:
    await _form(request)
    await run_in_threadpool(change, request, source_id, action)
    return RedirectResponse("/followed", status_code=303)
