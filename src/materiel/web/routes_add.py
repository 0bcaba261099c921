"""Add: upload files or paste text or URLs; a background job adds them, the page polls its progress.

Uploads are checked before anything is read: at most MAX_FILES files, each of a supported type and under
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
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from materiel.security.access import Access
from materiel.sources import limits
from materiel.sources.fetch import is_url
from materiel.web.auth import check_csrf
from materiel.web.jobs import Job, Jobs
from materiel.web.render import ERRORS, ErrorEnvelope, page, twin
from materiel.web.security import access_of, audit

router = APIRouter()
MAX_FILES = 20
SUPPORTED = (".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".pdf", ".jsonl", ".ndjson")
CHUNK = 1 << 16


def _jobs(request: Request) -> Jobs:
    """The app's add jobs (`app.state` is untyped; `materiel.web.app` sets `jobs`)."""
    jobs: Jobs = request.app.state.jobs
    return jobs


class Rejected(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _mb(n: int) -> str:
    return f"{n / (1 << 20):.1f} MB" if n >= 1 << 20 else f"{n / 1024:.0f} KB"


def _suffix(name: str) -> str:
    return Path(name).suffix.lower()


async def _save(upload: UploadFile, folder: str, index: int, limit: int) -> str:
    name = upload.filename or "upload"
    suffix = _suffix(name)
    if suffix not in SUPPORTED:
        raise Rejected(415, f"{name}: unsupported file type {suffix or '(none)'}; upload {', '.join(SUPPORTED)} files")
    path = os.path.join(folder, f"upload-{index:02d}{suffix}")
    size = 0
    handle = await run_in_threadpool(open, path, "wb")  # disk writes off the event loop
    try:
        while chunk := await upload.read(CHUNK):
            size += len(chunk)
            if size > limit:
                raise Rejected(413, f"{name}: larger than the limit of {_mb(limit)} per file")
            await run_in_threadpool(handle.write, chunk)
    finally:
        handle.close()
    if size == 0:
        raise Rejected(400, f"{name}: the file is empty")
    return path


def _pasted(text: str, folder: str, limit: int) -> tuple[list[str], dict[str, str]]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return [], {}
    if all(is_url(line) for line in lines):
        if len(lines) > MAX_FILES:
            raise Rejected(400, f"at most {MAX_FILES} URLs at a time ({len(lines)} given)")
        return lines, {}
    data = text.encode("utf-8")
    if len(data) > limit:
        raise Rejected(413, f"the pasted text is larger than the limit of {_mb(limit)}")
    path = os.path.join(folder, "pasted.txt")
    Path(path).write_bytes(data)
    return [path], {path: "pasted text"}


async def _inputs(request: Request, folder: str) -> tuple[list[str], dict[str, str], dict[str, str | None]]:
    limit: int = request.app.state.max_upload_bytes
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > MAX_FILES * limit + (1 << 20):
        raise Rejected(413, f"the upload is too large: at most {MAX_FILES} files of {_mb(limit)} each")
    try:
        form = await request.form(max_files=MAX_FILES, max_fields=20, max_part_size=limit + 1024)
    except StarletteHTTPException as exc:
        if "maximum size" in str(exc.detail):
            raise Rejected(413, f"the pasted text is larger than the limit of {_mb(limit)}") from None
        raise Rejected(400, f"could not read the upload: {exc.detail}") from None
    check_csrf(request, str(form.get("csrf_token") or ""))
    paths: list[str] = []
    names: dict[str, str] = {}
    uploads = [u for u in form.getlist("files") if isinstance(u, UploadFile) and u.filename]
    if len(uploads) > MAX_FILES:
        raise Rejected(400, f"at most {MAX_FILES} files at a time")
    for i, upload in enumerate(uploads):
        path = await _save(upload, folder, i, limit)
        paths.append(path)
        names[path] = upload.filename or "upload"
    text = form.get("text")
    if isinstance(text, str) and text.strip():
        more, more_names = _pasted(text, folder, limit)
        paths += more
        names |= more_names
    if not paths:
        raise Rejected(400, "nothing to add: choose files, or paste text or URLs")
    options = {k: (v.strip() or None) if isinstance(v, str) else None
               for k, v in (("collection", form.get("collection")), ("publisher", form.get("publisher")))}
    return paths, names, options


def _default_collection(access: Access) -> str:
    """"default" for the local user; the only collection a user may write, when there is one."""
    if access.writable is not None and len(access.writable) == 1:
        return next(iter(access.writable))
    return "default"


async def _start(request: Request) -> dict[str, Any]:
    access = access_of(request)
    folder = tempfile.mkdtemp(prefix="materiel-web-add-")
    seconds = float(getattr(request.app.state, "upload_seconds", limits.UPLOAD_SECONDS))
    try:
        try:
            paths, names, options = await asyncio.wait_for(_inputs(request, folder), seconds)
        except TimeoutError:
            raise Rejected(408, f"the upload took longer than {seconds:g} s; try fewer or smaller files") from None
        collection = options["collection"] or _default_collection(access)
        if not re.fullmatch(r"[\w .:-]{1,200}", collection):
            raise Rejected(400, "collection: letters, digits, spaces and . : - _ only")
        access.check_write(collection)
    except Exception:
        shutil.rmtree(folder, ignore_errors=True)
        raise

    def done(job: Job) -> None:  # every job, also one that added nothing (issue 17)
        audit(request, "add", target=job.id, collection=collection, added=job.added, skipped=job.skipped,
              failed=job.failed, documents=[i["document"] for i in job.items if i["status"] == "added"])

    job = _jobs(request).start(paths, folder, collection=collection, publisher=options["publisher"],
                              names=names, access=access, on_done=done)
    return job.as_dict() | {"url": f"/add/jobs/{job.id}", "status_url": f"/api/jobs/{job.id}"}


def _form(request: Request, error: str | None, status_code: int = 200) -> Response:
    """The Add page: its collection picker holds the collections the caller may write (None: any name),
    and its list the caller's own recent jobs."""
    access = access_of(request)
    writable = sorted(access.writable) if access.writable is not None else None
    jobs = [j.as_dict() for j in _jobs(request).visible(access)][:10]
    return page(request, "add.html", {"max_files": MAX_FILES, "supported": SUPPORTED, "error": error,
                                      "limit": _mb(request.app.state.max_upload_bytes), "writable": writable,
                                      "jobs": jobs}, status_code=status_code)


@router.get("/add", include_in_schema=False)
def add_page(request: Request) -> Response:
    return _form(request, None)


@router.post("/add", include_in_schema=False)
async def add_form(request: Request) -> Response:
    try:
        job = await _start(request)
    except Rejected as exc:
        return _form(request, exc.message, exc.status)
    return RedirectResponse(job["url"], status_code=303)


@router.post("/api/add", status_code=202, summary="Add uploaded files, pasted text or URLs (multipart form)",
             response_class=JSONResponse, responses={**ERRORS, 413: {"model": ErrorEnvelope, "description": "Too large"},
                                               415: {"model": ErrorEnvelope, "description": "Unsupported file type"}})
async def add_api(request: Request) -> JSONResponse:
    """A multipart form: `files` (repeatable; .txt, .html, .pdf, .jsonl ...), `text` (pasted text, or URLs one
    per line), `collection`, `publisher`. Returns the job (202); poll `/api/jobs/{id}`."""
    try:
        job = await _start(request)
    except Rejected as exc:
        raise HTTPException(exc.status, exc.message) from None
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
