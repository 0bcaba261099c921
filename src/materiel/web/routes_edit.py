"""Merges, splits and aliases in the workbench: the same edits as `materiel review merge | split |
merge-actors | alias`, as plain forms on the record and actor pages and as JSON API routes.

- POST /record/{id}/merge  (form: into)            /api/records/{id}/merge  {"into": N}
  record {id}'s mentions are corrected to record N's supplier, recipient and item (they join it)
- POST /record/{id}/split  (form: mention, several) /api/records/{id}/split  {"mentions": [M, ...]}
  the chosen mentions make a record of their own
- POST /actor/{id}/merge   (form: into)            /api/actors/{id}/merge   {"into": "name, alias or id"}
- POST /actor/{id}/alias   (form: name)            /api/actors/{id}/alias   {"name": "..."}

The rights, the audit trail and the edits themselves are `materiel.security.reviewing`'s, as for every
review decision: a record edit needs write on the record's collection (403; a record the caller cannot read
is 404, word for word like an unknown one), an actor edit needs write on every collection (actors are shared
by all of them). Actor names are read by the one resolver (`materiel.store.lookup`): what the page's
autocompletion proposes, an id, a name or an alias. A form redirects to the page of the result.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse
from pydantic import BaseModel, Field
from starlette.datastructures import FormData

from materiel.security import reviewing
from materiel.store.errors import StoreError
from materiel.store.lookup import one_actor
from materiel.web.auth import check_csrf
from materiel.web.render import ERRORS
from materiel.web.security import access_of

router = APIRouter()
MAX_FIELDS = 1000  # a split form sends one field per mention checked


class MergeRecords(BaseModel):
    into: int = Field(description="the record this one is the same transfer as")


class SplitRecord(BaseModel):
    mentions: list[int] = Field(description="the mentions of this record that make a record of their own")


class MergeActor(BaseModel):
    into: str = Field(description="the actor this one is: an id, a name or an alias")


class AliasActor(BaseModel):
    name: str = Field(description="another name the actor goes by")


def edit_records(request: Request, action: str, record_id: int, *, into: int | None = None,
                 mentions: list[int] | None = None) -> dict[str, Any]:
    access = access_of(request)
    out = reviewing.edit_records(request.app.state.store, access, action, record_id, who=access.who, into=into,
                                 mentions=mentions)
    return {"edit": action, "record": record_id, "records": sorted({o["record"] for o in out if o.get("record")}),
            "mentions": out}


def edit_actors(request: Request, action: str, actor: str, value: str) -> dict[str, Any]:
    """Resolve the actor (and, for a merge, the one it is) within the caller's scope, then edit."""
    access = access_of(request)
    store = request.app.state.store
    with store.read() as session:
        source = one_actor(session, actor, scope=access.scope()).id
        target = one_actor(session, value, scope=access.scope()).id if action == "merge" else value
    return reviewing.edit_actors(store, access, action, source, target, who=access.who)


@router.post("/api/records/{record_id:int}/merge", summary="Merge a record into another", responses=ERRORS)
def merge_records_api(request: Request, record_id: int, body: MergeRecords) -> dict[str, Any]:
    """The record's mentions are corrected to record `into`'s supplier, recipient and item; `records` names
    the record(s) they are in now."""
    check_csrf(request)
    return edit_records(request, "merge", record_id, into=body.into)


@router.post("/api/records/{record_id:int}/split", summary="Split mentions off a record", responses=ERRORS)
def split_record_api(request: Request, record_id: int, body: SplitRecord) -> dict[str, Any]:
    """The chosen mentions make a record of their own (its id is its first mention's), named in `records`."""
    check_csrf(request)
    return edit_records(request, "split", record_id, mentions=body.mentions)


@router.post("/api/actors/{actor_id}/merge", summary="Merge an actor into another", responses=ERRORS)
def merge_actor_api(request: Request, actor_id: str, body: MergeActor) -> dict[str, Any]:
    """In every record and in documents added later, this actor is read as `into`."""
    check_csrf(request)
    return edit_actors(request, "merge", actor_id, body.into)


@router.post("/api/actors/{actor_id}/alias", summary="Give an actor another name", responses=ERRORS)
def alias_actor_api(request: Request, actor_id: str, body: AliasActor) -> dict[str, Any]:
    """Documents added later that use `name` are read as this actor; an actor of the store by it is merged."""
    check_csrf(request)
    return edit_actors(request, "alias", actor_id, body.name)


async def _form(request: Request) -> FormData:
    form = await request.form(max_files=0, max_fields=MAX_FIELDS)
    check_csrf(request, str(form.get("csrf_token") or ""))
    return form


def _number(value: object, what: str) -> int:
    text = str(value or "").strip().lstrip("#")
    if not text.isdigit():
        raise StoreError(f"give {what} as a number (got {text!r})")
    return int(text)


@router.post("/record/{record_id:int}/merge", include_in_schema=False)
async def merge_records_form(request: Request, record_id: int) -> RedirectResponse:
    into = _number((await _form(request)).get("into"), "the record to merge with")
    await run_in_threadpool(edit_records, request, "merge", record_id, into=into)
    return RedirectResponse(f"/record/{into}", status_code=303)


@router.post("/record/{record_id:int}/split", include_in_schema=False)
async def split_record_form(request: Request, record_id: int) -> RedirectResponse:
    chosen = [_number(v, "a mention") for v in (await _form(request)).getlist("mention")]
    if not chosen:
        raise StoreError("check the mentions to split out of the record first")
    out = await run_in_threadpool(edit_records, request, "split", record_id, mentions=chosen)
    return RedirectResponse(f"/record/{out['records'][0] if out['records'] else record_id}", status_code=303)


@router.post("/actor/{actor_id}/merge", include_in_schema=False)
async def merge_actor_form(request: Request, actor_id: str) -> RedirectResponse:
    into = str((await _form(request)).get("into") or "")
    out = await run_in_threadpool(edit_actors, request, "merge", actor_id, into)
    return RedirectResponse(f"/actor/{quote(str(out['into']), safe='')}", status_code=303)


@router.post("/actor/{actor_id}/alias", include_in_schema=False)
async def alias_actor_form(request: Request, actor_id: str) -> RedirectResponse:
    name = str((await _form(request)).get("name") or "")
    out = await run_in_threadpool(edit_actors, request, "alias", actor_id, name)
    return RedirectResponse(f"/actor/{quote(str(out['actor']), safe='')}", status_code=303)
