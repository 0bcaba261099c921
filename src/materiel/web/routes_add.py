"""Add: upload files or paste text or URLs; a background job adds them, the page polls its progress.

The caller, CSRF and the write grant are checked before the body is read, and the body is streamed with
running limits (see `materiel.web.upload`): at most MAX_FILES files, each of a supported type and under
the size limit, the pasted text under it too. Files are saved under fresh names in a private temporary
folder (the name a user gave is only shown, escaped), read as text like `materiel add` reads them, and the
folder is removed when the job ends. Nothing uploaded is executed or rendered as HTML. Receiving the
form may take at most UPLOAD_SECONDS (`app.state.upload_seconds`): a client that trickles its upload is
answered 408 and its files are removed.

Need-to-know: adding into a collection needs a write grant to it (`Access.check_write`, else 403); the
page offers only the collections the caller may write (any name for the local user). A job is seen only
by whoever started it (see `materiel.web.jobs`); when it ends, it goes to the audit trail (also when it added nothing).
"""
from __future__ import annotations

import asyncio
import shutil
import tempfile
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from materiel.record.errors import AccessDenied
from materiel.sources import limits
from materiel.web.jobs import Job, Jobs
from materiel.web.render import ERRORS, ErrorEnvelope, page, twin
from materiel.web.security import access_of, audit
from materiel.web.upload import MAX_FILES, SUPPORTED, Rejected, before_body, mb, receive

router = APIRouter()


def _jobs(request: Request) -> Jobs:
    """The app's add jobs (`app.state` is untyped; `materiel.web.app` sets `jobs`)."""
    jobs: Jobs = request.app.state.jobs
    return jobs


async def _start(request: Request) -> dict[str, Any]:
    access = access_of(request)
    limit: int = request.app.state.max_upload_bytes
    need_token = before_body(request, access, limit)
    folder = tempfile.mkdtemp(prefix="materiel-web-add-")
    seconds = float(getattr(request.app.state, "upload_seconds", limits.UPLOAD_SECONDS))
    try:
        try:
            got = await asyncio.wait_for(receive(request, access, folder, limit, need_token), seconds)
        except TimeoutError:
            raise Rejected(408, f"the upload took longer than {seconds:g} s; try fewer or smaller files") from None
    except Exception:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    collection = got.collection

    def done(job: Job) -> None:  # every job, also one that added nothing (issue 17)
        audit(request, "add", target=job.id, collection=collection, added=job.added, skipped=job.skipped,
              failed=job.failed, documents=[i["document"] for i in job.items if i["status"] == "added"])

    job = _jobs(request).start(got.paths, folder, collection=collection, publisher=got.publisher,
                              names=got.names, access=access, on_done=done)
    return job.as_dict() | {"url": f"/add/jobs/{job.id}", "status_url": f"/api/jobs/{job.id}"}


def _form(request: Request, error: str | None, status_code: int = 200) -> Response:
    """The Add page: its collection picker holds the collections the caller may write (None: any name),
    and its list the caller's own recent jobs."""
    access = access_of(request)
    writable = sorted(access.writable) if access.writable is not None else None
    jobs = [j.as_dict() for j in _jobs(request).visible(access)][:10]
    return page(request, "add.html", {"max_files": MAX_FILES, "supported": SUPPORTED, "error": error,
                                      "limit": mb(request.app.state.max_upload_bytes), "writable": writable,
                                      "jobs": jobs}, status_code=status_code)


@router.get("/add", include_in_schema=False)
def add_page(request: Request) -> Response:
    return _form(request, None)


# A refused upload's body may be partly unread: the server closes the connection instead of reading the rest.
CLOSE = {"Connection": "close"}


async def _start_or_refuse(request: Request) -> dict[str, Any] | Rejected:
    try:
        return await _start(request)
    except AccessDenied as exc:
        return Rejected(exc.status, str(exc))
    except Rejected as exc:
        return exc


@router.post("/add", include_in_schema=False)
async def add_form(request: Request) -> Response:
    job = await _start_or_refuse(request)
    if isinstance(job, Rejected):
        response = _form(request, job.message, job.status)
        response.headers.update(CLOSE)
        return response
    return RedirectResponse(job["url"], status_code=303)


@router.post("/api/add", status_code=202, summary="Add uploaded files, pasted text or URLs (multipart form)",
             response_class=JSONResponse, responses={**ERRORS, 413: {"model": ErrorEnvelope, "description": "Too large"},
                                               415: {"model": ErrorEnvelope, "description": "Unsupported file type"}})
async def add_api(request: Request) -> JSONResponse:
    """A multipart form: `files` (repeatable; .txt, .html, .pdf, .jsonl ...), `text` (pasted text, or URLs one
    per line), `collection`, `publisher`. Returns the job (202); poll `/api/jobs/{id}`."""
    job = await _start_or_refuse(request)
    if isinstance(job, Rejected):
        return JSONResponse({"error": {"status": job.status, "message": job.message}}, status_code=job.status,
                            headers=CLOSE)
    return JSONResponse(job, status_code=202)


@twin(router, "/add/jobs/{job_id}", "/api/jobs/{job_id}", "job.html", summary="Progress of an add job")
def job_page(request: Request, job_id: str, collection: Annotated[str | None, Query()] = None) -> dict[str, Any]:
    """`done` of `total` inputs, `percent`, counts, and one item per input with its status and reason.
    Only the caller who started the job sees it."""
    access = access_of(request)
    scope = access.scope(collection)
    job = _jobs(request).get(job_id, access)
    if job is None or (scope is not None and job.collection not in scope):
        raise HTTPException(404, f"no add job {job_id!r} (jobs are kept while the server runs)")
    return job.as_dict()
